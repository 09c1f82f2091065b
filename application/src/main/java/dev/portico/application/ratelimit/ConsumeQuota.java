package dev.portico.application.ratelimit;

import dev.portico.application.ratelimit.port.RateLimiter;

/** Charges one request to a client's quota under a policy. */
public final class ConsumeQuota {

    private final RateLimiter rateLimiter;

    public ConsumeQuota(RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    public QuotaDecision consume(RateLimitPolicy policy, String key) {
        return rateLimiter.tryConsume(policy, key);
    }
}
