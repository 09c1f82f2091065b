package dev.portico.application.link.support;

import dev.portico.application.auth.Authenticated;
import dev.portico.application.link.port.LinkLookup;
import dev.portico.application.link.support.OwnedLinks;
import dev.portico.domain.error.LinkNotFound;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.ShortCode;

/** Finds a link for its owner or an admin; to anyone else it does not exist. */
public final class OwnedLinks {

    private OwnedLinks() {
    }

    public static Link find(LinkLookup links, Authenticated caller, String code) {
        return ShortCode.lookup(code).flatMap(links::findByCode)
                .filter(link -> caller.isAdmin() || link.isOwnedBy(caller.userId()))
                .orElseThrow(() -> notFound(code));
    }

    public static LinkNotFound notFound(String code) {
        return new LinkNotFound(code);
    }
}
