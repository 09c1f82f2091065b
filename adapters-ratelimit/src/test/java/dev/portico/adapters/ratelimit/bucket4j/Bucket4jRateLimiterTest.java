package dev.portico.adapters.ratelimit.bucket4j;

import dev.portico.application.ratelimit.port.RateLimiterContract;
import java.util.function.LongSupplier;

class Bucket4jRateLimiterTest extends RateLimiterContract<Bucket4jRateLimiter> {

    @Override
    protected Bucket4jRateLimiter newRateLimiter(LongSupplier nanoTime) {
        return new Bucket4jRateLimiter(100_000, nanoTime);
    }
}
