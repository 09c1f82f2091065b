package dev.portico.adapters.redis.ratelimit;

import dev.portico.adapters.redis.connection.RedisConnections;
import io.github.bucket4j.redis.lettuce.RedisApi;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import java.util.Arrays;

/**
 * Bucket4j's view of Redis, over the shared binary connection, looked up on every command. Keys are
 * strings; Bucket4j passes them as {@code Object[]} (its key type is erased), hence the copy.
 */
final class LazyRedisApi implements RedisApi<Object> {

    private final RedisConnections connections;

    LazyRedisApi(RedisConnections connections) {
        this.connections = connections;
    }

    @Override
    public <V> RedisFuture<V> eval(String script, ScriptOutputType scriptOutputType, Object[] keys, byte[][] args) {
        return connections.binary().async().eval(script, scriptOutputType, Arrays.copyOf(keys, keys.length, String[].class), args);
    }

    @Override
    public RedisFuture<byte[]> get(Object key) {
        return connections.binary().async().get((String) key);
    }

    @Override
    public RedisFuture<?> delete(Object key) {
        return connections.binary().async().del((String) key);
    }
}
