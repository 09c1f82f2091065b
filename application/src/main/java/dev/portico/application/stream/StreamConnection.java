package dev.portico.application.stream;

import dev.portico.application.stream.port.StreamClient;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.quote.Symbol;
import dev.portico.domain.user.UserId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client's subscriptions and the quotes waiting for it. Only the latest quote per symbol waits
 * (conflation), so a slow client costs at most one quote per subscribed symbol, and never slows
 * the feed or other clients.
 */
public final class StreamConnection {

    private final StreamHub hub;
    private final UserId user;
    private final String seat;
    private final StreamClient client;
    private final Set<Symbol> symbols = new LinkedHashSet<>();
    private final Map<Symbol, StreamQuote> pending = new LinkedHashMap<>();
    private final AtomicBoolean nudged = new AtomicBoolean();
    private long oldestPendingSince = -1;
    private boolean closed;

    StreamConnection(StreamHub hub, UserId user, String seat, StreamClient client) {
        this.hub = hub;
        this.user = user;
        this.seat = seat;
        this.client = client;
    }

    public UserId user() {
        return user;
    }

    /** The seat this connection holds among its user's. */
    String seat() {
        return seat;
    }

    /**
     * Adds the symbols (all or none: over the limit, nothing changes) and returns the whole list.
     * The latest known quote of each newly added symbol is queued at once. A closed connection adds nothing.
     */
    public List<Symbol> subscribe(Collection<Symbol> requested) {
        List<Symbol> added = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return List.of();
            }
            Set<Symbol> next = new LinkedHashSet<>(symbols);
            next.addAll(requested);
            int limit = hub.limits().symbolsPerConnection();
            if (next.size() > limit) {
                throw new InvalidInputException("symbols", "A connection may subscribe to at most " + limit
                        + " symbols; it has " + symbols.size() + " and this would make " + next.size());
            }
            for (Symbol symbol : requested) {
                if (symbols.add(symbol)) {
                    added.add(symbol);
                }
            }
        }
        for (Symbol symbol : added) {
            hub.watch(symbol, this);
        }
        return current();
    }

    /** Removes the symbols and returns the whole remaining list. */
    public List<Symbol> unsubscribe(Collection<Symbol> removed) {
        List<Symbol> dropped = new ArrayList<>();
        synchronized (this) {
            for (Symbol symbol : removed) {
                if (symbols.remove(symbol)) {
                    dropped.add(symbol);
                    pending.remove(symbol);
                }
            }
        }
        for (Symbol symbol : dropped) {
            hub.unwatch(symbol, this);
        }
        return current();
    }

    public synchronized List<Symbol> current() {
        return List.copyOf(symbols);
    }

    /** Takes every waiting quote, oldest symbol first; the adapter sends them. */
    public List<StreamQuote> drain() {
        nudged.set(false);
        synchronized (this) {
            List<StreamQuote> quotes = new ArrayList<>(pending.values());
            pending.clear();
            oldestPendingSince = -1;
            return quotes;
        }
    }

    /** Nanoseconds (System.nanoTime) since the oldest waiting quote arrived; -1 when nothing waits. */
    public synchronized long pendingSinceNanos() {
        return oldestPendingSince;
    }

    /** Releases the symbols and the connection's place in the limits; closing again does nothing. */
    public void close() {
        List<Symbol> watched;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            watched = List.copyOf(symbols);
            symbols.clear();
            pending.clear();
        }
        for (Symbol symbol : watched) {
            hub.unwatch(symbol, this);
        }
        hub.disconnect(this);
    }

    void offer(StreamQuote quote) {
        synchronized (this) {
            if (!symbols.contains(quote.quote().symbol())) {
                return;
            }
            StreamQuote waiting = pending.get(quote.quote().symbol());
            if (waiting != null && waiting.seq() > quote.seq()) {
                return;
            }
            pending.remove(quote.quote().symbol());
            pending.put(quote.quote().symbol(), quote);
            if (oldestPendingSince < 0) {
                oldestPendingSince = System.nanoTime();
            }
        }
        if (nudged.compareAndSet(false, true)) {
            client.quotesPending();
        }
    }
}
