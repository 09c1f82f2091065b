package dev.portico.application.link;

import dev.portico.application.auth.Authenticated;
import dev.portico.application.link.port.LinkStore;
import dev.portico.domain.link.Link;

/** Deletes a link and its visits, for its owner or an admin. */
public final class DeleteLink {

    private final LinkStore links;
    private final LiveVisitCounts liveCounts;

    public DeleteLink(LinkStore links, LiveVisitCounts liveCounts) {
        this.links = links;
        this.liveCounts = liveCounts;
    }

    public void delete(Authenticated caller, String code) {
        Link link = OwnedLinks.find(links, caller, code);
        if (!links.delete(link.id())) {
            throw OwnedLinks.notFound();
        }
        liveCounts.forget(link.id());
    }
}
