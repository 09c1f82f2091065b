package dev.portico.application.link;

import dev.portico.application.auth.Authenticated;
import dev.portico.application.link.port.LinkLookup;
import dev.portico.application.link.port.VisitLog;
import dev.portico.application.link.support.OwnedLinks;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.VisitStats;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A link's visits over the last {@code days} UTC days (today included): per day, and the top referrers. */
public final class LinkStats {

    public static final int MAX_DAYS = 366;
    public static final int TOP_REFERRERS = 10;

    private final LinkLookup links;
    private final VisitLog visits;
    private final Clock clock;

    public LinkStats(LinkLookup links, VisitLog visits, Clock clock) {
        this.links = links;
        this.visits = visits;
        this.clock = clock;
    }

    public Report of(Authenticated caller, String code, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "days must be between 1 and " + MAX_DAYS);
        }
        Link link = OwnedLinks.find(links, caller, code);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new Report(link, visits.stats(link.id(), today.minusDays(days - 1L), today, TOP_REFERRERS));
    }

    /** The link and its numbers. */
    public record Report(Link link, VisitStats stats) {
    }
}
