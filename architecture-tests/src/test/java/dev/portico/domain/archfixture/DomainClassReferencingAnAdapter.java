package dev.portico.domain.archfixture;

import dev.portico.adapters.persistence.archfixture.SomePersistenceAdapter;

/** Deliberately broken: a domain class that reaches out to a persistence adapter. */
public final class DomainClassReferencingAnAdapter {

    private final SomePersistenceAdapter store = new SomePersistenceAdapter();

    public boolean isStored() {
        return store.isReachable();
    }
}
