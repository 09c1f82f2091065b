package dev.portico.adapters.redis.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.adapters.redis.connection.RedisConnections;
import dev.portico.adapters.redis.testing.RedisTestServer;
import dev.portico.application.cluster.port.ClusterEvent;
import dev.portico.application.cluster.port.ClusterEvent.LinkDeleted;
import dev.portico.application.cluster.port.ClusterEvent.TokensRefused;
import dev.portico.application.cluster.port.ClusterEventsContract;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RedisTestServer.Extension.class)
class RedisClusterEventsTest extends ClusterEventsContract<RedisClusterEvents> {

    private static RedisConnections connections;
    private String channel;

    @BeforeAll
    static void connect() {
        connections = new RedisConnections(RedisTestServer.shared().settings());
    }

    @AfterAll
    static void disconnect() {
        connections.close();
    }

    @Override
    protected RedisClusterEvents newClusterEvents() {
        channel = "portico:events:test-" + UUID.randomUUID();
        return new RedisClusterEvents(connections, channel);
    }

    @Override
    protected void close(RedisClusterEvents closing) {
        closing.close();
    }

    @Test
    void anEventPublishedOnOneInstance_reachesTheListenersOfEveryInstance() throws InterruptedException {
        try (RedisConnections otherConnections = new RedisConnections(RedisTestServer.shared().settings());
                RedisClusterEvents otherInstance = new RedisClusterEvents(otherConnections, channel)) {
            Recorder here = new Recorder();
            Recorder there = new Recorder();
            events.subscribe(here);
            otherInstance.subscribe(there);
            ClusterEvent refused = new TokensRefused(new UserId(7), Instant.parse("2025-06-01T00:00:00Z"));

            events.publish(refused);

            assertThat(there.next(1)).containsExactly(refused);
            assertThat(here.next(1)).containsExactly(refused);
            assertThat(there.missedNotices()).isZero();
        }
    }

    @Test
    void aMessageThisVersionCannotRead_tellsTheListenersTheyMayHaveMissedAnEvent() throws InterruptedException {
        Recorder listener = new Recorder();
        events.subscribe(listener);

        RedisTestServer.shared().send("PUBLISH " + channel + " v2-something-new");
        ClusterEvent after = new LinkDeleted(new LinkId(11));
        events.publish(after);

        assertThat(listener.next(1)).containsExactly(after);
        assertThat(listener.missedNotices()).isEqualTo(1);
    }

    @Test
    void theDefaultChannel_isPorticoEvents() {
        assertThat(RedisClusterEvents.CHANNEL).isEqualTo("portico:events");
    }
}
