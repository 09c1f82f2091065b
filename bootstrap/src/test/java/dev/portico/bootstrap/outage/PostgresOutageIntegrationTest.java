package dev.portico.bootstrap.outage;

import static dev.portico.bootstrap.outage.ClusteredApp.CLIENT_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

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
 * A cluster instance whose PostgreSQL stops, as one outage in order: while it lasts, what needs the
 * database answers 503 {@code UPSTREAM_UNAVAILABLE} at once, the pulse says {@code down} and a link
 * followed before keeps redirecting, its visits held; once PostgreSQL is back those visits are written.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresOutageIntegrationTest {

    private static final Duration RECOVERY = Duration.ofSeconds(20);
    private static final String TARGET = "https://example.com/cached";
    private static final int VISITS_DURING_OUTAGE = 3;

    private static ClusteredApp cluster;
    private static Http http;
    private static String registered;
    private static String accessToken;
    private static Links owner;
    private static String followed;

    /**
     * Started by the first test, not in {@code @BeforeAll}, so that without the servers each test
     * reports its skip: a user, a token and a link followed once (so cached), then PostgreSQL stopped.
     */
    @BeforeEach
    void anOutageUnderWay() throws Exception {
        if (cluster != null) {
            return;
        }
        cluster = ClusteredApp.start(true);
        http = cluster.http();
        Accounts accounts = new Accounts(http);
        registered = Accounts.uniqueName("bob");
        accounts.register(registered);
        accessToken = accounts.login(registered).path("access_token").asText();
        owner = new Links(http, accessToken);
        followed = owner.code(TARGET);
        assertThat(redirect(followed).status()).isEqualTo(302);
        awaitVisits(1);
        cluster.postgres().stop();
    }

    @AfterAll
    static void stopEverything() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void givenPostgresStopped_shorten_answers503UpstreamUnavailableWithRetryAfter() {
        Http.Reply reply = http.send(http.request("/api/v1/shorten").timeout(CLIENT_TIMEOUT)
                .header("Authorization", "Bearer " + accessToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"https://example.com/during-outage\"}")));

        assertUpstreamUnavailable(reply);
    }

    @Test
    @Order(2)
    void givenPostgresStopped_login_answers503UpstreamUnavailableWithRetryAfter() {
        Http.Reply reply = http.send(http.request("/api/v1/auth/login").timeout(CLIENT_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Accounts.credentials(registered, Accounts.PASSWORD))));

        assertUpstreamUnavailable(reply);
    }

    @Test
    @Order(3)
    void givenPostgresStopped_pulse_answers503DownNamingTheDatabase() {
        Http.Reply reply = cluster.pulse();

        assertThat(reply.status()).as(reply.body()).isEqualTo(503);
        assertThat(reply.json().path("status").asText()).isEqualTo("down");
        assertThat(reply.json().path("checks").path("database").asText()).isEqualTo("down");
        assertThat(reply.json().path("checks").path("redis").asText()).isEqualTo("ok");
    }

    @Test
    @Order(4)
    void givenPostgresStopped_aLinkFollowedBefore_redirects302AndItsVisitsAreHeld() {
        for (int visit = 0; visit < VISITS_DURING_OUTAGE; visit++) {
            Http.Reply reply = redirect(followed);
            assertThat(reply.status()).as(reply.body()).isEqualTo(302);
            assertThat(reply.header("Location")).isEqualTo(TARGET);
        }

        // The first flush of the outage holds its batch; visits queued after it wait behind that batch,
        // so which of them count as held depends on when the flushes ran. All of them must wait.
        ClusteredApp.poll(() -> cluster.gauge("visits.held"), count -> count >= 1, RECOVERY, "a batch held");
        assertThat(cluster.gauge("visits.queued")).as("every visit of the outage waits, held or behind a held batch")
                .isGreaterThanOrEqualTo(VISITS_DURING_OUTAGE);
        assertThat(cluster.gauge("visits.dropped")).isZero();
    }

    @Test
    @Order(5)
    void givenPostgresBack_theVisitsHeldAreWrittenAndThePulseIsOk() {
        cluster.postgres().start();

        assertThat(awaitVisits(1 + VISITS_DURING_OUTAGE)).isEqualTo(1 + VISITS_DURING_OUTAGE);
        Http.Reply stats = ClusteredApp.poll(() -> owner.get("/api/v1/links/" + followed + "/stats"),
                reply -> reply.status() == 200, RECOVERY, "stats answered");
        assertThat(stats.json().path("total").asLong()).isEqualTo(1 + VISITS_DURING_OUTAGE);
        assertThat(cluster.gauge("visits.held")).isZero();
        assertThat(cluster.gauge("visits.dropped")).isZero();
        ClusteredApp.poll(() -> cluster.pulse().json().path("status").asText(), "ok"::equals, RECOVERY, "pulse ok");
    }

    private static Http.Reply redirect(String code) {
        return http.send(http.request("/s/" + code).timeout(CLIENT_TIMEOUT).GET());
    }

    /**
     * The link's visit count once it reaches {@code expected}. Right after a restart a call may still get
     * a pooled connection the restart cut (503 once per such connection), so a non-200 asks again.
     */
    private static long awaitVisits(long expected) {
        return ClusteredApp.poll(() -> {
            Http.Reply reply = owner.get("/api/v1/links/" + followed);
            return reply.status() == 200 ? reply.json().path("visits").asLong() : -1L;
        }, visits -> visits >= expected, RECOVERY, expected + " visits");
    }

    private static void assertUpstreamUnavailable(Http.Reply reply) {
        reply.assertError(503, "UPSTREAM_UNAVAILABLE", null);
        assertThat(reply.header("Retry-After")).as("Retry-After").matches("[1-9][0-9]*");
        assertThat(reply.body()).doesNotContainIgnoringCase("postgres").doesNotContainIgnoringCase("jdbc")
                .doesNotContainIgnoringCase("sql").doesNotContain("dev.portico", "org.", "com.", "Hikari");
    }
}
