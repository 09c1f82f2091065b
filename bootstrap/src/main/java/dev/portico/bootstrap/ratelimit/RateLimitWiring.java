package dev.portico.bootstrap.ratelimit;

import dev.portico.adapters.ratelimit.bucket4j.Bucket4jRateLimiter;
import dev.portico.adapters.rest.ratelimit.RateLimitRules;
import dev.portico.adapters.rest.ratelimit.RateLimiting;
import dev.portico.application.ratelimit.ConsumeQuota;
import dev.portico.application.ratelimit.port.RateLimiter;
import dev.portico.application.ratelimit.support.FailoverRateLimiter;
import dev.portico.bootstrap.cluster.Cluster;
import dev.portico.bootstrap.config.RateLimiterConfig;
import dev.portico.bootstrap.config.RateLimitsConfig;
import dev.portico.bootstrap.config.RedisConfig;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.time.Duration;
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

    /** While Redis does not answer, limits count in this process; Redis is asked again after this. */
    static final Duration FAILOVER_PAUSE = Duration.ofSeconds(5);

    /** Installs the limits in front of the resources; returns them for the handlers that charge quotas before Jersey. */
    public static Quotas install(RateLimiterConfig limiter, RedisConfig redis, RateLimitsConfig limits, Cluster cluster,
            Environment environment, Clock clock) {
        Quotas quotas = new Quotas(new ConsumeQuota(open(limiter.typeFor(redis), cluster, environment, clock)),
                rules(limits));
        RateLimiting.install(environment, quotas.consumeQuota(), quotas.rules());
        return quotas;
    }

    static RateLimiter open(RateLimiterConfig.Type type, Cluster cluster, Environment environment, Clock clock) {
        RateLimiter local = new Bucket4jRateLimiter(RATE_LIMIT_BUCKETS);
        return switch (type) {
            case memory -> local;
            case redis -> {
                RateLimiter shared = cluster.sharedRateLimiter().orElseThrow(
                        () -> new IllegalStateException("rateLimiter.type redis without redis.url passed validation"));
                FailoverRateLimiter failover = new FailoverRateLimiter(shared, local, clock, FAILOVER_PAUSE);
                environment.metrics().registerGauge("ratelimit.failovers", failover::failovers);
                yield failover;
            }
        };
    }

    private static RateLimitRules rules(RateLimitsConfig limits) {
        return new RateLimitRules(Map.of(
                "auth", limits.getAuth().policy("auth"),
                "shorten", limits.getShorten().policy("shorten"),
                RateLimitRules.API, limits.getApi().policy(RateLimitRules.API)), limits.trustedProxies());
    }
}
