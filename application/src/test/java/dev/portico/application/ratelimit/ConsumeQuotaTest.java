package dev.portico.application.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsumeQuotaTest {

    private static final RateLimitPolicy LOGIN = new RateLimitPolicy("login", 5, Duration.ofMinutes(1));

    @Test
    void givenAPolicyAndKey_consume_asksTheRateLimiterAndReturnsItsDecision() {
        List<String> asked = new ArrayList<>();
        QuotaDecision decision = new QuotaDecision(LOGIN, true, 4, Duration.ofSeconds(12), Duration.ZERO);
        ConsumeQuota consumeQuota = new ConsumeQuota((policy, key) -> {
            asked.add(policy.name() + "/" + key);
            return decision;
        });

        assertThat(consumeQuota.consume(LOGIN, "203.0.113.7")).isSameAs(decision);
        assertThat(asked).containsExactly("login/203.0.113.7");
    }

    @Test
    void givenAFractionOfASecond_ceilSeconds_roundsUp() {
        assertThat(QuotaDecision.ceilSeconds(Duration.ofMillis(1001))).isEqualTo(2);
        assertThat(QuotaDecision.ceilSeconds(Duration.ofNanos(1))).isEqualTo(1);
    }

    @Test
    void givenWholeSeconds_ceilSeconds_keepsThem() {
        assertThat(QuotaDecision.ceilSeconds(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(QuotaDecision.ceilSeconds(Duration.ZERO)).isZero();
        assertThat(QuotaDecision.ceilSeconds(Duration.ofSeconds(60))).isEqualTo(60);
    }

    @Test
    void givenNoRequestsOrASubSecondWindow_policy_isRefused() {
        assertThatThrownBy(() -> new RateLimitPolicy("x", 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitPolicy("x", 1, Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
