package dev.portico.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.TestApps;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With {@code logging.format: json} both logs are one JSON object a line, each request's carrying its id. */
@ExtendWith(DropwizardExtensionsSupport.class)
class JsonLoggingIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path LOGS = TestApps.temporaryDatabase().getParent();
    private static final Path APP_LOG = LOGS.resolve("app.log");
    private static final Path REQUEST_LOG = LOGS.resolve("requests.log");

    private static final DropwizardAppExtension<PorticoConfiguration> APP = TestApps.withConfig(
            "json-logging-config.yml",
            ConfigOverride.config("logging.appenders[0].currentLogFilename", APP_LOG.toString()),
            ConfigOverride.config("server.requestLog.appenders[0].currentLogFilename", REQUEST_LOG.toString()));

    @Test
    void anErrorDuringARequest_isLoggedAsJsonWithTheRequestIdAndTheStackTrace() {
        Http http = new Http(APP.getLocalPort());
        Http.Reply reply = http.send(http.request("/api/v1/test-probe/boom?note=hunter2-in-the-query").header("X-Request-Id", "json-boom-1").GET());
        assertThat(reply.status()).isEqualTo(500);

        JsonNode line = awaitLine(APP_LOG, json -> "json-boom-1".equals(json.path("request_id").asText()));

        assertThat(line.path("level").asText()).isEqualTo("ERROR");
        assertThat(line.path("message").asText()).contains("json-boom-1");
        assertThat(line.path("exception").asText()).contains("IllegalStateException");
        assertThat(line.path("timestamp").asText()).endsWith("Z");
        assertThat(line.toString()).doesNotContain("hunter2");
    }

    @Test
    void theRequestLog_isJsonWithTheRequestId_andNeitherTheQueryNorTheCredentials() {
        Http http = new Http(APP.getLocalPort());
        Http.Reply reply = http.send(http.request("/api/v1/pulse?password=hunter2-in-the-query")
                .header("X-Request-Id", "json-pulse-1")
                .header("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.secret-token-body.signature")
                .GET());
        assertThat(reply.status()).isEqualTo(200);

        JsonNode line = awaitLine(REQUEST_LOG, json -> "json-pulse-1".equals(json.path("request_id").asText()));

        assertThat(line.path("method").asText()).isEqualTo("GET");
        assertThat(line.path("uri").asText()).isEqualTo("/api/v1/pulse");
        assertThat(line.path("status").asInt()).isEqualTo(200);
        assertThat(line.toString()).doesNotContain("hunter2", "secret-token-body", "Bearer");
    }

    @Test
    void aRedirect_isInTheRequestLogWithItsRequestId() {
        Http http = new Http(APP.getLocalPort());
        assertThat(http.send(http.request("/s/no-such-code").header("X-Request-Id", "json-redirect-1").GET()).status())
                .isEqualTo(404);

        JsonNode line = awaitLine(REQUEST_LOG, json -> "json-redirect-1".equals(json.path("request_id").asText()));

        assertThat(line.path("uri").asText()).isEqualTo("/s/no-such-code");
        assertThat(line.path("status").asInt()).isEqualTo(404);
    }

    @Test
    void everyLineOfBothLogs_isOneJsonObject() {
        new Http(APP.getLocalPort()).get("/api/v1/pulse");
        awaitLine(REQUEST_LOG, json -> "/api/v1/pulse".equals(json.path("uri").asText()));

        assertThat(lines(APP_LOG)).isNotEmpty().allSatisfy(JsonLoggingIntegrationTest::parse);
        assertThat(lines(REQUEST_LOG)).isNotEmpty().allSatisfy(JsonLoggingIntegrationTest::parse);
    }

    /** Both logs are written by a background appender, a moment after the request. */
    private static JsonNode awaitLine(Path log, Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Optional<JsonNode> found = lines(log).stream().map(JsonLoggingIntegrationTest::parse).filter(wanted)
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No such line in " + log + ":\n" + String.join("\n", lines(log)));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<String> lines(Path log) {
        try {
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode json = JSON.readTree(line);
            assertThat(json.isObject()).as("a JSON object: %s", line).isTrue();
            return json;
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + line, e);
        }
    }
}
