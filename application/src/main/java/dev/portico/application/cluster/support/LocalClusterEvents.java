package dev.portico.application.cluster.support;

import dev.portico.application.cluster.port.ClusterEvent;
import dev.portico.application.cluster.port.ClusterEvents;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The events of a cluster of one: each event goes, on the publishing thread and before
 * {@link #publish} returns, to every listener of this process. Nothing is ever missed.
 */
public final class LocalClusterEvents implements ClusterEvents {

    private static final System.Logger LOG = System.getLogger(LocalClusterEvents.class.getName());

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(ClusterEvent event) {
        Objects.requireNonNull(event, "event");
        for (Listener listener : listeners) {
            try {
                listener.on(event);
            } catch (RuntimeException failure) {
                // One listener's bug must not keep the event from the others.
                LOG.log(System.Logger.Level.WARNING, "A cluster event listener failed on " + event, failure);
            }
        }
    }

    @Override
    public void subscribe(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }
}
