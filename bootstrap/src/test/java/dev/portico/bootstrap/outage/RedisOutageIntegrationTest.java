package dev.portico.bootstrap.outage;

import static dev.portico.bootstrap.outage.ClusteredApp.CLIENT_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.bootstrap.support.Accounts;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.Links;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A cluster instance whose Redis stops, as one outage in order: the pulse says {@code degraded},
 * naming Redis, while login, shorten and redirects go on (limits counted in this process); once
 * Redis is back the pulse says {@code ok} again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisOutageIntegrationTest {

    private static final Duration RECOVERY = Duration.ofSeconds(20);

    private static ClusteredApp cluster;
    private static Http http;
    private static String registered;

    /** Started by the first test, so that without the servers each test reports its skip; then Redis stopped. */
    @BeforeEach
    void anOutageUnderWay() throws Exception {
        if (cluster != null) {
            return;
        }
        cluster = ClusteredApp.start(true);
        http = cluster.http();
        registered = Accounts.uniqueName("carol");
        new Accounts(http).register(registered);
        assertThat(cluster.pulse().json().path("checks").path("redis").asText()).isEqualTo("ok");
        cluster.redis().stop();
    }

    @AfterAll
    static void stopEverything() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void givenRedisStopped_pulse_answers200DegradedNamingRedis() {
        Http.Reply reply = cluster.pulse();

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("degraded");
        assertThat(reply.json().path("checks").path("redis").asText()).isEqualTo("down");
        assertThat(reply.json().path("checks").path("database").asText()).isEqualTo("ok");
    }

    @Test
    @Order(2)
    void givenRedisStopped_loginShortenAndRedirect_stillWork() {
        JsonNode tokens = login(registered);
        Links links = new Links(http, tokens.path("access_token").asText());

        Http.Reply created = links.shorten("{\"url\":\"https://example.com/without-redis\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Http.Reply redirect = http.send(http.request("/s/" + created.json().path("code").asText())
                .timeout(CLIENT_TIMEOUT).GET());

        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        assertThat(redirect.header("Location")).isEqualTo("https://example.com/without-redis");
    }

    @Test
    @Order(3)
    void givenRedisBack_thePulseReturnsToOk() {
        cluster.redis().start();

        JsonNode pulse = ClusteredApp.poll(() -> cluster.pulse().json(),
                body -> body.path("status").asText().equals("ok"), RECOVERY, "pulse ok");
        assertThat(pulse.path("checks").path("redis").asText()).isEqualTo("ok");
        assertThat(login(registered).path("access_token").asText()).isNotBlank();
    }

    private static JsonNode login(String username) {
        Http.Reply reply = http.send(http.request("/api/v1/auth/login").timeout(CLIENT_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Accounts.credentials(username, Accounts.PASSWORD))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
