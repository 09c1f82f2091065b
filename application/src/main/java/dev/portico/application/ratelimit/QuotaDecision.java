package dev.portico.application.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of one request against a policy: whether it may go ahead, what is left, when the
 * quota is whole again, and, when refused, how long until one more request would be allowed.
 */
public record QuotaDecision(RateLimitPolicy policy, boolean allowed, long remaining, Duration untilReset,
        Duration retryAfter) {

    public QuotaDecision {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(untilReset, "untilReset");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** Whole seconds, rounded up, so a client that waits that long is never refused for being early. */
    public static long ceilSeconds(Duration duration) {
        long seconds = duration.getSeconds();
        return duration.getNano() > 0 ? seconds + 1 : seconds;
    }
}
