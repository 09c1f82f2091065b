package dev.portico.adapters.persistence.memory;

import dev.portico.application.pulse.port.StorageHealthContract;

class InMemoryStorageHealthTest extends StorageHealthContract<InMemoryStorageHealth> {

    @Override
    protected InMemoryStorageHealth newStorageHealth() {
        return new InMemoryStorageHealth();
    }
}
