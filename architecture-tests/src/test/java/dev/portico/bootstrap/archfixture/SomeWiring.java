package dev.portico.bootstrap.archfixture;

import dev.portico.adapters.persistence.archfixture.SomePersistenceAdapter;
import dev.portico.application.archfixture.port.SomePort;

/** Bootstrap plugging an adapter into a port; legitimate, and it keeps the Bootstrap layer non-empty. */
public final class SomeWiring {

    public SomePort port() {
        return new SomePersistenceAdapter();
    }
}
