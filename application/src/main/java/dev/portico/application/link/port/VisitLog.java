package dev.portico.application.link.port;

import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.Visit;
import dev.portico.domain.link.VisitStats;
import java.time.LocalDate;
import java.util.List;

/** Recorded visits, written in batches, and what they add up to. */
public interface VisitLog {

    /**
     * Stores every visit of the batch and adds them to their links' visit counts, in one transaction.
     * Visits of links deleted in the meantime are dropped.
     */
    void append(List<Visit> batch);

    /** Visits stored for the link so far. */
    long countFor(LinkId link);

    /**
     * The link's total, its visits per UTC day from {@code from} to {@code to} inclusive (every day
     * present, zero or not, oldest first), and its {@code topReferrers} most frequent referrer hosts
     * in that range (most visits first, ties by host name).
     */
    VisitStats stats(LinkId link, LocalDate from, LocalDate to, int topReferrers);
}
