package dev.portico.adapters.persistence.memory;

import dev.portico.application.link.port.VisitLog;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.Visit;
import dev.portico.domain.link.VisitStats;
import dev.portico.domain.link.VisitStats.DailyVisits;
import dev.portico.domain.link.VisitStats.ReferrerVisits;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        Map<LocalDate, Long> perDay = recorded.visits().stream()
                .collect(Collectors.groupingBy(visit -> LocalDate.ofInstant(visit.at(), ZoneOffset.UTC),
                        Collectors.counting()));
        List<DailyVisits> daily = Stream.iterate(from, day -> !day.isAfter(to), day -> day.plusDays(1))
                .map(day -> new DailyVisits(day, perDay.getOrDefault(day, 0L)))
                .toList();
        return new VisitStats(recorded.count(), daily, top(recorded.visits(), topReferrers));
    }

    private static List<ReferrerVisits> top(List<Visit> visits, int limit) {
        return visits.stream()
                .map(Visit::referrerHost)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream()
                .map(entry -> new ReferrerVisits(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(ReferrerVisits::visits).reversed().thenComparing(ReferrerVisits::host))
                .limit(limit)
                .toList();
    }
}
