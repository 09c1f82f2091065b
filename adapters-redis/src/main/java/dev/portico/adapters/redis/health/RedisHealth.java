package dev.portico.adapters.redis.health;

import dev.portico.adapters.redis.connection.RedisConnections;
import dev.portico.application.pulse.port.StorageHealth;
import java.util.Objects;

/** The shared state is reachable when Redis answers a PING within the command timeout. */
public final class RedisHealth implements StorageHealth {

    private final RedisConnections connections;

    public RedisHealth(RedisConnections connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public boolean isReachable() {
        return connections.ping();
    }
}
