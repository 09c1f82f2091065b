package dev.portico.application.ratelimit.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.ratelimit.QuotaDecision;
import dev.portico.application.ratelimit.RateLimitPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link RateLimiter} adapter must show. Each adapter's test class extends this and
 * supplies a limiter that reads the time from the given nanosecond source, which the tests move by
 * hand; time stands still unless a test advances it.
 */
public abstract class RateLimiterContract<T extends RateLimiter> {

    private static final RateLimitPolicy FIVE_PER_MINUTE = new RateLimitPolicy("login", 5, Duration.ofMinutes(1));

    private final AtomicLong nanos = new AtomicLong(Duration.ofDays(1).toNanos());
    private T limiter;

    protected abstract T newRateLimiter(LongSupplier nanoTime);

    @BeforeEach
    void startWithFreshQuotas() {
        limiter = newRateLimiter(nanos::get);
    }

    private void advance(Duration step) {
        nanos.addAndGet(step.toNanos());
    }

    private List<QuotaDecision> consume(RateLimitPolicy policy, String key, int times) {
        List<QuotaDecision> decisions = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            decisions.add(limiter.tryConsume(policy, key));
        }
        return decisions;
    }

    @Test
    void givenAFreshKey_tryConsume_allowsTheLimitCountingRemainingDown() {
        List<QuotaDecision> decisions = consume(FIVE_PER_MINUTE, "203.0.113.7", 5);

        assertThat(decisions).allSatisfy(decision -> {
            assertThat(decision.policy()).isEqualTo(FIVE_PER_MINUTE);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.retryAfter()).isZero();
            assertThat(decision.untilReset()).isPositive().isLessThanOrEqualTo(FIVE_PER_MINUTE.window());
        });
        assertThat(decisions).extracting(QuotaDecision::remaining).containsExactly(4L, 3L, 2L, 1L, 0L);
    }

    @Test
    void givenAnExhaustedKey_tryConsume_refusesWithNothingRemainingAndAPositiveRetryAfter() {
        consume(FIVE_PER_MINUTE, "203.0.113.7", 5);

        QuotaDecision refused = limiter.tryConsume(FIVE_PER_MINUTE, "203.0.113.7");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(FIVE_PER_MINUTE.window());
        assertThat(refused.untilReset()).isPositive().isLessThanOrEqualTo(FIVE_PER_MINUTE.window())
                .isGreaterThanOrEqualTo(refused.retryAfter());
    }

    @Test
    void givenAnExhaustedKey_anotherKey_hasItsWholeQuota() {
        consume(FIVE_PER_MINUTE, "203.0.113.7", 6);

        QuotaDecision other = limiter.tryConsume(FIVE_PER_MINUTE, "198.51.100.2");

        assertThat(other.allowed()).isTrue();
        assertThat(other.remaining()).isEqualTo(4);
    }

    @Test
    void givenAnExhaustedPolicy_anotherPolicyForTheSameKey_hasItsWholeQuota() {
        RateLimitPolicy register = new RateLimitPolicy("register", 3, Duration.ofHours(1));
        consume(FIVE_PER_MINUTE, "203.0.113.7", 6);

        QuotaDecision other = limiter.tryConsume(register, "203.0.113.7");

        assertThat(other.policy()).isEqualTo(register);
        assertThat(other.allowed()).isTrue();
        assertThat(other.remaining()).isEqualTo(2);
    }

    @Test
    void givenAnExhaustedKey_afterTheRetryAfter_tryConsumeAllowsOneMore() {
        consume(FIVE_PER_MINUTE, "203.0.113.7", 5);
        Duration retryAfter = limiter.tryConsume(FIVE_PER_MINUTE, "203.0.113.7").retryAfter();

        advance(retryAfter);

        assertThat(limiter.tryConsume(FIVE_PER_MINUTE, "203.0.113.7").allowed()).isTrue();
        assertThat(limiter.tryConsume(FIVE_PER_MINUTE, "203.0.113.7").allowed()).isFalse();
    }

    @Test
    void givenAnExhaustedKey_afterAWholeWindow_theQuotaIsWholeAgain() {
        consume(FIVE_PER_MINUTE, "203.0.113.7", 7);

        advance(FIVE_PER_MINUTE.window());

        assertThat(consume(FIVE_PER_MINUTE, "203.0.113.7", 6)).extracting(QuotaDecision::allowed)
                .containsExactly(true, true, true, true, true, false);
    }

    @Test
    void givenAnExhaustedKey_beforeTheRetryAfter_tryConsumeStillRefuses() {
        consume(FIVE_PER_MINUTE, "203.0.113.7", 5);
        Duration retryAfter = limiter.tryConsume(FIVE_PER_MINUTE, "203.0.113.7").retryAfter();

        advance(retryAfter.minusMillis(1));

        QuotaDecision refused = limiter.tryConsume(FIVE_PER_MINUTE, "203.0.113.7");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThan(retryAfter);
    }

    @Test
    void givenEightThreadsTryingAHundredTimesEach_tryConsume_allowsExactlyTheLimit() throws Exception {
        RateLimitPolicy fifty = new RateLimitPolicy("busy", 50, Duration.ofMinutes(1));
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    int allowed = 0;
                    for (int i = 0; i < 100; i++) {
                        allowed += limiter.tryConsume(fifty, "shared").allowed() ? 1 : 0;
                    }
                    return allowed;
                }));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Integer> result : results) {
                allowed += result.get(60, TimeUnit.SECONDS);
            }

            assertThat(allowed).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
    }
}
