package dev.portico.application.support;

import dev.portico.application.link.port.VisitLog;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.Visit;
import dev.portico.domain.link.VisitStats;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Visits counted into a {@link FakeLinkStore}, which keeps them with their links, and kept here too
 * batch by batch as appended (visits of missing links included). It can be told to refuse the next
 * append, remembers what its stats were last asked for and counts its {@link #countFor} calls.
 */
public final class FakeVisitLog implements VisitLog {

    /** The arguments of a {@link #stats} call. */
    public record StatsQuery(LinkId link, LocalDate from, LocalDate to, int topReferrers) {
    }

    private final FakeLinkStore links;
    private final List<List<Visit>> batches = new ArrayList<>();
    private RuntimeException refuseNext;
    private StatsQuery lastStatsQuery;
    private int countCalls;

    public FakeVisitLog(FakeLinkStore links) {
        this.links = links;
    }

    @Override
    public synchronized void append(List<Visit> batch) {
        if (refuseNext != null) {
            RuntimeException refusal = refuseNext;
            refuseNext = null;
            throw refusal;
        }
        batches.add(List.copyOf(batch));
        links.record(batch);
    }

    @Override
    public synchronized long countFor(LinkId link) {
        countCalls++;
        return links.visitCount(link);
    }

    @Override
    public synchronized VisitStats stats(LinkId link, LocalDate from, LocalDate to, int topReferrers) {
        lastStatsQuery = new StatsQuery(link, from, to, topReferrers);
        FakeLinkStore.Recorded recorded = links.recorded(link, from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return VisitStats.of(recorded.count(), recorded.visits(), from, to, topReferrers);
    }

    /** The next append throws {@code refusal} and stores nothing. */
    public synchronized void refuseNextAppend(RuntimeException refusal) {
        refuseNext = refusal;
    }

    /** Every batch appended and not refused, as given. */
    public synchronized List<List<Visit>> batches() {
        return List.copyOf(batches);
    }

    /** Every visit appended and not refused, in order. */
    public synchronized List<Visit> visits() {
        List<Visit> all = new ArrayList<>();
        batches.forEach(all::addAll);
        return all;
    }

    public synchronized int countCalls() {
        return countCalls;
    }

    public synchronized StatsQuery lastStatsQuery() {
        return lastStatsQuery;
    }
}
