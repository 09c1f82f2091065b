package dev.portico.adapters.redis.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portico.adapters.redis.connection.RedisConnections;
import dev.portico.adapters.redis.connection.RedisFailures;
import dev.portico.application.ratelimit.QuotaDecision;
import dev.portico.application.ratelimit.RateLimitPolicy;
import dev.portico.application.ratelimit.port.RateLimiter;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The token buckets of {@code Bucket4jRateLimiter} (limit tokens refilled greedily over the window),
 * kept in Redis so that every instance draws on the same bucket: one key per policy and client, under
 * {@code portico:rl:}, which expires once the bucket would be full again. Instances read the time from
 * their own wall clocks, which must agree (NTP) to well within a window.
 */
public final class RedisRateLimiter implements RateLimiter {

    public static final String KEY_PREFIX = "portico:rl:";
    /** A key outlives the refill by this much, so a little clock skew between instances forgets nothing. */
    private static final Duration KEPT_AFTER_REFILL = Duration.ofSeconds(5);
    private static final long PROXIES = 100_000;

    private record EpochNanos(LongSupplier nanos) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return nanos.getAsLong();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }

    private final ProxyManager<Object> buckets;
    private final String keyPrefix;
    private final Map<RateLimitPolicy, BucketConfiguration> configurations = new ConcurrentHashMap<>();
    /*
     * One proxy per bucket key, kept while it is used, so that concurrent requests of one key in this
     * process go to Redis as one batched command instead of racing each other's compare-and-swap
     * (16 requests of one user at once retried their CAS until the limiter was the bottleneck). The
     * proxy holds no tokens: Redis stays the only count.
     */
    private final Cache<String, Bucket> proxies = Caffeine.newBuilder()
            .maximumSize(PROXIES)
            .expireAfterAccess(Duration.ofMinutes(5))
            .build();

    /** Under {@link #KEY_PREFIX}, on the wall clock. */
    public RedisRateLimiter(RedisConnections connections) {
        this(connections, KEY_PREFIX, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** Under {@code keyPrefix}, reading nanoseconds since the epoch from {@code epochNanos}. */
    public RedisRateLimiter(RedisConnections connections, String keyPrefix, LongSupplier epochNanos) {
        this(connections, keyPrefix, new EpochNanos(epochNanos));
    }

    private RedisRateLimiter(RedisConnections connections, String keyPrefix, TimeMeter clock) {
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
        this.buckets = new Bucket4jLettuce.LettuceBasedProxyManagerBuilder<>(new LazyRedisApi(connections))
                .clientClock(clock)
                .requestTimeout(connections.commandTimeout())
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_AFTER_REFILL))
                .build();
    }

    @Override
    public QuotaDecision tryConsume(RateLimitPolicy policy, String key) {
        ConsumptionProbe probe;
        try {
            probe = proxies.get(keyOf(policy, key), bucketKey -> buckets.builder()
                            .withOptimization(Optimizations.batching())
                            .build(bucketKey, () -> configurations.computeIfAbsent(policy, RedisRateLimiter::configuration)))
                    .tryConsumeAndReturnRemaining(1);
        } catch (RedisException | BucketExceptions.BucketExecutionException failure) {
            throw RedisFailures.unavailable("rate limiting", failure);
        }
        Duration retryAfter = probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
        return new QuotaDecision(policy, probe.isConsumed(), Math.max(0, probe.getRemainingTokens()),
                Duration.ofNanos(probe.getNanosToWaitForReset()), retryAfter);
    }

    /** The policy's whole shape is in the key, so a policy changed by configuration starts afresh. */
    private String keyOf(RateLimitPolicy policy, String key) {
        return keyPrefix + policy.name() + ":" + policy.limit() + "/" + policy.window().toMillis() + ":" + key;
    }

    private static BucketConfiguration configuration(RateLimitPolicy policy) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(policy.limit()).refillGreedy(policy.limit(), policy.window()))
                .build();
    }
}
