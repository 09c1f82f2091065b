package dev.portico.application.ratelimit.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.ratelimit.QuotaDecision;
import dev.portico.application.ratelimit.RateLimitPolicy;
import dev.portico.application.ratelimit.port.RateLimiter;
import dev.portico.application.support.MutableClock;
import dev.portico.domain.error.StoreUnavailable;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FailoverRateLimiterTest {

    private static final RateLimitPolicy LOGIN = new RateLimitPolicy("auth", 5, Duration.ofMinutes(1));
    private static final Duration PAUSE = Duration.ofSeconds(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T14:30:00Z"));
    private final Counting shared = new Counting(true);
    private final Counting local = new Counting(false);
    private final FailoverRateLimiter limiter = new FailoverRateLimiter(shared, local, clock, PAUSE);

    @Test
    void whileTheSharedLimiterAnswers_itDecides() {
        QuotaDecision decision = limiter.tryConsume(LOGIN, "203.0.113.7");

        assertThat(decision.allowed()).isTrue();
        assertThat(shared.calls).hasValue(1);
        assertThat(local.calls).hasValue(0);
        assertThat(limiter.isFailedOver()).isFalse();
    }

    @Test
    void whenTheSharedLimiterIsUnreachable_theLocalOneDecides_andTheSharedOneIsLeftAloneForThePause() {
        shared.down.set(true);

        QuotaDecision first = limiter.tryConsume(LOGIN, "203.0.113.7");
        QuotaDecision second = limiter.tryConsume(LOGIN, "203.0.113.7");

        assertThat(first.allowed()).isFalse();
        assertThat(second.allowed()).isFalse();
        assertThat(shared.calls).as("asked once, then paused").hasValue(1);
        assertThat(local.calls).hasValue(2);
        assertThat(limiter.isFailedOver()).isTrue();
        assertThat(limiter.failovers()).isEqualTo(1);
    }

    @Test
    void afterThePause_theSharedLimiterIsAskedAgain() {
        shared.down.set(true);
        limiter.tryConsume(LOGIN, "203.0.113.7");
        shared.down.set(false);

        clock.advance(PAUSE);
        QuotaDecision decision = limiter.tryConsume(LOGIN, "203.0.113.7");

        assertThat(decision.allowed()).isTrue();
        assertThat(shared.calls).hasValue(2);
        assertThat(limiter.isFailedOver()).isFalse();
    }

    /** Allows everything when {@code allows}, refuses everything otherwise; throws while down. */
    private static final class Counting implements RateLimiter {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicBoolean down = new AtomicBoolean();
        private final boolean allows;

        Counting(boolean allows) {
            this.allows = allows;
        }

        @Override
        public QuotaDecision tryConsume(RateLimitPolicy policy, String key) {
            calls.incrementAndGet();
            if (down.get()) {
                throw new StoreUnavailable(StoreUnavailable.Store.SHARED_STATE, Duration.ofSeconds(1));
            }
            return new QuotaDecision(policy, allows, allows ? policy.limit() - 1 : 0, Duration.ZERO,
                    allows ? Duration.ZERO : Duration.ofSeconds(12));
        }
    }
}
