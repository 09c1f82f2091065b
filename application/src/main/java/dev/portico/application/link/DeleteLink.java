package dev.portico.application.link;

import dev.portico.application.auth.Authenticated;
import dev.portico.application.link.port.LinkLookup;
import dev.portico.application.link.port.LinkWriter;
import dev.portico.application.link.port.VisitLimits;
import dev.portico.application.link.support.OwnedLinks;
import dev.portico.domain.link.Link;

/** Deletes a link and its visits, for its owner or an admin. */
public final class DeleteLink {

    private final LinkLookup links;
    private final LinkWriter writer;
    private final VisitLimits visitLimits;

    public DeleteLink(LinkLookup links, LinkWriter writer, VisitLimits visitLimits) {
        this.links = links;
        this.writer = writer;
        this.visitLimits = visitLimits;
    }

    public void delete(Authenticated caller, String code) {
        Link link = OwnedLinks.find(links, caller, code);
        if (!writer.delete(link.id())) {
            throw OwnedLinks.notFound(code);
        }
        visitLimits.forget(link.id());
    }
}
