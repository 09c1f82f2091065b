package dev.portico.bootstrap.ratelimit;

import dev.portico.adapters.ratelimit.bucket4j.Bucket4jRateLimiter;
import dev.portico.adapters.rest.ratelimit.RateLimitRules;
import dev.portico.adapters.rest.ratelimit.RateLimiting;
import dev.portico.application.ratelimit.ConsumeQuota;
import dev.portico.application.ratelimit.port.RateLimiter;
import dev.portico.bootstrap.config.RateLimiterConfig;
import dev.portico.bootstrap.config.RateLimitsConfig;
import io.dropwizard.core.setup.Environment;
import java.util.Map;

/**
 * Rate limits: the limiter chosen by {@code rateLimiter.type} under the quota use case, and the
 * per-endpoint rules of {@code rateLimits} in front of the resources.
 */
public final class RateLimitWiring {

    /** Token buckets kept in memory (one per policy and client); the least recently used go first. */
    static final long RATE_LIMIT_BUCKETS = 100_000;

    private RateLimitWiring() {
    }

    public static void install(RateLimiterConfig limiter, RateLimitsConfig limits, Environment environment) {
        RateLimiting.install(environment, new ConsumeQuota(open(limiter)), rules(limits));
    }

    static RateLimiter open(RateLimiterConfig config) {
        return switch (config.getType()) {
            case memory -> new Bucket4jRateLimiter(RATE_LIMIT_BUCKETS);
        };
    }

    private static RateLimitRules rules(RateLimitsConfig limits) {
        return new RateLimitRules(Map.of(
                "auth", limits.getAuth().policy("auth"),
                "shorten", limits.getShorten().policy("shorten"),
                RateLimitRules.API, limits.getApi().policy(RateLimitRules.API)), limits.trustedProxies());
    }
}
