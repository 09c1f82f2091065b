package dev.portico.application.link.port;

import dev.portico.domain.link.Link;
import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The idempotency keys owners sent with the links they created. A key is stored by
 * {@link LinkWriter#insert} in one step with its link, and goes when the link is deleted.
 */
public interface IdempotencyKeys {

    /** How long an idempotency key holds; a key stored earlier than this before a new claim is replaced. */
    Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);

    /** The link an owner's idempotency key created, if the key was stored at or after {@code notBefore}. */
    Optional<IdempotentCreation> findByIdempotencyKey(UserId owner, String key, Instant notBefore);

    /** Forgets idempotency keys stored before the cutoff; returns how many. */
    int deleteIdempotencyKeysBefore(Instant cutoff);

    /** An idempotency key to store with a new link: the owner's key and a hash of the request it came with. */
    record IdempotencyClaim(String key, String requestHash, Instant createdAt) {
    }

    /** What an earlier request with the same key created, and the hash of that request. */
    record IdempotentCreation(Link link, String requestHash) {
    }
}
