package dev.portico.bootstrap.outage;

import static dev.portico.bootstrap.outage.ClusteredApp.CLIENT_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.bootstrap.support.Accounts;
import dev.portico.bootstrap.support.Http;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Redis not running when an instance starts does not stop the start: the client connects lazily, the
 * instance serves degraded, and it shares state once Redis comes up.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisDownAtStartIntegrationTest {

    private static final Duration RECOVERY = Duration.ofSeconds(20);

    private static ClusteredApp cluster;

    /** Started by the first test, so that without the servers each test reports its skip. */
    @BeforeEach
    void startedWithRedisDown() throws Exception {
        if (cluster == null) {
            cluster = ClusteredApp.start(false);
        }
    }

    @AfterAll
    static void stopEverything() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void givenRedisDownAtStart_theInstanceStartsAndServesDegraded() {
        Http.Reply pulse = cluster.pulse();
        assertThat(pulse.status()).as(pulse.body()).isEqualTo(200);
        assertThat(pulse.json().path("status").asText()).isEqualTo("degraded");
        assertThat(pulse.json().path("checks").path("redis").asText()).isEqualTo("down");

        String name = Accounts.uniqueName("dave");
        new Accounts(cluster.http()).register(name);
        assertThat(login(name).status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void givenRedisComingUpLater_thePulseTurnsOk() {
        cluster.redis().start();

        JsonNode pulse = ClusteredApp.poll(() -> cluster.pulse().json(),
                body -> body.path("status").asText().equals("ok"), RECOVERY, "pulse ok");
        assertThat(pulse.path("checks").path("redis").asText()).isEqualTo("ok");
    }

    private static Http.Reply login(String username) {
        Http http = cluster.http();
        return http.send(http.request("/api/v1/auth/login").timeout(CLIENT_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Accounts.credentials(username, Accounts.PASSWORD))));
    }
}
