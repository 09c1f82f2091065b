package dev.portico.application.link.port;

import dev.portico.domain.link.Link;
import dev.portico.domain.user.UserId;
import java.util.List;

/** Pages through links, newest (highest id) first. */
public interface LinkListing {

    /** Up to {@code limit} of the owner's links with ids below {@code beforeId}, newest first. */
    List<Link> listByOwner(UserId owner, long beforeId, int limit);

    /** Up to {@code limit} links of every owner with ids below {@code beforeId}, newest first. */
    List<Link> listAll(long beforeId, int limit);
}
