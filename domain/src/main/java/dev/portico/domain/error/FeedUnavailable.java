package dev.portico.domain.error;

import java.time.Duration;

/** The quote feed cannot answer and nothing usable is cached; it may again after {@link #retryAfter()}. */
public final class FeedUnavailable extends DomainException implements TryAgainLater {

    private final Duration retryAfter;

    public FeedUnavailable(Duration retryAfter) {
        super("Quote feed unavailable; retry after " + retryAfter, null);
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
