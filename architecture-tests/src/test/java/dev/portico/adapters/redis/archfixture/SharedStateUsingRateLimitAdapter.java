package dev.portico.adapters.redis.archfixture;

import dev.portico.adapters.ratelimit.archfixture.LimiterUsingPersistenceAdapter;

/** Deliberately broken: a Redis adapter that leans on the in-process rate limit adapter module. */
public final class SharedStateUsingRateLimitAdapter {

    private final LimiterUsingPersistenceAdapter limiter = new LimiterUsingPersistenceAdapter();

    public boolean tryConsume() {
        return limiter.tryConsume();
    }
}
