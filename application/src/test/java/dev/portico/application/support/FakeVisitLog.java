package dev.portico.application.support;

import dev.portico.application.link.port.VisitLog;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.Visit;
import dev.portico.domain.link.VisitStats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Visits in a list, kept batch by batch as appended. It can be told to refuse the next append; its
 * stats are empty but remember what they were asked for.
 */
public final class FakeVisitLog implements VisitLog {

    /** The arguments of a {@link #stats} call. */
    public record StatsQuery(LinkId link, LocalDate from, LocalDate to, int topReferrers) {
    }

    private final List<List<Visit>> batches = new ArrayList<>();
    private RuntimeException refuseNext;
    private StatsQuery lastStatsQuery;
    private int countCalls;

    @Override
    public synchronized void append(List<Visit> batch) {
        if (refuseNext != null) {
            RuntimeException refusal = refuseNext;
            refuseNext = null;
            throw refusal;
        }
        batches.add(List.copyOf(batch));
    }

    @Override
    public synchronized long countFor(LinkId link) {
        countCalls++;
        return visits().stream().filter(visit -> visit.link().equals(link)).count();
    }

    @Override
    public synchronized VisitStats stats(LinkId link, LocalDate from, LocalDate to, int topReferrers) {
        lastStatsQuery = new StatsQuery(link, from, to, topReferrers);
        return new VisitStats(countFor(link), List.of(), List.of());
    }

    /** The next append throws {@code refusal} and stores nothing. */
    public synchronized void refuseNextAppend(RuntimeException refusal) {
        refuseNext = refusal;
    }

    public synchronized List<List<Visit>> batches() {
        return List.copyOf(batches);
    }

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
