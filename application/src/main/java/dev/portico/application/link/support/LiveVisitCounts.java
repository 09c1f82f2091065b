package dev.portico.application.link.support;

import dev.portico.application.link.port.VisitLimits;
import dev.portico.application.link.support.VisitQueue;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.LinkId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exact visit counts, in memory, for links with a visit limit, so the limit holds under concurrent
 * redirects without a database write per redirect. A count starts from the visits logged and queued
 * when the link is first followed in this process. Only links with a limit are tracked.
 */
public final class LiveVisitCounts implements VisitLimits {

    private final VisitQueue visits;
    private final Map<LinkId, AtomicLong> counts = new ConcurrentHashMap<>();

    public LiveVisitCounts(VisitQueue visits) {
        this.visits = visits;
    }

    /** Counts one more visit if the link's limit allows it; false once the limit is reached. */
    @Override
    public boolean tryCount(Link link) {
        long limit = link.visitLimit().orElseThrow(() -> new IllegalArgumentException("The link has no visit limit"));
        AtomicLong count = counts.computeIfAbsent(link.id(), id -> new AtomicLong(visits.recordedOrQueued(id)));
        while (true) {
            long current = count.get();
            if (current >= limit) {
                return false;
            }
            if (count.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    /**
     * Counts a visit of a link that has no limit now, if its count is already kept (it had a limit
     * before), so that a limit set again later starts from every visit made.
     */
    @Override
    public void countUnlimited(LinkId link) {
        AtomicLong count = counts.get(link);
        if (count != null) {
            count.incrementAndGet();
        }
    }

    @Override
    public void forget(LinkId link) {
        counts.remove(link);
    }
}
