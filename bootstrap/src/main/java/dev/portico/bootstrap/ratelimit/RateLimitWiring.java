package dev.portico.bootstrap.ratelimit;

import dev.portico.adapters.persistence.memory.InMemoryRateLimiter;
import dev.portico.adapters.rest.ratelimit.RateLimitRules;
import dev.portico.adapters.rest.ratelimit.RateLimiting;
import dev.portico.application.ratelimit.ConsumeQuota;
import dev.portico.bootstrap.config.RateLimitsConfig;
import io.dropwizard.core.setup.Environment;
import java.util.Map;

/** Rate limits: the configured limiter under the quota use case, and the per-endpoint rules in front of resources. */
public final class RateLimitWiring {

    static final long RATE_LIMIT_BUCKETS = 100_000;

    private RateLimitWiring() {
    }

    public static void install(RateLimitsConfig limits, Environment environment) {
        RateLimiting.install(environment, new ConsumeQuota(new InMemoryRateLimiter(RATE_LIMIT_BUCKETS)), rules(limits));
    }

    private static RateLimitRules rules(RateLimitsConfig limits) {
        return new RateLimitRules(Map.of(
                "auth", limits.getAuth().policy("auth"),
                "shorten", limits.getShorten().policy("shorten"),
                RateLimitRules.API, limits.getApi().policy(RateLimitRules.API)), limits.trustedProxies());
    }
}
