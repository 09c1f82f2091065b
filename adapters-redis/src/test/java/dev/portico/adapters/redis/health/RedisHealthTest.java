package dev.portico.adapters.redis.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.adapters.redis.connection.RedisConnections;
import dev.portico.adapters.redis.testing.RedisTestServer;
import dev.portico.application.pulse.port.StorageHealthContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RedisTestServer.Extension.class)
class RedisHealthTest extends StorageHealthContract<RedisHealth> {

    private static RedisConnections connections;

    @BeforeAll
    static void connect() {
        connections = new RedisConnections(RedisTestServer.shared().settings());
    }

    @AfterAll
    static void disconnect() {
        connections.close();
    }

    @Override
    protected RedisHealth newStorageHealth() {
        return new RedisHealth(connections);
    }

    @Test
    void givenRedisStopped_isReachable_returnsFalse_andTrueOnceItIsBack() throws InterruptedException {
        RedisHealth health = newStorageHealth();
        RedisTestServer server = RedisTestServer.shared();
        try {
            server.stop();
            assertThat(health.isReachable()).isFalse();
        } finally {
            server.start();
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!health.isReachable() && System.nanoTime() - deadline < 0) {
            Thread.sleep(50);
        }
        assertThat(health.isReachable()).isTrue();
    }
}
