package dev.portico.adapters.persistence.memory;

import dev.portico.application.ratelimit.port.RateLimiterContract;
import java.util.function.LongSupplier;

class InMemoryRateLimiterTest extends RateLimiterContract<InMemoryRateLimiter> {

    @Override
    protected InMemoryRateLimiter newRateLimiter(LongSupplier nanoTime) {
        return new InMemoryRateLimiter(100_000, nanoTime);
    }
}
