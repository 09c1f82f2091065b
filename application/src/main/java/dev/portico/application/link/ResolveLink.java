package dev.portico.application.link;

import dev.portico.application.link.port.LinkLookup;
import dev.portico.application.link.port.VisitLimits;
import dev.portico.application.link.support.VisitQueue;
import dev.portico.domain.error.LinkExpired;
import dev.portico.domain.error.LinkNotFound;
import dev.portico.domain.error.VisitLimitReached;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.ReferrerHost;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.Visit;
import java.time.Clock;
import java.time.Instant;

/**
 * Follows a short link: 404 for an unknown code, 410 once it expired or reached its visit limit,
 * else the redirect, with the visit queued rather than written. Meant to be given a cached
 * {@link LinkLookup}, so that a hot link costs no database round-trip.
 */
public final class ResolveLink {

    private final LinkLookup links;
    private final VisitQueue visits;
    private final VisitLimits visitLimits;
    private final Clock clock;

    public ResolveLink(LinkLookup links, VisitQueue visits, VisitLimits visitLimits, Clock clock) {
        this.links = links;
        this.visits = visits;
        this.visitLimits = visitLimits;
        this.clock = clock;
    }

    public Redirect resolve(String code, String referrer, String userAgent) {
        Link link = ShortCode.lookup(code).flatMap(links::findByCode)
                .orElseThrow(() -> new LinkNotFound(code));
        Instant now = clock.instant();
        if (link.isExpiredAt(now)) {
            throw new LinkExpired(link.code().value(), link.expiresAt());
        }
        if (link.maxVisits() == null) {
            visitLimits.countUnlimited(link.id());
        } else if (!visitLimits.tryCount(link)) {
            throw new VisitLimitReached(link.code().value(), link.maxVisits());
        }
        visits.offer(new Visit(link.id(), now, ReferrerHost.of(referrer).orElse(null), userAgent));
        return new Redirect(link.target().value(), link.redirectStatus().code());
    }
}
