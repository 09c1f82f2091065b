package dev.portico.adapters.redis.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.adapters.redis.testing.RedisTestServer;
import dev.portico.domain.error.StoreUnavailable;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RedisTestServer.Extension.class)
class RedisConnectionsTest {

    private final RedisTestServer server = RedisTestServer.shared();

    @Test
    void aReachableRedis_answersThePing() {
        try (RedisConnections connections = new RedisConnections(server.settings())) {
            assertThat(connections.ping()).isTrue();
            String echoed = connections.call("echoing", redis -> redis.echo("hello"));
            assertThat(echoed).isEqualTo("hello");
        }
    }

    @Test
    void aMalformedUrl_isRefusedWithoutQuotingItsPassword() {
        assertThatThrownBy(() -> new RedisConnections(RedisSettings.of("redis://:s3cret@[bad")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("s3cret")
                .hasMessageContaining("redis.url");
    }

    @Test
    void aPassword_inTheUrlOrGivenApart_authenticates_andAWrongOneIsUnavailable() {
        server.send("CONFIG SET requirepass s3cret");
        try {
            try (RedisConnections inUrl = new RedisConnections(RedisSettings.of("redis://:s3cret@127.0.0.1:" + server.port()));
                    RedisConnections apart = new RedisConnections(RedisSettings.of(server.url(), "s3cret"));
                    RedisConnections wrong = new RedisConnections(RedisSettings.of(server.url(), "not-it"))) {
                assertThat(inUrl.ping()).isTrue();
                assertThat(apart.ping()).isTrue();
                assertThat(wrong.ping()).isFalse();
                assertThatThrownBy(() -> wrong.call("reading", redis -> redis.get("anything")))
                        .isInstanceOf(StoreUnavailable.class);
            }
        } finally {
            try (RedisConnections admin = new RedisConnections(RedisSettings.of(server.url(), "s3cret"))) {
                admin.call("resetting the password", redis -> redis.configSet("requirepass", ""));
            }
        }
        assertThat(server.send("PING")).isEqualTo("+PONG");
    }

    @Test
    void afterClose_callsAreUnavailable() {
        RedisConnections connections = new RedisConnections(server.settings());
        connections.close();

        assertThatThrownBy(() -> connections.call("pinging", RedisCommands::ping))
                .isInstanceOfSatisfying(StoreUnavailable.class,
                        unavailable -> assertThat(unavailable.store()).isEqualTo(StoreUnavailable.Store.SHARED_STATE));
    }
}
