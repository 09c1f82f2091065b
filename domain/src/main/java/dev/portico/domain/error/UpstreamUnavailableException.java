package dev.portico.domain.error;

import java.time.Duration;

/** A dependency outside the service is down and nothing usable is cached. */
public final class UpstreamUnavailableException extends DomainException {

    private final Duration retryAfter;

    public UpstreamUnavailableException(String message, Duration retryAfter) {
        super(message, null);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
