package dev.portico.adapters.redis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.adapters.redis.connection.RedisConnections;
import dev.portico.adapters.redis.testing.RedisTestServer;
import dev.portico.application.ratelimit.QuotaDecision;
import dev.portico.application.ratelimit.RateLimitPolicy;
import dev.portico.application.ratelimit.port.RateLimiterContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RedisTestServer.Extension.class)
class RedisRateLimiterTest extends RateLimiterContract<RedisRateLimiter> {

    private static final RateLimitPolicy LOGIN = new RateLimitPolicy("login", 5, Duration.ofMinutes(1));
    private static RedisConnections connections;

    @BeforeAll
    static void connect() {
        connections = new RedisConnections(RedisTestServer.shared().settings());
    }

    @AfterAll
    static void disconnect() {
        connections.close();
    }

    @Override
    protected RedisRateLimiter newRateLimiter(LongSupplier nanoTime) {
        RedisTestServer.shared().flushAll();
        return new RedisRateLimiter(connections, RedisRateLimiter.KEY_PREFIX, nanoTime);
    }

    @Test
    void twoInstancesOnOneRedis_shareOneBudget_theSixthLoginIsRefusedWhicheverTakesIt() {
        RedisTestServer.shared().flushAll();
        try (RedisConnections otherInstance = new RedisConnections(RedisTestServer.shared().settings())) {
            RedisRateLimiter first = new RedisRateLimiter(connections);
            RedisRateLimiter second = new RedisRateLimiter(otherInstance);
            List<QuotaDecision> decisions = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                decisions.add((i % 2 == 0 ? first : second).tryConsume(LOGIN, "203.0.113.7"));
            }

            QuotaDecision sixthOnFirst = first.tryConsume(LOGIN, "203.0.113.7");
            QuotaDecision sixthOnSecond = second.tryConsume(LOGIN, "203.0.113.7");

            assertThat(decisions).extracting(QuotaDecision::allowed).containsOnly(true);
            assertThat(decisions).extracting(QuotaDecision::remaining).containsExactly(4L, 3L, 2L, 1L, 0L);
            assertThat(sixthOnFirst.allowed()).isFalse();
            assertThat(sixthOnSecond.allowed()).isFalse();
            assertThat(sixthOnSecond.retryAfter()).isPositive();
            assertThat(second.tryConsume(LOGIN, "198.51.100.2").allowed()).isTrue();
        }
    }

    @Test
    void aBucket_isKeptUnderThePrefixAndExpiresOnceItWouldBeFullAgain() {
        RedisTestServer.shared().flushAll();
        RedisRateLimiter limiter = new RedisRateLimiter(connections);

        limiter.tryConsume(LOGIN, "203.0.113.7");

        String key = "portico:rl:login:5/60000:203.0.113.7";
        assertThat(RedisTestServer.shared().send("EXISTS " + key)).isEqualTo(":1");
        long millisToLive = Long.parseLong(RedisTestServer.shared().send("PTTL " + key).substring(1));
        assertThat(millisToLive).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(12 + 5).toMillis());
    }
}
