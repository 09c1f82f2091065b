package dev.portico.bootstrap.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.adapters.persistence.sqlite.SqliteTestDatabase;
import dev.portico.bootstrap.metrics.PrometheusEndpoint;
import dev.portico.bootstrap.support.Accounts;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.Links;
import dev.portico.bootstrap.support.PorticoProcess;
import dev.portico.bootstrap.support.TestApps;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The built service in its own JVM, stopped the way an orchestrator stops it: SIGTERM. Everything
 * it had answered is kept, the request in flight finishes, streams are told 1001, and the process exits.
 */
class SigtermDrainProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REDIRECTS = 50;
    /** A login hashes its password this many times: slow enough to still be in flight when the signal lands. */
    private static final String SLOW_HASHING = "3000000";
    private static final Pattern ACTIVE_REQUESTS = Pattern.compile(
            "(?m)^io_dropwizard_jetty_MutableServletContextHandler_active_requests_total (\\S+)$");

    @Test
    void sigterm_keepsEveryAnsweredVisit_finishesTheLoginInFlight_closesStreamsWith1001_andExits() throws Exception {
        Path database = TestApps.temporaryDatabase();
        try (PorticoProcess server = PorticoProcess.start(PorticoProcess.SHIPPED_CONFIG, Map.of(
                "database.path", database.toString(),
                "visits.flushInterval", "1h",
                "passwords.iterations", SLOW_HASHING,
                "logging.format", "json"))) {
            server.awaitReady();
            Http http = new Http(server.port());
            Accounts accounts = new Accounts(http);
            String username = Accounts.uniqueName("drain");
            accounts.register(username);
            String token = accounts.login(username).path("access_token").asText();
            String code = new Links(http, token).code("https://example.com/sigterm");
            for (int i = 0; i < REDIRECTS; i++) {
                assertThat(http.get("/s/" + code).status()).isEqualTo(302);
            }
            CompletableFuture<Integer> streamClosed = new CompletableFuture<>();
            HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Bearer " + token)
                    .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/api/v1/stream"), closeCode(streamClosed))
                    .get(10, TimeUnit.SECONDS);

            CompletableFuture<HttpResponse<String>> slowLogin = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/auth/login"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(Accounts.credentials(username, Accounts.PASSWORD)))
                            .timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            awaitInFlight(server);
            server.terminate();

            HttpResponse<String> login = slowLogin.get(60, TimeUnit.SECONDS);
            int exitCode = server.awaitExit(Duration.ofSeconds(60));

            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            assertThat(JSON.readTree(login.body()).path("access_token").asText()).isNotBlank();
            assertThat(streamClosed.get(10, TimeUnit.SECONDS)).isEqualTo(1001);
            assertThat(exitCode).as("128 + SIGTERM: the JVM ran its shutdown hooks and exited").isEqualTo(143);
            assertThat(storedVisits(database)).isEqualTo(REDIRECTS);

            List<JsonNode> log = server.lines().stream().map(SigtermDrainProcessTest::json).toList();
            Instant shutdownBegan = timestamp(only(log, line -> line.path("message").asText().startsWith("Shutting down")));
            List<JsonNode> logins = log.stream().filter(line -> "/api/v1/auth/login".equals(line.path("uri").asText()))
                    .toList();
            assertThat(logins).as("the first login, then the slow one").hasSize(2);
            assertThat(timestamp(logins.get(1))).as("the slow login was answered after the shutdown began")
                    .isAfter(shutdownBegan);
            assertThat(log).anySatisfy(line -> assertThat(line.path("message").asText())
                    .isEqualTo("Wrote the last " + REDIRECTS + " queued visits"));
        }
    }

    /** The slow login has reached the application: Jetty counts it as an active request. */
    private static void awaitInFlight(PorticoProcess server) throws InterruptedException {
        Http admin = new Http(server.adminPort());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher active = ACTIVE_REQUESTS.matcher(admin.get(PrometheusEndpoint.PATH).body());
            if (active.find() && Double.parseDouble(active.group(1)) >= 1) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("The slow login never showed as in flight");
    }

    private static WebSocket.Listener closeCode(CompletableFuture<Integer> closed) {
        return new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.completeExceptionally(error);
            }
        };
    }

    private static long storedVisits(Path database) {
        return SqliteTestDatabase.at(database).reader()
                .withHandle(handle -> handle.createQuery("SELECT count(*) FROM visits").mapTo(Long.class).one());
    }

    private static JsonNode only(List<JsonNode> log, java.util.function.Predicate<JsonNode> wanted) {
        List<JsonNode> found = log.stream().filter(wanted).toList();
        assertThat(found).as("matching log lines").hasSize(1);
        return found.get(0);
    }

    private static Instant timestamp(JsonNode line) {
        return Instant.parse(line.path("timestamp").asText());
    }

    /** Every line the process wrote, startup and shutdown included, is one JSON object. */
    private static JsonNode json(String line) {
        try {
            JsonNode json = JSON.readTree(line);
            assertThat(json.isObject()).as("a JSON object: %s", line).isTrue();
            return json;
        } catch (IOException notJson) {
            throw new AssertionError("Not a JSON line: " + line, notJson);
        }
    }
}
