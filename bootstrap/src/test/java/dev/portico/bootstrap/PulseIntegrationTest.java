package dev.portico.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.TestApps;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

class PulseIntegrationTest {

    @Nested
    @ExtendWith(DropwizardExtensionsSupport.class)
    class OnSqlite {

        static final DropwizardAppExtension<PorticoConfiguration> APP = TestApps.withSqlite();

        @Test
        void pulse_answersOkWithARealDatabaseCheck() {
            Http.Reply reply = new Http(APP.getLocalPort()).get("/api/v1/pulse");
            JsonNode body = reply.json();

            assertThat(reply.status()).isEqualTo(200);
            assertThat(body.path("status").asText()).isEqualTo("ok");
            assertThat(body.path("checks").path("database").asText()).isEqualTo("ok");
            assertThat(body.path("uptime_seconds").asLong()).isGreaterThanOrEqualTo(0);
            assertThat(body.path("version").asText()).isNotBlank();
        }

        @Test
        void adminHealthChecks_reportTheStoreAndBothConnectionPools() {
            Http.Reply reply = new Http(APP.getAdminPort()).get("/healthcheck");
            JsonNode body = reply.json();

            assertThat(reply.status()).isEqualTo(200);
            assertThat(body.path("storage").path("healthy").asBoolean()).isTrue();
            assertThat(body.path("sqlite-writer").path("healthy").asBoolean()).isTrue();
            assertThat(body.path("sqlite-reader").path("healthy").asBoolean()).isTrue();
        }
    }

    @Nested
    @ExtendWith(DropwizardExtensionsSupport.class)
    class InMemory {

        static final DropwizardAppExtension<PorticoConfiguration> APP =
                TestApps.withSqlite(ConfigOverride.config("database.type", "memory"));

        @Test
        void pulse_answersOkWithTheInMemoryStore() {
            Http.Reply reply = new Http(APP.getLocalPort()).get("/api/v1/pulse");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("checks").path("database").asText()).isEqualTo("ok");
        }
    }
}
