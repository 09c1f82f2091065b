package dev.portico.adapters.redis.events;

import dev.portico.application.cluster.port.ClusterEvent;
import dev.portico.application.cluster.port.ClusterEvents.Listener;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands what arrives on Lettuce's thread to the local listeners on a thread of its own, in arrival
 * order, so that a slow listener never holds up Redis I/O. The queue is bounded: an event that finds it
 * full is dropped, and the listeners are told they may have missed events before the next one.
 */
final class Dispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final int CAPACITY = 10_000;

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean dropped = new AtomicBoolean();
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(CAPACITY), runnable -> {
                Thread daemon = new Thread(runnable, "portico-cluster-events");
                daemon.setDaemon(true);
                return daemon;
            });

    void add(Listener listener) {
        listeners.add(listener);
    }

    void deliver(ClusterEvent event) {
        submit(() -> each(listener -> listener.on(event)));
    }

    void mayHaveMissedEvents() {
        submit(() -> each(Listener::mayHaveMissedEvents));
    }

    private void submit(Runnable task) {
        try {
            thread.execute(() -> {
                if (dropped.getAndSet(false)) {
                    each(Listener::mayHaveMissedEvents);
                }
                task.run();
            });
        } catch (RejectedExecutionException full) {
            if (!thread.isShutdown() && !dropped.getAndSet(true)) {
                LOG.warn("Cluster event listeners are {} events behind; dropping events until they catch up", CAPACITY);
            }
        }
    }

    private void each(Consumer<Listener> call) {
        for (Listener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException failure) {
                LOG.warn("A cluster event listener failed", failure);
            }
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
