package dev.portico.adapters.redis.events;

import dev.portico.adapters.redis.connection.ChannelSubscription;
import dev.portico.adapters.redis.connection.RedisConnections;
import dev.portico.application.cluster.port.ClusterEvent;
import dev.portico.application.cluster.port.ClusterEvents;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events of a cluster on one Redis pub/sub channel, {@code portico:events} by default, as one line
 * of text each ({@link EventCodec}). Each instance, this one included, receives what any publishes;
 * listeners are called on one thread of this instance, in order. After the subscription was lost
 * (Redis restarted, say) and is back, every listener is told it may have missed events. Publishing
 * while Redis cannot be reached fails at once with {@code StoreUnavailable}.
 */
public final class RedisClusterEvents implements ClusterEvents, AutoCloseable {

    public static final String CHANNEL = "portico:events";
    private static final Logger LOG = LoggerFactory.getLogger(RedisClusterEvents.class);

    private final RedisConnections connections;
    private final String channel;
    private final Dispatcher dispatcher = new Dispatcher();
    private final ChannelSubscription subscription;

    /** On {@link #CHANNEL}. */
    public RedisClusterEvents(RedisConnections connections) {
        this(connections, CHANNEL);
    }

    /** On {@code channel}; every instance of one cluster must name the same. */
    public RedisClusterEvents(RedisConnections connections, String channel) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.subscription = new ChannelSubscription(connections, channel, this::received, dispatcher::mayHaveMissedEvents);
        subscription.start();
    }

    @Override
    public void publish(ClusterEvent event) {
        String text = EventCodec.encode(Objects.requireNonNull(event, "event"));
        connections.call("publishing a cluster event", redis -> redis.publish(channel, text));
    }

    @Override
    public void subscribe(Listener listener) {
        dispatcher.add(Objects.requireNonNull(listener, "listener"));
    }

    private void received(String text) {
        EventCodec.decode(text).ifPresentOrElse(dispatcher::deliver, () -> {
            LOG.warn("Ignored a cluster event this version cannot read ({} characters)", text.length());
            dispatcher.mayHaveMissedEvents();
        });
    }

    @Override
    public void close() {
        subscription.close();
        dispatcher.close();
    }
}
