package dev.portico.application.link.port;

import dev.portico.domain.user.UserId;
import org.junit.jupiter.api.Nested;

/**
 * All four link contracts for a whole {@link LinkStore}: extend it, say how to make a store and a
 * user, and the lookup, writer, idempotency-key and listing contracts run as nested classes.
 */
public abstract class LinkStoreContract<S extends LinkStore> extends LinkLookupAndWriterContracts<S> {

    @Nested
    class Keys extends IdempotencyKeysContract<S> {

        @Override
        protected S newStore() {
            return LinkStoreContract.this.newStore();
        }

        @Override
        protected UserId existingUser(S store) {
            return LinkStoreContract.this.existingUser(store);
        }
    }

    @Nested
    class Listing extends LinkListingContract<S> {

        @Override
        protected S newStore() {
            return LinkStoreContract.this.newStore();
        }

        @Override
        protected UserId existingUser(S store) {
            return LinkStoreContract.this.existingUser(store);
        }
    }
}
