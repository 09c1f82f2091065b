package dev.portico.bootstrap.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.adapters.persistence.sqlite.SqliteTestDatabase;
import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.support.HeldRequestResource;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.Links;
import dev.portico.bootstrap.support.TestApplication;
import dev.portico.bootstrap.support.TestApps;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * A stop while a request is in flight: new requests are refused at once, the one in flight finishes
 * with its answer, and only then are the queued visits written and the database let go.
 */
class GracefulStopTest {

    private static final int REDIRECTS = 20;

    @Test
    void aStop_refusesNewRequests_finishesTheOneInFlight_andWritesEveryAnsweredVisit() throws Exception {
        Path database = TestApps.temporaryDatabase();
        DropwizardTestSupport<PorticoConfiguration> app = new DropwizardTestSupport<>(TestApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"),
                ConfigOverride.config("database.path", database.toString()),
                ConfigOverride.config("visits.flushInterval", "1h"),
                ConfigOverride.config("server.shutdownGracePeriod", "20s"));
        app.before();
        int port = app.getLocalPort();
        Http http = new Http(port);
        String code = Links.newUser(http).code("https://example.com/drained");
        for (int i = 0; i < REDIRECTS; i++) {
            assertThat(http.get("/s/" + code).status()).isEqualTo(302);
        }
        HeldRequestResource.arm();
        CompletableFuture<HttpResponse<String>> held = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/test-probe/held"))
                        .timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(HeldRequestResource.awaitEntered()).as("the held request reached the server").isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::after);
        awaitRefusal(port, "/api/v1/pulse");
        awaitRefusal(port, "/s/" + code);
        assertThat(held).as("still in flight while new requests are refused").isNotDone();
        assertThat(stopping).as("the stop waits for it").isNotDone();

        HeldRequestResource.release();
        HttpResponse<String> answer = held.get(10, TimeUnit.SECONDS);
        stopping.get(30, TimeUnit.SECONDS);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"finished\":\"released\"}");
        Jdbi jdbi = SqliteTestDatabase.at(database).reader();
        long stored = jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM visits").mapTo(Long.class).one());
        assertThat(stored).isEqualTo(REDIRECTS);
    }

    /** A fresh connection is refused, or an answer is 503: either way, no new work is taken on. */
    private static void awaitRefusal(int port, String path) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                int status = new Http(port).get(path).status();
                if (status == 503) {
                    return;
                }
            } catch (UncheckedIOException refused) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(path + " was still served during the stop");
    }
}
