package dev.portico.application.stream;

import dev.portico.application.quote.FeedQuote;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.application.stream.port.QuoteStream;
import dev.portico.application.stream.port.StreamClient;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.error.StreamLimitReached;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fans quotes out to stream connections: one upstream subscription per symbol however many
 * connections watch it, a sequence number per symbol, and the connection limits.
 */
public final class StreamHub {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final QuoteStream upstream;
    private final QuoteFeed latest;
    private final StreamLimits limits;
    private final Map<Symbol, Watch> watches = new ConcurrentHashMap<>();
    private final Map<UserId, Integer> perUser = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    public StreamHub(QuoteStream upstream, QuoteFeed latest, StreamLimits limits) {
        this.upstream = upstream;
        this.latest = latest;
        this.limits = limits;
    }

    public StreamLimits limits() {
        return limits;
    }

    /** A new connection for the user, or {@link StreamLimitReached} naming the limit that is full. */
    public StreamConnection connect(UserId user, StreamClient client) {
        if (total.incrementAndGet() > limits.connectionsTotal()) {
            total.decrementAndGet();
            throw new StreamLimitReached(StreamLimitReached.Scope.TOTAL, limits.connectionsTotal(), RETRY_AFTER);
        }
        if (!admit(user)) {
            total.decrementAndGet();
            throw new StreamLimitReached(StreamLimitReached.Scope.PER_USER, limits.connectionsPerUser(), RETRY_AFTER);
        }
        return new StreamConnection(this, user, client);
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
        perUser.computeIfPresent(connection.user(), (user, count) -> count <= 1 ? null : count - 1);
    }

    /** Counts one more connection for the user unless the user's limit is reached; atomic with disconnect. */
    private boolean admit(UserId user) {
        AtomicBoolean admitted = new AtomicBoolean();
        perUser.compute(user, (id, count) -> {
            int current = count == null ? 0 : count;
            if (current >= limits.connectionsPerUser()) {
                return count;
            }
            admitted.set(true);
            return current + 1;
        });
        return admitted.get();
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
