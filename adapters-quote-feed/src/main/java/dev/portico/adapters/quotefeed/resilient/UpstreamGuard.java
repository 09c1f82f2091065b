package dev.portico.adapters.quotefeed.resilient;

import dev.portico.application.quote.FeedHealth;
import dev.portico.domain.error.FeedUnavailable;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Every upstream call passes here: circuit breaker, client-side rate limit, retries with jittered
 * exponential backoff, all within one deadline. The call runs on a worker thread so a hung upstream
 * cannot hold the caller past the deadline; there are at most as many workers as calls the rate limit
 * lets start within one deadline, and a call finding none free is unavailable. Deadlines and backoffs
 * run on the {@link Ticker}, the circuit's open wait on the {@link Clock}.
 */
final class UpstreamGuard implements AutoCloseable {

    private static final Duration MIN_RETRY_AFTER = Duration.ofSeconds(1);
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(5);
    private static final Duration RATE_PERIOD = Duration.ofSeconds(1);
    private static final Duration IDLE_WORKER_LIFETIME = Duration.ofMinutes(1);

    private final ResilienceSettings settings;
    private final Clock clock;
    private final Ticker ticker;
    private final CircuitBreaker circuitBreaker;
    private final RateLimiter rateLimiter;
    private final ExecutorService workers;
    private final AtomicReference<Instant> openedAt;
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();

    UpstreamGuard(String name, ResilienceSettings settings, Clock clock, Ticker ticker) {
        this.settings = settings;
        this.clock = clock;
        this.ticker = ticker;
        this.openedAt = new AtomicReference<>(clock.instant());
        ResilienceSettings.CircuitSettings circuit = settings.circuit();
        this.circuitBreaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .failureRateThreshold(circuit.failureRateThreshold())
                .slidingWindowSize(circuit.slidingWindowSize())
                .minimumNumberOfCalls(circuit.minimumNumberOfCalls())
                .waitDurationInOpenState(circuit.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(circuit.permittedCallsInHalfOpen())
                .clock(clock)
                .build());
        this.rateLimiter = new AtomicRateLimiter(name, RateLimiterConfig.custom()
                .limitForPeriod(settings.callsPerSecond())
                .limitRefreshPeriod(RATE_PERIOD)
                .timeoutDuration(settings.permitWait())
                .build(), ticker::nanos);
        this.workers = workers(settings);
        circuitBreaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                openedAt.set(clock.instant());
            }
        });
    }

    /** Enough workers for every call the rate limit lets start within one deadline; idle ones end. */
    private static ExecutorService workers(ResilienceSettings settings) {
        long periods = -Math.floorDiv(-settings.callTimeout().toNanos(), RATE_PERIOD.toNanos());
        int bound = Math.toIntExact(Math.min(Integer.MAX_VALUE, settings.callsPerSecond() * periods));
        return new ThreadPoolExecutor(0, bound, IDLE_WORKER_LIFETIME.toNanos(), TimeUnit.NANOSECONDS,
                new SynchronousQueue<>(), task -> {
                    Thread thread = new Thread(task, "quote-feed-call");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** The upstream's answer, or {@link FeedUnavailable} once the attempts or the deadline run out. */
    <T> T call(Supplier<T> upstream) {
        long deadline = ticker.nanos() + settings.callTimeout().toNanos();
        FeedUnavailable failure = null;
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
            long start = ticker.nanos();
            try {
                T value = attempt(upstream, deadline);
                circuitBreaker.onSuccess(ticker.nanos() - start, TimeUnit.NANOSECONDS);
                lastSuccess.set(clock.instant());
                return value;
            } catch (FeedUnavailable e) {
                circuitBreaker.onError(ticker.nanos() - start, TimeUnit.NANOSECONDS, e);
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

    /** Stops the workers, interrupting calls still running; calls after this are unavailable. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    private <T> T attempt(Supplier<T> upstream, long deadline) {
        long remaining = deadline - ticker.nanos();
        if (remaining <= 0) {
            throw new FeedUnavailable(MIN_RETRY_AFTER);
        }
        Future<T> call;
        try {
            call = workers.submit(upstream::get);
        } catch (RejectedExecutionException noWorkerFree) {
            throw new FeedUnavailable(MIN_RETRY_AFTER);
        }
        try {
            return call.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new FeedUnavailable(MIN_RETRY_AFTER);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FeedUnavailable unavailable) {
                throw unavailable;
            }
            throw new FeedUnavailable(MIN_RETRY_AFTER);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedUnavailable(MIN_RETRY_AFTER);
        }
    }

    /** Base times 2^(attempt-1), with the upper half jittered: [d/2, d). */
    private Duration backoff(int attempt) {
        long nanos = settings.retryBackoff().toNanos() << Math.min(attempt - 1, 20);
        return Duration.ofNanos(nanos / 2 + ThreadLocalRandom.current().nextLong(Math.max(1, nanos / 2)));
    }

    private boolean pause(Duration backoff, long deadline) {
        long wakeUp = ticker.nanos() + backoff.toNanos();
        if (wakeUp >= deadline) {
            return false;
        }
        try {
            ticker.sleep(backoff);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private FeedUnavailable unavailable(FeedUnavailable cause) {
        if (circuit() == FeedHealth.Circuit.OPEN) {
            Duration open = Duration.between(openedAt.get(), clock.instant());
            Duration remaining = settings.circuit().waitInOpenState().minus(open);
            return new FeedUnavailable(remaining.isNegative() || remaining.isZero()
                    ? MIN_RETRY_AFTER : remaining);
        }
        Duration hint = cause == null || cause.retryAfter() == null ? MIN_RETRY_AFTER : cause.retryAfter();
        return new FeedUnavailable(clamp(hint));
    }

    private static Duration clamp(Duration hint) {
        if (hint.compareTo(MIN_RETRY_AFTER) < 0) {
            return MIN_RETRY_AFTER;
        }
        return hint.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : hint;
    }
}
