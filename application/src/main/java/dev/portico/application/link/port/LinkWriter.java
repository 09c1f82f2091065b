package dev.portico.application.link.port;

import dev.portico.application.link.port.IdempotencyKeys.IdempotencyClaim;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.NewLink;
import java.util.Optional;

/** Creates, changes and deletes links. Codes are unique, enforced by the store itself, never by a prior lookup. */
public interface LinkWriter {

    /**
     * Stores the link, and with it the idempotency key when one is given, both or neither. Of any
     * number of concurrent inserts of one code, or of one owner's key, exactly one succeeds. An
     * owner's key older than {@link IdempotencyKeys#IDEMPOTENCY_WINDOW} before the claim's time does
     * not count.
     */
    InsertOutcome insert(NewLink link, Optional<IdempotencyClaim> claim);

    /**
     * Replaces the link's target, expiry, limit and status if its version is still
     * {@code expectedVersion}; the stored version becomes {@code expectedVersion + 1}. Empty when the
     * link is gone or was changed in between.
     */
    Optional<Link> update(Link changed, long expectedVersion);

    /** Deletes the link, its visits and its idempotency key; false when it was not there. */
    boolean delete(LinkId id);

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
