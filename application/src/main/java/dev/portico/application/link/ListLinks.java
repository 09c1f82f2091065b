package dev.portico.application.link;

import dev.portico.application.auth.Authenticated;
import dev.portico.application.link.port.LinkListing;
import dev.portico.domain.error.AdminOnly;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.link.Link;
import java.util.List;
import java.util.Optional;

/** The caller's links newest first, a page at a time; every owner's for an admin who asks for all. */
public final class ListLinks {

    public static final int MAX_LIMIT = 100;

    private final LinkListing links;

    public ListLinks(LinkListing links) {
        this.links = links;
    }

    /** {@code beforeId} is where the previous page ended, or {@link Long#MAX_VALUE} for the first page. */
    public Page page(Authenticated caller, boolean all, long beforeId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (all && !caller.isAdmin()) {
            throw new AdminOnly(AdminOnly.Action.LIST_EVERY_OWNERS_LINKS);
        }
        List<Link> fetched = all
                ? links.listAll(beforeId, limit + 1)
                : links.listByOwner(caller.userId(), beforeId, limit + 1);
        if (fetched.size() <= limit) {
            return new Page(fetched, Optional.empty());
        }
        List<Link> page = List.copyOf(fetched.subList(0, limit));
        return new Page(page, Optional.of(page.get(limit - 1).id().value()));
    }

    /** One page, and the id to continue before when there are more. */
    public record Page(List<Link> links, Optional<Long> nextBeforeId) {

        public Page {
            links = List.copyOf(links);
        }
    }
}
