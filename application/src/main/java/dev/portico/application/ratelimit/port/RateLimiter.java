package dev.portico.application.ratelimit.port;

import dev.portico.application.ratelimit.QuotaDecision;
import dev.portico.application.ratelimit.RateLimitPolicy;

/**
 * Counts requests per policy and key. The in-process adapter holds across all threads of one
 * process; a shared store can replace it when several instances must share limits.
 */
public interface RateLimiter {

    /** Takes one request from the key's quota if any is left, and reports what remains. */
    QuotaDecision tryConsume(RateLimitPolicy policy, String key);
}
