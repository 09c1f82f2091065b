package dev.portico.application.link;

import dev.portico.application.auth.Authenticated;
import dev.portico.application.link.port.LinkStore;
import dev.portico.application.link.port.VisitLog;
import dev.portico.domain.link.Link;

/** One of the caller's links, with its current visit count. */
public final class GetLink {

    private final LinkStore links;
    private final VisitLog visits;

    public GetLink(LinkStore links, VisitLog visits) {
        this.links = links;
        this.visits = visits;
    }

    public Link get(Authenticated caller, String code) {
        Link link = OwnedLinks.find(links, caller, code);
        return link.withVisits(visits.countFor(link.id()));
    }
}
