package dev.portico.adapters.redis.connection;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.resource.DefaultClientResources;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The one Lettuce client of an instance and its shared connections: one for text commands, one with
 * binary values for Bucket4j, and pub/sub connections on request. Commands time out after the command
 * timeout; while Redis is unreachable they are rejected at once instead of queueing, and the connection
 * comes back by itself (retried every 100 ms to 1 s). Every Redis failure reaching a caller of
 * {@link #call} is a {@code StoreUnavailable}. Redis need not be up when this is built.
 */
public final class RedisConnections implements AutoCloseable {

    private static final Duration SHUTDOWN_QUIET = Duration.ZERO;
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(2);

    private final Duration commandTimeout;
    private final ClientResources resources;
    private final RedisClient client;
    private final LazyConnection<StatefulRedisConnection<String, String>> text;
    private final LazyConnection<StatefulRedisConnection<String, byte[]>> binary;

    public RedisConnections(RedisSettings settings) {
        RedisURI uri = uri(settings);
        this.commandTimeout = settings.commandTimeout();
        this.resources = DefaultClientResources.builder()
                .ioThreadPoolSize(2)
                .computationThreadPoolSize(2)
                .reconnectDelay(Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()))
                .socketOptions(SocketOptions.builder().connectTimeout(settings.connectTimeout()).keepAlive(true).build())
                .build());
        this.text = new LazyConnection<>("command", client::connect);
        this.binary = new LazyConnection<>("rate limit",
                () -> client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE)));
        text.tryEarly();
        binary.tryEarly();
    }

    private static RedisURI uri(RedisSettings settings) {
        RedisURI uri;
        try {
            uri = RedisURI.create(settings.url());
        } catch (RuntimeException malformed) {
            // The message would quote the URL, password and all.
            throw new IllegalArgumentException("redis.url is not a valid Redis URL: " + settings.redactedUrl());
        }
        if (settings.password() != null && !settings.password().isEmpty()) {
            uri.setAuthentication(settings.password().toCharArray());
        }
        uri.setTimeout(settings.commandTimeout());
        return uri;
    }

    /**
     * Runs {@code command} on the shared text connection; a Redis failure becomes a
     * {@code StoreUnavailable}, and {@code doing} (what was being done) goes to the log with it.
     */
    public <T> T call(String doing, Function<RedisCommands<String, String>, T> command) {
        try {
            return command.apply(text.get().sync());
        } catch (RedisException failure) {
            throw RedisFailures.unavailable(doing, failure);
        }
    }

    /** The shared connection with binary values; throws {@code StoreUnavailable} when there is none. */
    public StatefulRedisConnection<String, byte[]> binary() {
        return binary.get();
    }

    /** A new pub/sub connection, the caller's to close; throws {@code StoreUnavailable} when Redis is away. */
    public StatefulRedisPubSubConnection<String, String> newPubSubConnection() {
        try {
            return client.connectPubSub();
        } catch (RedisException failure) {
            throw RedisFailures.unavailable("opening a pub/sub connection", failure);
        }
    }

    public Duration commandTimeout() {
        return commandTimeout;
    }

    /** Told when any connection of the client connects or disconnects. */
    public void addConnectionListener(RedisConnectionStateListener listener) {
        client.addListener(listener);
    }

    /** True when Redis answers a PING within the command timeout. */
    public boolean ping() {
        try {
            return "PONG".equals(call("checking health", RedisCommands::ping));
        } catch (RuntimeException unavailable) {
            return false;
        }
    }

    @Override
    public void close() {
        text.close();
        binary.close();
        client.shutdown(SHUTDOWN_QUIET, SHUTDOWN_TIMEOUT);
        resources.shutdown(0, SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
