package dev.portico.application.link.port;

import dev.portico.domain.link.Link;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where links live. Codes are unique, enforced by the store itself, never by a prior lookup. */
public interface LinkStore {

    /** How long an idempotency key holds; a key stored earlier than this before a new claim is replaced. */
    java.time.Duration IDEMPOTENCY_WINDOW = java.time.Duration.ofHours(24);

    /**
     * Stores the link, and with it the idempotency key when one is given, both or neither. Of any
     * number of concurrent inserts of one code, or of one owner's key, exactly one succeeds. An
     * owner's key older than {@link #IDEMPOTENCY_WINDOW} before the claim's time does not count.
     */
    InsertOutcome insert(NewLink link, Optional<IdempotencyClaim> claim);

    /** The link an owner's idempotency key created, if the key was stored at or after {@code notBefore}. */
    Optional<IdempotentCreation> findByIdempotencyKey(UserId owner, String key, Instant notBefore);

    Optional<Link> findByCode(ShortCode code);

    /**
     * Replaces the link's target, expiry, limit and status if its version is still
     * {@code expectedVersion}; the stored version becomes {@code expectedVersion + 1}. Empty when the
     * link is gone or was changed in between.
     */
    Optional<Link> update(Link changed, long expectedVersion);

    /** Deletes the link and its visits; false when it was not there. */
    boolean delete(LinkId id);

    /** Up to {@code limit} of the owner's links with ids below {@code beforeId}, newest (highest id) first. */
    List<Link> listByOwner(UserId owner, long beforeId, int limit);

    /** Up to {@code limit} links of every owner with ids below {@code beforeId}, newest first. */
    List<Link> listAll(long beforeId, int limit);

    /** Forgets idempotency keys stored before the cutoff; returns how many. */
    int deleteIdempotencyKeysBefore(Instant cutoff);

    /** An idempotency key to store with a new link: the owner's key and a hash of the request it came with. */
    record IdempotencyClaim(String key, String requestHash, Instant createdAt) {
    }

    /** What an earlier request with the same key created, and the hash of that request. */
    record IdempotentCreation(Link link, String requestHash) {
    }

    /** What an insert did. */
    sealed interface InsertOutcome permits Inserted, CodeTaken, KeyTaken {
    }

    record Inserted(Link link) implements InsertOutcome {
    }

    /** Another link has this code; nothing was stored. */
    record CodeTaken() implements InsertOutcome {
    }

    /** The owner already used this idempotency key; nothing was stored. */
    record KeyTaken() implements InsertOutcome {
    }
}
