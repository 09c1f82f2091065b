package dev.portico.domain.error;

import java.time.Duration;

/** Over a rate limit or a capacity bound; the caller may try again after {@link #retryAfter()}. */
public final class TooManyRequestsException extends DomainException {

    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message, null);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
