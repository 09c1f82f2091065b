package dev.portico.adapters.persistence.memory;

import dev.portico.application.link.port.LinkStoreContract;
import dev.portico.domain.user.UserId;

/** The in-memory store, held to the contract of each link port it implements. */
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
