package dev.portico.application.ratelimit.support;

import dev.portico.application.ratelimit.QuotaDecision;
import dev.portico.application.ratelimit.RateLimitPolicy;
import dev.portico.application.ratelimit.port.RateLimiter;
import dev.portico.domain.error.StoreUnavailable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts through a shared limiter, and through a limiter of this process while the shared one is
 * unreachable: limits then hold per instance rather than not at all, and no request waits on a store
 * that is down. After a failure the shared limiter is left alone for {@code pause}, so an outage
 * costs one timeout per pause, not one per request.
 */
public final class FailoverRateLimiter implements RateLimiter {

    private final RateLimiter shared;
    private final RateLimiter local;
    private final Clock clock;
    private final Duration pause;
    private final AtomicReference<Instant> sharedAgainAt = new AtomicReference<>(Instant.MIN);
    private final LongAdder failovers = new LongAdder();

    public FailoverRateLimiter(RateLimiter shared, RateLimiter local, Clock clock, Duration pause) {
        this.shared = shared;
        this.local = local;
        this.clock = clock;
        this.pause = pause;
    }

    @Override
    public QuotaDecision tryConsume(RateLimitPolicy policy, String key) {
        if (clock.instant().isBefore(sharedAgainAt.get())) {
            return local.tryConsume(policy, key);
        }
        try {
            return shared.tryConsume(policy, key);
        } catch (StoreUnavailable unreachable) {
            sharedAgainAt.set(clock.instant().plus(pause));
            failovers.increment();
            return local.tryConsume(policy, key);
        }
    }

    /** Whether requests are counted in this process only right now. */
    public boolean isFailedOver() {
        return clock.instant().isBefore(sharedAgainAt.get());
    }

    /** How many times the shared limiter failed and the local one took over. */
    public long failovers() {
        return failovers.sum();
    }
}
