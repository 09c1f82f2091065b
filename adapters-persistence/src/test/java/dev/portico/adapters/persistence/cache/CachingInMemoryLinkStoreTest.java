package dev.portico.adapters.persistence.cache;

import dev.portico.adapters.persistence.memory.InMemoryLinkStore;
import dev.portico.application.link.port.LinkLookupContract;
import dev.portico.application.link.port.LinkWriterContract;
import dev.portico.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.Nested;

/** The redirect cache in front of the in-memory store, held to the contracts of the two ports it decorates. */
class CachingInMemoryLinkStoreTest {

    private long lastUserId;

    private UserId nextUser() {
        return new UserId(++lastUserId);
    }

    private static CachingLinkStore newCache() {
        return new CachingLinkStore(new InMemoryLinkStore(), 1_000, 100, Duration.ofSeconds(5));
    }

    @Nested
    class Lookup extends LinkLookupContract<CachingLinkStore> {

        @Override
        protected CachingLinkStore newStore() {
            return newCache();
        }

        @Override
        protected UserId existingUser(CachingLinkStore store) {
            return nextUser();
        }
    }

    @Nested
    class Writer extends LinkWriterContract<CachingLinkStore> {

        @Override
        protected CachingLinkStore newStore() {
            return newCache();
        }

        @Override
        protected UserId existingUser(CachingLinkStore store) {
            return nextUser();
        }
    }
}
