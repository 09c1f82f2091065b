package dev.portico.adapters.redis.quotes;

import dev.portico.adapters.redis.connection.ChannelSubscription;
import dev.portico.adapters.redis.connection.RedisConnections;
import dev.portico.application.stream.StreamQuote;
import dev.portico.application.stream.port.QuoteStream;
import dev.portico.domain.error.StoreUnavailable;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live quotes of a cluster: one instance, the leader (holder of the lease
 * {@code portico:quotes:leader}), follows the local stream for every symbol any instance wants
 * ({@code portico:quotes:interest}, each interest renewed while it lasts), numbers each update with
 * {@code INCR portico:quotes:seq:<SYMBOL>}, keeps it as {@code portico:quotes:last:<SYMBOL>} and
 * publishes it on {@code portico:quotes}, all in one script that does nothing once the lease is lost.
 * Every instance delivers what the channel brings to its own subscribers. So the feed is polled once
 * per symbol however many instances run, and a symbol's seq is the same everywhere and only goes up,
 * across leaders too. While Redis is away, subscribing still works, the leader steps down, and
 * updates resume once it is back.
 */
public final class RedisQuoteRelay implements QuoteStream, AutoCloseable {

    public static final String CHANNEL = RelayRedis.CHANNEL;
    private static final Logger LOG = LoggerFactory.getLogger(RedisQuoteRelay.class);

    private final RelayRedis redis;
    private final LocalSubscribers subscribers = new LocalSubscribers();
    private final Upstream upstream;
    private final ChannelSubscription channel;
    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread daemon = new Thread(runnable, "portico-quote-relay");
        daemon.setDaemon(true);
        return daemon;
    });
    private volatile boolean leading;
    private volatile boolean outage;

    /**
     * {@code local} is this instance's own stream (polling the feed), followed only while this instance
     * leads; {@code instanceId} must differ between the instances of a cluster and hold no space.
     * Tries for the lease at once, then every {@code timings.renewEvery()}.
     */
    public RedisQuoteRelay(RedisConnections connections, QuoteStream local, String instanceId, RelayTimings timings) {
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(timings, "timings");
        if (instanceId.isEmpty() || instanceId.contains(" ")) {
            throw new IllegalArgumentException("An instance id is not empty and holds no space");
        }
        this.redis = new RelayRedis(connections, instanceId, timings);
        this.upstream = new Upstream(Objects.requireNonNull(local, "local"), this::relay);
        this.channel = new ChannelSubscription(connections, CHANNEL, this::received, () -> { });
        channel.start();
        round();
        long every = timings.renewEvery().toMillis();
        rounds.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public Subscription subscribe(Symbol symbol, Consumer<StreamQuote> onUpdate) {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(onUpdate, "onUpdate");
        LocalSubscribers.Added added = subscribers.add(symbol, onUpdate);
        if (added.first()) {
            try {
                redis.renewInterests(Set.of(symbol));
                redis.announceInterest(symbol);
            } catch (StoreUnavailable notNow) {
                // the next round renews it, once Redis is back
            }
        }
        if (leading) {
            upstream.follow(symbol);
        }
        return () -> cancel(symbol, added.handle());
    }

    /** What this instance last delivered of the symbol, else what the cluster last relayed. */
    @Override
    public Optional<StreamQuote> last(Symbol symbol) {
        Optional<StreamQuote> here = subscribers.last(symbol);
        if (here.isPresent()) {
            return here;
        }
        try {
            return redis.last(symbol);
        } catch (StoreUnavailable unreachable) {
            return Optional.empty();
        }
    }

    /** True while this instance holds the lease and follows the local stream. */
    public boolean leading() {
        return leading;
    }

    private void cancel(Symbol symbol, Object handle) {
        if (!subscribers.remove(symbol, handle)) {
            return;
        }
        try {
            redis.withdrawInterest(symbol);
        } catch (StoreUnavailable lapsesByItself) {
            // no longer renewed: the interest lapses within its ttl
        }
        if (leading) {
            rounds.execute(this::reconcile);
        }
    }

    /** Renews this instance's interests and the lease (or tries for it), and follows what is wanted. */
    private void round() {
        try {
            redis.renewInterests(subscribers.symbols());
            if (redis.claimOrExtendLease()) {
                if (!leading) {
                    LOG.info("This instance now relays the cluster's quotes");
                }
                leading = true;
                reconcile();
            } else {
                stepDown();
            }
            if (outage) {
                outage = false;
                LOG.info("Redis is back; the quote relay goes on");
            }
        } catch (StoreUnavailable unreachable) {
            if (!outage) {
                outage = true;
                LOG.warn("Redis is unreachable; no quotes are relayed until it is back");
            }
            stepDown();
        } catch (RuntimeException bug) {
            LOG.error("The quote relay's round failed", bug);
        }
    }

    private void reconcile() {
        if (!leading) {
            return;
        }
        try {
            upstream.followOnly(() -> {
                Set<Symbol> wanted = new HashSet<>(redis.liveInterests());
                wanted.addAll(subscribers.symbols());
                return wanted;
            });
        } catch (StoreUnavailable notNow) {
            // the next round tries again
        }
    }

    /** Called with each update of the local stream while this instance leads. */
    private void relay(Quote quote) {
        try {
            long seen = subscribers.last(quote.symbol()).map(StreamQuote::seq).orElse(0L);
            if (!redis.relay(quote, seen)) {
                rounds.execute(this::stepDown);
            }
        } catch (StoreUnavailable unreachable) {
            // not relayed: the round notices the outage and steps down
        }
    }

    private void received(String text) {
        QuoteCodec.decodeUpdate(text).ifPresentOrElse(subscribers::received,
                () -> QuoteCodec.decodeInterest(text).ifPresent(symbol -> {
                    if (leading) {
                        rounds.execute(() -> upstream.follow(symbol));
                    }
                }));
    }

    private void stepDown() {
        if (leading) {
            LOG.info("This instance no longer relays the cluster's quotes");
        }
        leading = false;
        upstream.stopAll();
    }

    /** For tests: the instance dies without a word; its lease and interests lapse by themselves. */
    void abandon() {
        rounds.shutdownNow();
        leading = false;
        upstream.stopAll();
        channel.close();
        subscribers.close();
    }

    /** Gives up the lease (another instance takes over at its next round) and this instance's interests. */
    @Override
    public void close() {
        boolean wasLeading = leading;
        Set<Symbol> wanted = subscribers.symbols();
        abandon();
        try {
            if (wasLeading) {
                redis.releaseLease();
            }
            wanted.forEach(redis::withdrawInterest);
        } catch (StoreUnavailable unreachable) {
            // the lease and the interests lapse by themselves
        }
    }
}
