package dev.portico.adapters.redis.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.adapters.redis.connection.RedisConnections;
import dev.portico.adapters.redis.testing.RedisTestServer;
import dev.portico.application.cluster.port.JobClaimsContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RedisTestServer.Extension.class)
class RedisJobClaimsTest extends JobClaimsContract<RedisJobClaims> {

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
    protected RedisJobClaims newJobClaims() {
        RedisTestServer.shared().flushAll();
        return new RedisJobClaims(connections, "instance-a");
    }

    @Test
    void aJobClaimedByOneInstance_isRefusedToAnother_andTheKeyNamesTheHolder() {
        RedisTestServer.shared().flushAll();
        try (RedisConnections otherConnections = new RedisConnections(RedisTestServer.shared().settings())) {
            RedisJobClaims here = new RedisJobClaims(connections, "instance-a");
            RedisJobClaims there = new RedisJobClaims(otherConnections, "instance-b");

            assertThat(there.claim("daily-snapshots", Duration.ofMinutes(5))).isTrue();
            assertThat(here.claim("daily-snapshots", Duration.ofMinutes(5))).isFalse();

            assertThat(RedisTestServer.shared().value("portico:job:daily-snapshots")).isEqualTo("instance-b");
            long millisToLive = Long.parseLong(RedisTestServer.shared().send("PTTL portico:job:daily-snapshots").substring(1));
            assertThat(millisToLive).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5).toMillis());
        }
    }
}
