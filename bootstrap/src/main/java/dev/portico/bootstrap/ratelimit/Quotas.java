package dev.portico.bootstrap.ratelimit;

import dev.portico.adapters.rest.ratelimit.RateLimitRules;
import dev.portico.application.ratelimit.ConsumeQuota;

/** The quota use case over the configured limiter, and the configured policies. */
public record Quotas(ConsumeQuota consumeQuota, RateLimitRules rules) {
}
