package dev.portico.adapters.quotefeed.resilient;

import dev.portico.application.quote.FeedHealth;
import dev.portico.domain.error.UpstreamUnavailableException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Every upstream call passes here: circuit breaker, client-side rate limit, retries with jittered
 * exponential backoff, all within one deadline. The call runs on a worker thread so a hung upstream
 * cannot hold the caller past the deadline.
 */
final class UpstreamGuard {

    static final String UNAVAILABLE = "The quote feed is unavailable";
    private static final Duration MIN_RETRY_AFTER = Duration.ofSeconds(1);
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(5);

    private final ResilienceSettings settings;
    private final Clock clock;
    private final CircuitBreaker circuitBreaker;
    private final RateLimiter rateLimiter;
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "quote-feed-call");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong openedAtNanos = new AtomicLong(System.nanoTime());
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();

    UpstreamGuard(String name, ResilienceSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        ResilienceSettings.CircuitSettings circuit = settings.circuit();
        this.circuitBreaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .failureRateThreshold(circuit.failureRateThreshold())
                .slidingWindowSize(circuit.slidingWindowSize())
                .minimumNumberOfCalls(circuit.minimumNumberOfCalls())
                .waitDurationInOpenState(circuit.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(circuit.permittedCallsInHalfOpen())
                .build());
        this.rateLimiter = RateLimiter.of(name, RateLimiterConfig.custom()
                .limitForPeriod(settings.callsPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(settings.permitWait())
                .build());
        circuitBreaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                openedAtNanos.set(System.nanoTime());
            }
        });
    }

    /** The upstream's answer, or {@link UpstreamUnavailableException} once the attempts or the deadline run out. */
    <T> T call(Supplier<T> upstream) {
        long deadline = System.nanoTime() + settings.callTimeout().toNanos();
        UpstreamUnavailableException failure = null;
        for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
            if (attempt > 0 && !pause(backoff(attempt), deadline)) {
                break;
            }
            if (!circuitBreaker.tryAcquirePermission()) {
                throw unavailable(failure);
            }
            if (!rateLimiter.acquirePermission()) {
                circuitBreaker.releasePermission();
                throw unavailable(failure);
            }
            long start = System.nanoTime();
            try {
                T value = attempt(upstream, deadline);
                circuitBreaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                lastSuccess.set(clock.instant());
                return value;
            } catch (UpstreamUnavailableException e) {
                circuitBreaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
                failure = e;
            }
        }
        throw unavailable(failure);
    }

    FeedHealth.Circuit circuit() {
        return switch (circuitBreaker.getState()) {
            case OPEN, FORCED_OPEN -> FeedHealth.Circuit.OPEN;
            case HALF_OPEN -> FeedHealth.Circuit.HALF_OPEN;
            default -> FeedHealth.Circuit.CLOSED;
        };
    }

    Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccess.get());
    }

    private <T> T attempt(Supplier<T> upstream, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new UpstreamUnavailableException(UNAVAILABLE, MIN_RETRY_AFTER);
        }
        Future<T> call = workers.submit(upstream::get);
        try {
            return call.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new UpstreamUnavailableException(UNAVAILABLE, MIN_RETRY_AFTER);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UpstreamUnavailableException unavailable) {
                throw unavailable;
            }
            throw new UpstreamUnavailableException(UNAVAILABLE, MIN_RETRY_AFTER);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new UpstreamUnavailableException(UNAVAILABLE, MIN_RETRY_AFTER);
        }
    }

    /** Base times 2^(attempt-1), with the upper half jittered: [d/2, d). */
    private Duration backoff(int attempt) {
        long nanos = settings.retryBackoff().toNanos() << Math.min(attempt - 1, 20);
        return Duration.ofNanos(nanos / 2 + ThreadLocalRandom.current().nextLong(Math.max(1, nanos / 2)));
    }

    private static boolean pause(Duration backoff, long deadline) {
        long wakeUp = System.nanoTime() + backoff.toNanos();
        if (wakeUp >= deadline) {
            return false;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(backoff.toNanos());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private UpstreamUnavailableException unavailable(UpstreamUnavailableException cause) {
        if (circuit() == FeedHealth.Circuit.OPEN) {
            Duration open = Duration.ofNanos(System.nanoTime() - openedAtNanos.get());
            Duration remaining = settings.circuit().waitInOpenState().minus(open);
            return new UpstreamUnavailableException(UNAVAILABLE, remaining.isNegative() || remaining.isZero()
                    ? MIN_RETRY_AFTER : remaining);
        }
        Duration hint = cause == null || cause.retryAfter() == null ? MIN_RETRY_AFTER : cause.retryAfter();
        return new UpstreamUnavailableException(UNAVAILABLE, clamp(hint));
    }

    private static Duration clamp(Duration hint) {
        if (hint.compareTo(MIN_RETRY_AFTER) < 0) {
            return MIN_RETRY_AFTER;
        }
        return hint.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : hint;
    }
}
