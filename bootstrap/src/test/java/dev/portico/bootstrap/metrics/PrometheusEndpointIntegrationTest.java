package dev.portico.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.annotation.Timed;
import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.support.Accounts;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.Links;
import dev.portico.bootstrap.support.ProbeResource;
import dev.portico.bootstrap.support.TestApps;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin port's Prometheus endpoint shows what the service did, read from the live metric registry. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PrometheusEndpointIntegrationTest {

    private static final DropwizardAppExtension<PorticoConfiguration> APP = TestApps.withSqlite();

    @Test
    void afterRedirectsAShortenAndAStream_theScrapeCountsEachOfThem() throws Exception {
        Http http = new Http(APP.getLocalPort());
        String token = new Accounts(http).newLoggedInUser().path("access_token").asText();
        String code = new Links(http, token).code("https://example.com/scraped");
        assertThat(http.get("/s/" + code).status()).isEqualTo(302);
        assertThat(http.get("/s/" + code).status()).isEqualTo(302);
        WebSocket stream = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .buildAsync(URI.create("ws://127.0.0.1:" + APP.getLocalPort() + "/api/v1/stream"),
                        new WebSocket.Listener() { })
                .get();
        try {
            PrometheusScrape scrape = scrapeUntil(s -> s.value("visits_written").orElse(0) == 2
                    && s.value("stream_connections").orElse(0) == 1);

            assertThat(scrape.value("redirect_requests_count")).hasValue(2);
            assertThat(scrape.type("redirect_requests")).isEqualTo("summary");
            assertThat(scrape.value("portico_http_ShortenResource_shorten_count")).hasValue(1);
            assertThat(scrape.value("portico_http_LoginResource_login_count")).hasValue(1);
            assertThat(scrape.value("visits_queued")).hasValue(0);
            assertThat(scrape.value("visits_dropped")).hasValue(0);
            assertThat(scrape.value("visits_failed")).hasValue(0);
            assertThat(scrape.value("quote_feed_circuit")).hasValue(0);
            assertThat(scrape.value("io_dropwizard_db_ManagedPooledDataSource_sqlite_writer_size")).hasValue(1);
            assertThat(scrape.value("io_dropwizard_db_ManagedPooledDataSource_sqlite_reader_size").orElseThrow())
                    .isBetween(1.0, 4.0);
            assertThat(scrape.value("io_dropwizard_db_ManagedPooledDataSource_sqlite_writer_active")).hasValue(0);
            assertThat(scrape.value("io_dropwizard_db_ManagedPooledDataSource_sqlite_reader_idle")).isPresent();
            assertThat(scrape.value("io_dropwizard_db_ManagedPooledDataSource_sqlite_writer_opened")).hasValue(1);
            assertThat(scrape.value("io_dropwizard_jetty_MutableServletContextHandler_requests_count").orElseThrow())
                    .isGreaterThanOrEqualTo(3);
        } finally {
            stream.abort();
        }
    }

    @Test
    void theEndpointAnswersInThePrometheusTextFormat() {
        Http.Reply reply = new Http(APP.getAdminPort()).get(PrometheusEndpoint.PATH);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(reply.body()).contains("# TYPE visits_written gauge", "# TYPE stream_connections gauge",
                "# TYPE quote_feed_circuit gauge");
    }

    @Test
    void theEndpointIsOnlyOnTheAdminPort() {
        assertThat(new Http(APP.getLocalPort()).get(PrometheusEndpoint.PATH).status()).isEqualTo(404);
    }

    @Test
    void everyResourceOfTheApi_isTimed() {
        Stream<Class<?>> resources = Stream.concat(
                        APP.getEnvironment().jersey().getResourceConfig().getClasses().stream(),
                        APP.getEnvironment().jersey().getResourceConfig().getInstances().stream().map(Object::getClass))
                .filter(type -> type.isAnnotationPresent(Path.class))
                .filter(type -> type.getPackageName().startsWith("dev.portico.adapters"));

        assertThat(resources).isNotEmpty().allSatisfy(resource ->
                assertThat(resource.isAnnotationPresent(Timed.class)).as("%s is @Timed", resource.getName()).isTrue());
        assertThat(ProbeResource.class.isAnnotationPresent(Timed.class)).isFalse();
    }

    /** Visits are written and stream connections counted a moment after the request that caused them. */
    private static PrometheusScrape scrapeUntil(Predicate<PrometheusScrape> settled) throws InterruptedException {
        Http admin = new Http(APP.getAdminPort());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        PrometheusScrape scrape = PrometheusScrape.parse(admin.get(PrometheusEndpoint.PATH).body());
        while (!settled.test(scrape) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            scrape = PrometheusScrape.parse(admin.get(PrometheusEndpoint.PATH).body());
        }
        return scrape;
    }
}
