package dev.portico.adapters.persistence.cache;

import dev.portico.adapters.persistence.memory.InMemoryLinkStore;
import dev.portico.application.link.port.LinkLookupAndWriterContracts;
import dev.portico.domain.user.UserId;
import java.time.Duration;

/** The redirect cache in front of the in-memory store, held to the contracts of the two ports it decorates. */
class CachingInMemoryLinkStoreTest extends LinkLookupAndWriterContracts<CachingLinkStore> {

    private long lastUserId;

    @Override
    protected CachingLinkStore newStore() {
        return new CachingLinkStore(new InMemoryLinkStore(), 1_000, 100, Duration.ofSeconds(5));
    }

    @Override
    protected UserId existingUser(CachingLinkStore store) {
        return new UserId(++lastUserId);
    }
}
