package dev.portico.adapters.redis.quotes;

import dev.portico.application.stream.StreamQuote;
import dev.portico.domain.quote.Symbol;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's subscribers per symbol, and the updates that reach them from the channel: handed
 * over from Lettuce's thread to one of their own, passed on only when newer than the symbol's last
 * (so a seq never goes back here), and kept as the symbol's last. A full queue drops updates: the
 * next one of the symbol supersedes them.
 */
final class LocalSubscribers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSubscribers.class);
    private static final int CAPACITY = 10_000;

    private final Map<Symbol, Map<Object, Consumer<StreamQuote>>> subscribers = new ConcurrentHashMap<>();
    private final Map<Symbol, StreamQuote> last = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(CAPACITY), runnable -> {
                Thread daemon = new Thread(runnable, "portico-quote-relay-deliver");
                daemon.setDaemon(true);
                return daemon;
            });

    /** A subscriber's handle, and whether it is the symbol's first here. */
    record Added(Object handle, boolean first) {
    }

    Added add(Symbol symbol, Consumer<StreamQuote> subscriber) {
        Object handle = new Object();
        boolean[] first = {false};
        subscribers.compute(symbol, (key, existing) -> {
            Map<Object, Consumer<StreamQuote>> current = existing != null ? existing : new ConcurrentHashMap<>();
            first[0] = current.isEmpty();
            current.put(handle, subscriber);
            return current;
        });
        return new Added(handle, first[0]);
    }

    /** Removes the subscriber; true when it was the symbol's last. Removing it again changes nothing. */
    boolean remove(Symbol symbol, Object handle) {
        boolean[] wasLast = {false};
        subscribers.computeIfPresent(symbol, (key, current) -> {
            if (current.remove(handle) != null && current.isEmpty()) {
                wasLast[0] = true;
                return null;
            }
            return current;
        });
        return wasLast[0];
    }

    Set<Symbol> symbols() {
        return Set.copyOf(subscribers.keySet());
    }

    Optional<StreamQuote> last(Symbol symbol) {
        return Optional.ofNullable(last.get(symbol));
    }

    /** Called on Lettuce's thread: only queues. */
    void received(StreamQuote update) {
        try {
            thread.execute(() -> deliver(update));
        } catch (RejectedExecutionException fullOrClosed) {
            if (!thread.isShutdown()) {
                LOG.warn("Quote subscribers are {} updates behind; an update of {} was dropped", CAPACITY,
                        update.quote().symbol().value());
            }
        }
    }

    private void deliver(StreamQuote update) {
        Symbol symbol = update.quote().symbol();
        StreamQuote kept = last.merge(symbol, update, (previous, next) -> next.seq() > previous.seq() ? next : previous);
        if (kept != update) {
            return;
        }
        for (Consumer<StreamQuote> subscriber : subscribers.getOrDefault(symbol, Map.of()).values()) {
            try {
                subscriber.accept(update);
            } catch (RuntimeException failure) {
                LOG.warn("A quote subscriber failed on {}", symbol.value(), failure);
            }
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        subscribers.clear();
    }
}
