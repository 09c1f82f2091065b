package dev.portico.application.cluster.port;

/**
 * Tells every instance of a cluster, this one included, what one of them did. Delivery is at most
 * once and in order per publisher; a listener that may have missed events (the bus was unreachable
 * for a while) is told so through {@link Listener#mayHaveMissedEvents()} and reloads what it keeps.
 */
public interface ClusterEvents {

    /** Hands the event to the bus; returns once the bus has it. Never blocks for long. */
    void publish(ClusterEvent event);

    /** Delivers every event published from now on, by any instance, to the listener. */
    void subscribe(Listener listener);

    /** What an instance does with the events of the cluster; called from the bus's own thread. */
    interface Listener {

        void on(ClusterEvent event);

        /** Events may have been lost (a reconnect): drop or reload whatever they keep fresh. */
        void mayHaveMissedEvents();
    }
}
