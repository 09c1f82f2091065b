package dev.portico.domain.error;

import java.time.Duration;

/**
 * A store the call needs (the database, the shared cache) cannot be reached right now; the same
 * call may succeed after {@link #retryAfter()}. Adapters throw it for connection failures and
 * timeouts, never for a statement the store refused.
 */
public final class StoreUnavailable extends DomainException implements TryAgainLater {

    /** Which store could not be reached, for logs and health checks. */
    public enum Store { DATABASE, SHARED_STATE }

    private final Store store;
    private final Duration retryAfter;

    public StoreUnavailable(Store store, Duration retryAfter) {
        super(store + " unavailable; retry after " + retryAfter, null);
        this.store = store;
        this.retryAfter = retryAfter;
    }

    public Store store() {
        return store;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
