package dev.portico.adapters.persistence.postgres;

import dev.portico.application.link.port.VisitLimits;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.LinkId;
import org.jdbi.v3.core.Jdbi;

/**
 * Visit limits decided by the database, so they hold across every instance sharing it: one UPDATE
 * per limited redirect counts the visit in {@code links.visits_admitted} only while the count is below
 * the stored {@code max_visits}, and row locking serialises the racers. The count starts from the
 * visits already written ({@code links.visits}), so visits made while the link had no limit, or
 * before this column was counted, are part of it.
 */
public final class PostgresVisitLimits implements VisitLimits {

    private static final String ADMIT = "UPDATE links SET visits_admitted = GREATEST(visits_admitted, visits) + 1 "
            + "WHERE id = :id AND GREATEST(visits_admitted, visits) < max_visits";

    private final PostgresCalls calls;

    public PostgresVisitLimits(Jdbi jdbi) {
        this.calls = new PostgresCalls(jdbi);
    }

    /**
     * The stored limit decides, not the one on {@code link} (which may come from a cache a moment
     * old); a link deleted meanwhile counts nothing more.
     */
    @Override
    public boolean tryCount(Link link) {
        if (link.visitLimit().isEmpty()) {
            throw new IllegalArgumentException("The link has no visit limit");
        }
        return calls.withHandle(handle -> handle.createUpdate(ADMIT).bind("id", link.id().value()).execute()) == 1;
    }

    /**
     * Nothing to do: every visit reaches {@code links.visits} through the visit log, and a limit set
     * later starts from that count.
     */
    @Override
    public void countUnlimited(LinkId link) {
    }

    /** Nothing to do: the count lives in the link's row and goes with it. */
    @Override
    public void forget(LinkId link) {
    }
}
