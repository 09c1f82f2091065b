package dev.portico.adapters.persistence.memory;

import dev.portico.application.link.port.VisitLog;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.Visit;
import dev.portico.domain.link.VisitStats;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Visits kept with their links in an {@link InMemoryLinkStore}, which stores and counts each batch in one step. */
public final class InMemoryVisitLog implements VisitLog {

    private final InMemoryLinkStore links;

    public InMemoryVisitLog(InMemoryLinkStore links) {
        this.links = links;
    }

    @Override
    public void append(List<Visit> batch) {
        links.record(batch);
    }

    @Override
    public long countFor(LinkId link) {
        return links.visitCount(link);
    }

    @Override
    public VisitStats stats(LinkId link, LocalDate from, LocalDate to, int topReferrers) {
        InMemoryLinkStore.Recorded recorded = links.recorded(link, from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return VisitStats.of(recorded.count(), recorded.visits(), from, to, topReferrers);
    }
}
