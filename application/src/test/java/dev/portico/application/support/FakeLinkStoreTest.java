package dev.portico.application.support;

import dev.portico.application.link.port.IdempotencyKeysContract;
import dev.portico.application.link.port.LinkListingContract;
import dev.portico.application.link.port.LinkLookupContract;
import dev.portico.application.link.port.LinkWriterContract;
import dev.portico.domain.user.UserId;
import org.junit.jupiter.api.Nested;

/** The fake the link use cases are tested with, held to the same contracts as the real stores. */
class FakeLinkStoreTest {

    private long lastUserId;

    private UserId nextUser() {
        return new UserId(++lastUserId);
    }

    @Nested
    class Lookup extends LinkLookupContract<FakeLinkStore> {

        @Override
        protected FakeLinkStore newStore() {
            return new FakeLinkStore();
        }

        @Override
        protected UserId existingUser(FakeLinkStore store) {
            return nextUser();
        }
    }

    @Nested
    class Writer extends LinkWriterContract<FakeLinkStore> {

        @Override
        protected FakeLinkStore newStore() {
            return new FakeLinkStore();
        }

        @Override
        protected UserId existingUser(FakeLinkStore store) {
            return nextUser();
        }
    }

    @Nested
    class Keys extends IdempotencyKeysContract<FakeLinkStore> {

        @Override
        protected FakeLinkStore newStore() {
            return new FakeLinkStore();
        }

        @Override
        protected UserId existingUser(FakeLinkStore store) {
            return nextUser();
        }
    }

    @Nested
    class Listing extends LinkListingContract<FakeLinkStore> {

        @Override
        protected FakeLinkStore newStore() {
            return new FakeLinkStore();
        }

        @Override
        protected UserId existingUser(FakeLinkStore store) {
            return nextUser();
        }
    }
}
