package dev.portico.application.stream;

import dev.portico.application.quote.FeedQuote;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.application.stream.port.QuoteStream;
import dev.portico.application.stream.port.StreamClient;
import dev.portico.application.stream.port.StreamSeats;
import dev.portico.application.stream.support.LocalStreamSeats;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.error.StreamLimitReached;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fans quotes out to stream connections: one upstream subscription per symbol however many
 * connections watch it, a sequence number per symbol, and the connection limits.
 */
public final class StreamHub {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final QuoteStream upstream;
    private final QuoteFeed latest;
    private final StreamLimits limits;
    private final StreamSeats seats;
    private final Map<Symbol, Watch> watches = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    /** A hub whose per-user limit counts the connections of this process. */
    public StreamHub(QuoteStream upstream, QuoteFeed latest, StreamLimits limits) {
        this(upstream, latest, limits, new LocalStreamSeats());
    }

    /**
     * A hub whose per-user limit counts through {@code seats}, e.g. across a cluster; the total limit
     * is this process's own.
     */
    public StreamHub(QuoteStream upstream, QuoteFeed latest, StreamLimits limits, StreamSeats seats) {
        this.upstream = upstream;
        this.latest = latest;
        this.limits = limits;
        this.seats = seats;
    }

    public StreamLimits limits() {
        return limits;
    }

    /**
     * A new connection for the user, or {@link StreamLimitReached} naming the limit that is full, or
     * {@code StoreUnavailable} when the seats cannot be counted right now.
     */
    public StreamConnection connect(UserId user, StreamClient client) {
        if (total.incrementAndGet() > limits.connectionsTotal()) {
            total.decrementAndGet();
            throw new StreamLimitReached(StreamLimitReached.Scope.TOTAL, limits.connectionsTotal(), RETRY_AFTER);
        }
        String seat = UUID.randomUUID().toString();
        boolean seated;
        try {
            seated = seats.take(user, seat, limits.connectionsPerUser());
        } catch (RuntimeException uncounted) {
            total.decrementAndGet();
            throw uncounted;
        }
        if (!seated) {
            total.decrementAndGet();
            throw new StreamLimitReached(StreamLimitReached.Scope.PER_USER, limits.connectionsPerUser(), RETRY_AFTER);
        }
        return new StreamConnection(this, user, seat, client);
    }

    public int connections() {
        return total.get();
    }

    /** Symbols with an upstream subscription right now. */
    public Set<Symbol> watchedSymbols() {
        return Set.copyOf(watches.keySet());
    }

    void disconnect(StreamConnection connection) {
        total.decrementAndGet();
        seats.release(connection.user(), connection.seat());
    }

    void watch(Symbol symbol, StreamConnection connection) {
        Watch watch = watches.compute(symbol, (key, existing) -> {
            Watch current = existing != null ? existing : new Watch(symbol);
            current.connections.add(connection);
            current.startIfNeeded();
            return current;
        });
        watch.latest().ifPresent(connection::offer);
    }

    void unwatch(Symbol symbol, StreamConnection connection) {
        watches.computeIfPresent(symbol, (key, watch) -> {
            watch.connections.remove(connection);
            if (watch.connections.isEmpty()) {
                watch.stop();
                return null;
            }
            return watch;
        });
    }

    /** One symbol's upstream subscription and its watchers. */
    private final class Watch {
        private final Symbol symbol;
        private final Set<StreamConnection> connections = new CopyOnWriteArraySet<>();
        private QuoteStream.Subscription subscription;

        Watch(Symbol symbol) {
            this.symbol = symbol;
        }

        synchronized void startIfNeeded() {
            if (subscription == null) {
                subscription = upstream.subscribe(symbol, this::publish);
            }
        }

        synchronized void stop() {
            if (subscription != null) {
                subscription.cancel();
                subscription = null;
            }
        }

        void publish(StreamQuote update) {
            for (StreamConnection connection : connections) {
                connection.offer(update);
            }
        }

        /**
         * The stream's last update, or the feed's latest price, numbered 0, when nothing has streamed
         * yet: a client that subscribes gets a price at once either way.
         */
        Optional<StreamQuote> latest() {
            Optional<StreamQuote> streamed = upstream.last(symbol);
            if (streamed.isPresent()) {
                return streamed;
            }
            Optional<Quote> fromFeed;
            try {
                fromFeed = latest.quote(symbol).map(FeedQuote::quote);
            } catch (FeedUnavailable down) {
                return Optional.empty();
            }
            return upstream.last(symbol).or(() -> fromFeed.map(quote -> new StreamQuote(quote, 0)));
        }
    }
}
