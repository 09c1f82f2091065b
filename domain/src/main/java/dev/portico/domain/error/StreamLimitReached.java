package dev.portico.domain.error;

import java.time.Duration;

/** A new stream connection would exceed a connection limit: the whole stream's or one user's. */
public final class StreamLimitReached extends DomainException implements TryAgainLater {

    /** Which limit is full. */
    public enum Scope {
        TOTAL, PER_USER
    }

    private final Scope scope;
    private final int limit;
    private final Duration retryAfter;

    public StreamLimitReached(Scope scope, int limit, Duration retryAfter) {
        super("Stream connection limit reached: " + scope + " " + limit, null);
        this.scope = scope;
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public Scope scope() {
        return scope;
    }

    /** The number of connections the full limit allows. */
    public int limit() {
        return limit;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
