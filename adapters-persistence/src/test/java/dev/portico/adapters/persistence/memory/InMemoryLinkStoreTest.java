package dev.portico.adapters.persistence.memory;

import dev.portico.application.link.port.LinkStoreContract;
import dev.portico.domain.user.UserId;

class InMemoryLinkStoreTest extends LinkStoreContract<InMemoryLinkStore> {

    private long lastUserId;

    @Override
    protected InMemoryLinkStore newStore() {
        return new InMemoryLinkStore();
    }

    @Override
    protected UserId existingUser(InMemoryLinkStore store) {
        return new UserId(++lastUserId);
    }
}
