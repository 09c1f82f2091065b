package dev.portico.application.cluster.support;

import dev.portico.application.cluster.port.ClusterEvent;
import dev.portico.application.cluster.port.ClusterEvents;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The events of a cluster of one: each event goes to this process's listeners at once, on the
 * publisher's thread; a listener that throws does not keep the event from the others, and the
 * publisher gets the first failure. Nothing is ever missed, so {@code mayHaveMissedEvents} is never
 * called.
 */
public final class LocalClusterEvents implements ClusterEvents {

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(ClusterEvent event) {
        Objects.requireNonNull(event, "event");
        RuntimeException first = null;
        for (Listener listener : listeners) {
            try {
                listener.on(event);
            } catch (RuntimeException failed) {
                first = first == null ? failed : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public void subscribe(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }
}
