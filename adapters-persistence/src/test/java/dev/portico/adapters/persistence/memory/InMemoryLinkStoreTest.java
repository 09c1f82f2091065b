package dev.portico.adapters.persistence.memory;

import dev.portico.application.link.port.IdempotencyKeysContract;
import dev.portico.application.link.port.LinkListingContract;
import dev.portico.application.link.port.LinkLookupContract;
import dev.portico.application.link.port.LinkWriterContract;
import dev.portico.domain.user.UserId;
import org.junit.jupiter.api.Nested;

/** The in-memory store, held to the contract of each link port it implements. */
class InMemoryLinkStoreTest {

    private long lastUserId;

    private UserId nextUser() {
        return new UserId(++lastUserId);
    }

    @Nested
    class Lookup extends LinkLookupContract<InMemoryLinkStore> {

        @Override
        protected InMemoryLinkStore newStore() {
            return new InMemoryLinkStore();
        }

        @Override
        protected UserId existingUser(InMemoryLinkStore store) {
            return nextUser();
        }
    }

    @Nested
    class Writer extends LinkWriterContract<InMemoryLinkStore> {

        @Override
        protected InMemoryLinkStore newStore() {
            return new InMemoryLinkStore();
        }

        @Override
        protected UserId existingUser(InMemoryLinkStore store) {
            return nextUser();
        }
    }

    @Nested
    class Keys extends IdempotencyKeysContract<InMemoryLinkStore> {

        @Override
        protected InMemoryLinkStore newStore() {
            return new InMemoryLinkStore();
        }

        @Override
        protected UserId existingUser(InMemoryLinkStore store) {
            return nextUser();
        }
    }

    @Nested
    class Listing extends LinkListingContract<InMemoryLinkStore> {

        @Override
        protected InMemoryLinkStore newStore() {
            return new InMemoryLinkStore();
        }

        @Override
        protected UserId existingUser(InMemoryLinkStore store) {
            return nextUser();
        }
    }
}
