package dev.portico.adapters.ratelimit.archfixture;

import dev.portico.adapters.persistence.archfixture.SomePersistenceAdapter;

/** Deliberately broken: a rate limiter adapter that leans on the persistence adapter module. */
public final class LimiterUsingPersistenceAdapter {

    private final SomePersistenceAdapter store = new SomePersistenceAdapter();

    public boolean tryConsume() {
        return store.isReachable();
    }
}
