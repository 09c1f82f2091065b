package dev.portico.application.support;

import dev.portico.application.user.port.UserStoreContract;

/** The fake the user use cases are tested with is held to the same contract as the real stores. */
class FakeUserStoreTest extends UserStoreContract<FakeUserStore> {

    @Override
    protected FakeUserStore newStore() {
        return new FakeUserStore();
    }
}
