package dev.portico.application.link.port;

import dev.portico.domain.link.Link;
import dev.portico.domain.link.LinkId;

/**
 * Exact visit counts of links with a visit limit: however many redirects race, on however many
 * instances the store is shared by, at most {@code max_visits} of them are counted.
 */
public interface VisitLimits {

    /**
     * Counts one more visit of the link if its limit allows it; false once the limit is reached. The
     * link has a visit limit; a store that holds links may go by the limit it has stored.
     */
    boolean tryCount(Link link);

    /**
     * Notes a visit of a link that has no limit now, so that a limit set later starts from every
     * visit made. A store that counts every visit anyway does nothing.
     */
    void countUnlimited(LinkId link);

    /** The link was deleted: its count can go. */
    void forget(LinkId link);
}
