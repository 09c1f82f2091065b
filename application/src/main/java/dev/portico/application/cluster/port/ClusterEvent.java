package dev.portico.application.cluster.port;

import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.user.UserId;
import java.time.Instant;

/** Something one instance did that the others must know at once, for what they keep in memory. */
public sealed interface ClusterEvent {

    /** A link with this code was created or changed: a cached answer for the code is stale. */
    record LinkWritten(ShortCode code) implements ClusterEvent {
    }

    /** The link was deleted: a cached copy of it is stale. */
    record LinkDeleted(LinkId id) implements ClusterEvent {
    }

    /** Access tokens of the user issued before {@code notBefore} are refused from now on. */
    record TokensRefused(UserId user, Instant notBefore) implements ClusterEvent {
    }
}
