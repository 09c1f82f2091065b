package dev.portico.domain.error;

import java.time.Duration;

/**
 * Every password hashing thread is busy and the queue before them is full; the caller may try again
 * after {@link #retryAfter()}, when what is queued now should have run.
 */
public final class PasswordHashingSaturated extends DomainException implements TryAgainLater {

    private final int threads;
    private final int queueCapacity;
    private final Duration retryAfter;

    public PasswordHashingSaturated(int threads, int queueCapacity, Duration retryAfter) {
        super("Password hashing saturated: " + threads + " threads busy, " + queueCapacity + " queued", null);
        this.threads = threads;
        this.queueCapacity = queueCapacity;
        this.retryAfter = retryAfter;
    }

    public int threads() {
        return threads;
    }

    public int queueCapacity() {
        return queueCapacity;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
