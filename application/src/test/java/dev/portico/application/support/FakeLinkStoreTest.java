package dev.portico.application.support;

import dev.portico.application.link.port.LinkStoreContract;
import dev.portico.domain.user.UserId;

/** The fake the link use cases are tested with, held to the same contracts as the real stores. */
class FakeLinkStoreTest extends LinkStoreContract<FakeLinkStore> {

    private long lastUserId;

    @Override
    protected FakeLinkStore newStore() {
        return new FakeLinkStore();
    }

    @Override
    protected UserId existingUser(FakeLinkStore store) {
        return new UserId(++lastUserId);
    }
}
