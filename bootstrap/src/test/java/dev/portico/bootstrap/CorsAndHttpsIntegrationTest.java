package dev.portico.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.TestApps;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With {@code cors.allowedOrigins} set and {@code http.behindHttps: true}. */
@ExtendWith(DropwizardExtensionsSupport.class)
class CorsAndHttpsIntegrationTest {

    static final DropwizardAppExtension<PorticoConfiguration> APP = TestApps.withConfig("cors-config.yml");
    static final String ALLOWED = "https://app.example.com";

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(APP.getLocalPort());
    }

    private Http.Reply preflight(String origin) {
        return http.send(http.request("/api/v1/pulse")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void givenAnAllowedOrigin_preflight_answers204WithTheCorsHeaders() {
        Http.Reply reply = preflight(ALLOWED);

        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(reply.header("Access-Control-Allow-Methods")).contains("GET", "POST", "PATCH", "DELETE");
        assertThat(reply.header("Access-Control-Allow-Headers")).contains("Authorization", "Content-Type");
        assertThat(reply.header("Access-Control-Max-Age")).isEqualTo("600");
        assertThat(reply.header("Vary")).contains("Origin");
        assertThat(reply.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void givenAnAllowedOrigin_get_reflectsItAndExposesTheRequestId() {
        Http.Reply reply = http.send(http.request("/api/v1/pulse").header("Origin", ALLOWED));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(reply.header("Access-Control-Expose-Headers")).contains("X-Request-Id", "RateLimit", "Retry-After");
    }

    @Test
    void givenAnUnlistedOrigin_preflight_getsNoCorsHeaders() {
        Http.Reply reply = preflight("https://evil.example");

        assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
        assertThat(reply.header("Access-Control-Allow-Methods")).isNull();
    }

    @Test
    void givenAnOriginThatOnlyStartsLikeAnAllowedOne_get_getsNoCorsHeaders() {
        Http.Reply reply = http.send(http.request("/api/v1/pulse").header("Origin", ALLOWED + ".evil.example"));

        assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void givenTheNullOrigin_evenWhenConfigured_itIsNeverReflected() {
        assertThat(preflight("null").header("Access-Control-Allow-Origin")).isNull();
        assertThat(http.send(http.request("/api/v1/pulse").header("Origin", "null"))
                .header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void behindHttps_everyResponseCarriesStrictTransportSecurity() {
        assertThat(http.get("/api/v1/pulse").header("Strict-Transport-Security"))
                .isEqualTo("max-age=15552000; includeSubDomains");
        assertThat(http.get("/api/v1/nope").header("Strict-Transport-Security"))
                .isEqualTo("max-age=15552000; includeSubDomains");
    }
}
