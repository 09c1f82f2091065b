package dev.portico.application.archfixture;

import dev.portico.adapters.persistence.archfixture.SomePersistenceAdapter;
import dev.portico.application.archfixture.port.SomePort;

/** Deliberately broken: a use case that builds its own adapter instead of receiving the port. */
public final class UseCaseReferencingAnAdapter {

    private final SomePort port = new SomePersistenceAdapter();

    public boolean check() {
        return port.isReachable();
    }
}
