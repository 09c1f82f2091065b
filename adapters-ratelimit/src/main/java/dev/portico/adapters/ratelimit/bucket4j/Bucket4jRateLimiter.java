package dev.portico.adapters.ratelimit.bucket4j;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.portico.application.ratelimit.QuotaDecision;
import dev.portico.application.ratelimit.RateLimitPolicy;
import dev.portico.application.ratelimit.port.RateLimiter;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket per policy and key, refilled greedily: {@code limit} tokens spread evenly over the
 * window. Buckets live in a bounded cache and are dropped after a whole window without requests;
 * by then a bucket has refilled completely, so dropping it forgets nothing.
 */
public final class Bucket4jRateLimiter implements RateLimiter {

    private record BucketKey(RateLimitPolicy policy, String key) {
    }

    private record NanoTimeMeter(LongSupplier nanoTime) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return nanoTime.getAsLong();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    private final Cache<BucketKey, Bucket> buckets;
    private final TimeMeter time;

    /** Uses the system's monotonic clock. */
    public Bucket4jRateLimiter(long maximumBuckets) {
        this(maximumBuckets, System::nanoTime);
    }

    /** Reads the time, in nanoseconds from any fixed origin, from {@code nanoTime}. */
    public Bucket4jRateLimiter(long maximumBuckets, LongSupplier nanoTime) {
        this.time = new NanoTimeMeter(nanoTime);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maximumBuckets)
                .ticker(nanoTime::getAsLong)
                .expireAfter(Expiry.accessing((BucketKey key, Bucket bucket) -> key.policy().window()))
                .build();
    }

    @Override
    public QuotaDecision tryConsume(RateLimitPolicy policy, String key) {
        Bucket bucket = buckets.get(new BucketKey(policy, key), this::newBucket);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        Duration retryAfter = probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
        return new QuotaDecision(policy, probe.isConsumed(), Math.max(0, probe.getRemainingTokens()),
                Duration.ofNanos(probe.getNanosToWaitForReset()), retryAfter);
    }

    private Bucket newBucket(BucketKey bucketKey) {
        RateLimitPolicy policy = bucketKey.policy();
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(policy.limit()).refillGreedy(policy.limit(), policy.window()))
                .withCustomTimePrecision(time)
                .build();
    }
}
