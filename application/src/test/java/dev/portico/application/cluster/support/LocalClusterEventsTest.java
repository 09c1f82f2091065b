package dev.portico.application.cluster.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.cluster.port.ClusterEvent;
import dev.portico.application.cluster.port.ClusterEventsContract;
import dev.portico.domain.link.LinkId;
import org.junit.jupiter.api.Test;

class LocalClusterEventsTest extends ClusterEventsContract<LocalClusterEvents> {

    @Override
    protected LocalClusterEvents newClusterEvents() {
        return new LocalClusterEvents();
    }

    @Test
    void publish_hasDeliveredTheEventToEveryListenerWhenItReturns() {
        Recorder listener = new Recorder();
        events.subscribe(listener);
        ClusterEvent deleted = new ClusterEvent.LinkDeleted(new LinkId(5));

        events.publish(deleted);

        assertThat(listener.pending()).containsExactly(deleted);
    }
}
