package dev.portico.adapters.rest.pulse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.adapters.rest.json.StrictJson;
import dev.portico.application.pulse.CheckPulse;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class PulseResourceTest {

    static final AtomicBoolean DATABASE_UP = new AtomicBoolean(true);
    static final AtomicBoolean REDIS_UP = new AtomicBoolean(true);
    static final ResourceExtension RESOURCE = ResourceExtension.builder()
            .setMapper(StrictJson.configure(Jackson.newObjectMapper()))
            .addResource(new PulseResource(new CheckPulse(DATABASE_UP::get, new ClosedFeed(), Clock.systemUTC(), "9.9.9")))
            .build();
    static final ResourceExtension CLUSTERED = ResourceExtension.builder()
            .setMapper(StrictJson.configure(Jackson.newObjectMapper()))
            .addResource(new PulseResource(new CheckPulse(DATABASE_UP::get, java.util.Optional.of(REDIS_UP::get),
                    new ClosedFeed(), Clock.systemUTC(), "9.9.9")))
            .build();

    @Test
    void givenOneInstance_pulse_namesNoRedisCheck() {
        DATABASE_UP.set(true);

        JsonNode body = RESOURCE.target("/api/v1/pulse").request().get().readEntity(JsonNode.class);

        assertThat(body.path("checks").has("redis")).isFalse();
    }

    @Test
    void givenAClusterWhoseRedisIsDown_pulse_answers200DegradedNamingRedis() {
        DATABASE_UP.set(true);
        REDIS_UP.set(false);

        Response response = CLUSTERED.target("/api/v1/pulse").request().get();
        JsonNode body = response.readEntity(JsonNode.class);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body.path("status").asText()).isEqualTo("degraded");
        assertThat(body.path("checks").path("redis").asText()).isEqualTo("down");
        assertThat(body.path("checks").path("database").asText()).isEqualTo("ok");
        REDIS_UP.set(true);
        assertThat(CLUSTERED.target("/api/v1/pulse").request().get().readEntity(JsonNode.class)
                .path("checks").path("redis").asText()).isEqualTo("ok");
    }

    @Test
    void givenAReachableDatabase_pulse_answers200Ok() {
        DATABASE_UP.set(true);

        Response response = RESOURCE.target("/api/v1/pulse").request().get();
        JsonNode body = response.readEntity(JsonNode.class);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body.path("status").asText()).isEqualTo("ok");
        assertThat(body.path("version").asText()).isEqualTo("9.9.9");
        assertThat(body.path("uptime_seconds").isIntegralNumber()).isTrue();
        assertThat(body.path("checks").path("database").asText()).isEqualTo("ok");
    }

    @Test
    void givenAnUnreachableDatabase_pulse_answers503Down() {
        DATABASE_UP.set(false);

        Response response = RESOURCE.target("/api/v1/pulse").request().get();
        JsonNode body = response.readEntity(JsonNode.class);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(body.path("status").asText()).isEqualTo("down");
        assertThat(body.path("checks").path("database").asText()).isEqualTo("down");
    }

    private static final class ClosedFeed implements dev.portico.application.quote.port.QuoteFeed {
        @Override
        public java.util.Optional<dev.portico.application.quote.FeedQuote> quote(dev.portico.domain.quote.Symbol symbol) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<dev.portico.domain.quote.DailySnapshot> dailySnapshot(
                dev.portico.domain.quote.Symbol symbol, java.time.LocalDate tradingDay) {
            return java.util.Optional.empty();
        }

        @Override
        public dev.portico.application.quote.FeedHealth health() {
            return new dev.portico.application.quote.FeedHealth("test",
                    dev.portico.application.quote.FeedHealth.Circuit.CLOSED, java.util.Optional.empty());
        }
    }
}
