package dev.portico.adapters.persistence.memory;

import dev.portico.application.pulse.port.StorageHealth;

/** The in-memory store lives in this process, so it is reachable whenever the process answers. */
public final class InMemoryStorageHealth implements StorageHealth {

    @Override
    public boolean isReachable() {
        return true;
    }
}
