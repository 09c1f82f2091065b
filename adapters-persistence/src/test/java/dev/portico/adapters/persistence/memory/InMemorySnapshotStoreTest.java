package dev.portico.adapters.persistence.memory;

import dev.portico.application.quote.port.SnapshotStoreContract;

class InMemorySnapshotStoreTest extends SnapshotStoreContract<InMemorySnapshotStore> {

    @Override
    protected InMemorySnapshotStore newStore() {
        return new InMemorySnapshotStore();
    }
}
