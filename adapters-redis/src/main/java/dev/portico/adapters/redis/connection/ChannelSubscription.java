package dev.portico.adapters.redis.connection;

import dev.portico.domain.error.StoreUnavailable;
import io.lettuce.core.RedisException;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pub/sub connection subscribed to one channel. Opened at once if Redis is there, else tried again
 * every second until it is. Lettuce reconnects it and subscribes again by itself; every subscription
 * after the first (a reconnect, or a late first connection) is reported through {@code onMissed}, as
 * what was published meanwhile never reached this instance.
 */
public final class ChannelSubscription implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelSubscription.class);
    private static final Duration RETRY_EVERY = Duration.ofSeconds(1);

    private final RedisConnections connections;
    private final String channel;
    private final Consumer<String> onMessage;
    private final Runnable onMissed;
    private final AtomicBoolean firstSubscription = new AtomicBoolean(true);
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread daemon = new Thread(runnable, "portico-redis-subscribe");
        daemon.setDaemon(true);
        return daemon;
    });
    private volatile StatefulRedisPubSubConnection<String, String> connection;
    private volatile boolean closed;

    /** {@code onMessage} and {@code onMissed} are called on Lettuce's I/O thread: hand the work on. */
    public ChannelSubscription(RedisConnections connections, String channel, Consumer<String> onMessage,
            Runnable onMissed) {
        this.connections = connections;
        this.channel = channel;
        this.onMessage = onMessage;
        this.onMissed = onMissed;
    }

    /** Subscribes now, or, when Redis cannot be reached, keeps trying in the background. */
    public void start() {
        if (!tryOpen()) {
            LOG.warn("Cannot subscribe to {} yet; trying again every {} s", channel, RETRY_EVERY.toSeconds());
            retryLater();
        }
    }

    private void retryLater() {
        retries.schedule(() -> {
            if (!tryOpen()) {
                retryLater();
            } else if (!closed) {
                LOG.info("Subscribed to {}", channel);
            }
        }, RETRY_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized boolean tryOpen() {
        if (closed) {
            return true;
        }
        StatefulRedisPubSubConnection<String, String> opened = null;
        try {
            opened = connections.newPubSubConnection();
            opened.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String from, String message) {
                    onMessage.accept(message);
                }

                @Override
                public void subscribed(String to, long count) {
                    if (!firstSubscription.getAndSet(false)) {
                        onMissed.run();
                    }
                }
            });
            opened.sync().subscribe(channel);
            connection = opened;
            return true;
        } catch (RedisException | StoreUnavailable notNow) {
            if (opened != null) {
                opened.close();
            }
            // The first subscription, when it comes, comes late: events may have gone by.
            firstSubscription.set(false);
            return false;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        retries.shutdownNow();
        StatefulRedisPubSubConnection<String, String> open = connection;
        connection = null;
        if (open != null) {
            open.close();
        }
    }
}
