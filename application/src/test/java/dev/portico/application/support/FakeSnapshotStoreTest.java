package dev.portico.application.support;

import dev.portico.application.quote.port.SnapshotStoreContract;

/** The fake the snapshot use cases are tested with is held to the same contract as the real stores. */
class FakeSnapshotStoreTest extends SnapshotStoreContract<FakeSnapshotStore> {

    @Override
    protected FakeSnapshotStore newStore() {
        return new FakeSnapshotStore();
    }
}
