package dev.portico.application.link.port;

import dev.portico.domain.user.UserId;
import org.junit.jupiter.api.Nested;

/**
 * The lookup and writer contracts as one base for a test class, for what implements both (a store,
 * or a decorator in front of one): extend it, say how to make a store and a user, and both contracts
 * run as nested classes.
 */
public abstract class LinkLookupAndWriterContracts<S extends LinkLookup & LinkWriter> {

    protected abstract S newStore();

    /** A user the store accepts as an owner (the SQLite store needs the row). */
    protected abstract UserId existingUser(S store);

    @Nested
    class Lookup extends LinkLookupContract<S> {

        @Override
        protected S newStore() {
            return LinkLookupAndWriterContracts.this.newStore();
        }

        @Override
        protected UserId existingUser(S store) {
            return LinkLookupAndWriterContracts.this.existingUser(store);
        }
    }

    @Nested
    class Writer extends LinkWriterContract<S> {

        @Override
        protected S newStore() {
            return LinkLookupAndWriterContracts.this.newStore();
        }

        @Override
        protected UserId existingUser(S store) {
            return LinkLookupAndWriterContracts.this.existingUser(store);
        }
    }
}
