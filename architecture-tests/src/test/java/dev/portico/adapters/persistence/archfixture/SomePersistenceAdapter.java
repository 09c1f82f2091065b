package dev.portico.adapters.persistence.archfixture;

import dev.portico.application.archfixture.port.SomePort;

/** A persistence adapter implementing an application port; legitimate on its own. */
public final class SomePersistenceAdapter implements SomePort {

    @Override
    public boolean isReachable() {
        return true;
    }
}
