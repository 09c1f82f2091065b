package dev.portico.application.link.port;

/**
 * Every port of where links live, as one store implements them: one store, so that an insert and its
 * idempotency key are stored in one step. Use cases receive only the parts they use.
 */
public interface LinkStore extends LinkLookup, LinkWriter, LinkListing, IdempotencyKeys {
}
