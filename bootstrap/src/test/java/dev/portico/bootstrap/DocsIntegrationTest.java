package dev.portico.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.TestApps;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class DocsIntegrationTest {

    static final DropwizardAppExtension<PorticoConfiguration> APP =
            TestApps.withSqlite(ConfigOverride.config("publicBaseUrl", "https://sho.rt/"));

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(APP.getLocalPort());
    }

    @Test
    void openapiJson_servesTheGeneratedDocument() {
        Http.Reply reply = http.get("/openapi.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualToIgnoringCase("application/json;charset=utf-8");
        assertThat(reply.body()).isEqualTo(OpenApiDocument.generate("https://sho.rt").json());
    }

    @Test
    void openapiYaml_servesTheGeneratedDocument() {
        Http.Reply reply = http.get("/openapi.yaml");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/yaml");
        assertThat(reply.body()).isEqualTo(OpenApiDocument.generate("https://sho.rt").yaml());
    }

    @Test
    void theServedDocument_namesTheConfiguredPublicBaseUrl_withoutItsTrailingSlash_asItsServer() {
        Http.Reply reply = http.get("/openapi.json");

        assertThat(reply.json().path("servers")).hasSize(1);
        assertThat(reply.json().path("servers").path(0).path("variables").path("publicBaseUrl").path("default").asText())
                .isEqualTo("https://sho.rt");
    }

    @Test
    void docsWithoutSlash_redirectsToTheUiPage() {
        Http.Reply reply = http.get("/docs");

        assertThat(reply.status()).isEqualTo(301);
        assertThat(reply.header("Location")).endsWith("/docs/");
    }

    @Test
    void docs_servesSwaggerUiFromTheWebjarWithItsOwnPolicy() {
        Http.Reply page = http.get("/docs/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui-bundle.js", "portico-docs.js").doesNotContain("http://", "https://");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(page.header("X-Request-Id")).isNotBlank();

        Http.Reply bundle = http.get("/docs/swagger-ui-bundle.js");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.header("Content-Type")).startsWith("text/javascript");
        assertThat(http.get("/docs/portico-docs.js").body()).contains("/openapi.json");
    }

    @Test
    void docs_unknownOrTraversingFiles_areNotFoundInTheEnvelope() {
        http.get("/docs/nothing-here.js").assertError(404, "NOT_FOUND", null);
        http.get("/docs/index.yml").assertError(404, "NOT_FOUND", null);
        // Encoded slashes are allowed (v2 symbols such as BRK%2FB), but never lead out of the docs.
        http.get("/docs/..%2F..%2Fconfig.yml").assertError(404, "NOT_FOUND", null);
        http.get("/docs/..%2F..%2Fapi%2Fv1%2Fpulse").assertError(404, "NOT_FOUND", null);
    }
}
