package dev.portico.application.link.support;

import dev.portico.application.cluster.port.ClusterEvent;
import dev.portico.application.cluster.port.ClusterEvents;
import dev.portico.application.link.port.IdempotencyKeys.IdempotencyClaim;
import dev.portico.application.link.port.LinkWriter;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.NewLink;
import java.util.Optional;

/**
 * Writes links through another writer, then tells the cluster which cached answers the write made
 * stale: every instance's redirect cache drops them. A write is announced only once it is stored, and
 * a failed announcement fails the call, so the writer's client can retry rather than trust a cache
 * that may still answer the old target.
 */
public final class AnnouncedLinkWriter implements LinkWriter {

    private final LinkWriter writer;
    private final ClusterEvents events;

    public AnnouncedLinkWriter(LinkWriter writer, ClusterEvents events) {
        this.writer = writer;
        this.events = events;
    }

    @Override
    public InsertOutcome insert(NewLink link, Optional<IdempotencyClaim> claim) {
        InsertOutcome outcome = writer.insert(link, claim);
        if (outcome instanceof Inserted) {
            events.publish(new ClusterEvent.LinkWritten(link.code()));
        }
        return outcome;
    }

    @Override
    public Optional<Link> update(Link changed, long expectedVersion) {
        Optional<Link> updated = writer.update(changed, expectedVersion);
        events.publish(new ClusterEvent.LinkWritten(changed.code()));
        return updated;
    }

    @Override
    public boolean delete(LinkId id) {
        boolean deleted = writer.delete(id);
        events.publish(new ClusterEvent.LinkDeleted(id));
        return deleted;
    }
}
