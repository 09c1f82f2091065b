package dev.portico.adapters.rest.archfixture;

import dev.portico.adapters.persistence.archfixture.SomePersistenceAdapter;

/** Deliberately broken: a REST resource that depends on another adapter module. */
public final class ResourceUsingPersistenceAdapter {

    private final SomePersistenceAdapter adapter = new SomePersistenceAdapter();

    public boolean get() {
        return adapter.isReachable();
    }
}
