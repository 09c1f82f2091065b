package dev.portico.application.link.support;

import dev.portico.application.cluster.port.ClusterEvent;
import dev.portico.application.cluster.port.ClusterEvents;
import dev.portico.application.link.port.IdempotencyKeys.IdempotencyClaim;
import dev.portico.application.link.port.LinkWriter;
import dev.portico.domain.error.StoreUnavailable;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.NewLink;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Writes links through another writer, then tells the cluster which cached answers the write made
 * stale: every instance's redirect cache drops them. A write is announced only once it is stored. An
 * announcement the bus cannot take does not undo or fail the stored write; it is counted, and the
 * caches catch up on their own: each drops everything when its bus connection returns, and cached
 * links expire after a while in a cluster.
 */
public final class AnnouncedLinkWriter implements LinkWriter {

    private final LinkWriter writer;
    private final ClusterEvents events;
    private final LongAdder unannounced = new LongAdder();

    private final boolean announceInserts;

    /** Announces every write: inserts too, for caches that remember unknown codes. */
    public AnnouncedLinkWriter(LinkWriter writer, ClusterEvents events) {
        this(writer, events, true);
    }

    /**
     * With {@code announceInserts} false, only changes and deletes are announced: an insert can make
     * stale only a remembered unknown code, so caches that remember none need not hear of it, and a
     * creation costs no round trip to the bus.
     */
    public AnnouncedLinkWriter(LinkWriter writer, ClusterEvents events, boolean announceInserts) {
        this.writer = writer;
        this.events = events;
        this.announceInserts = announceInserts;
    }

    @Override
    public InsertOutcome insert(NewLink link, Optional<IdempotencyClaim> claim) {
        InsertOutcome outcome = writer.insert(link, claim);
        if (announceInserts && outcome instanceof Inserted) {
            announce(new ClusterEvent.LinkWritten(link.code()));
        }
        return outcome;
    }

    @Override
    public Optional<Link> update(Link changed, long expectedVersion) {
        Optional<Link> updated = writer.update(changed, expectedVersion);
        announce(new ClusterEvent.LinkWritten(changed.code()));
        return updated;
    }

    @Override
    public boolean delete(LinkId id) {
        boolean deleted = writer.delete(id);
        announce(new ClusterEvent.LinkDeleted(id));
        return deleted;
    }

    /** Writes stored whose announcement the bus could not take. */
    public long unannounced() {
        return unannounced.sum();
    }

    private void announce(ClusterEvent event) {
        try {
            events.publish(event);
        } catch (StoreUnavailable unreachable) {
            unannounced.increment();
        }
    }
}
