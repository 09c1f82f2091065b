package dev.portico.application.link;

import dev.portico.application.auth.Authenticated;
import dev.portico.application.link.port.LinkLookup;
import dev.portico.application.link.port.VisitLog;
import dev.portico.application.link.support.OwnedLinks;
import dev.portico.domain.link.Link;

/** One of the caller's links, with its current visit count. */
public final class GetLink {

    private final LinkLookup links;
    private final VisitLog visits;

    public GetLink(LinkLookup links, VisitLog visits) {
        this.links = links;
        this.visits = visits;
    }

    public Link get(Authenticated caller, String code) {
        Link link = OwnedLinks.find(links, caller, code);
        return link.withVisits(visits.countFor(link.id()));
    }
}
