package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code deprecation:} when v1 was deprecated and when it goes away (Sunset never before Deprecation). */
public class DeprecationConfig {

    @Valid
    @NotNull
    @JsonProperty
    private Window v1 = new Window();

    public Window getV1() {
        return v1;
    }

    @ValidationMethod(message = "deprecation.v1.sunsetAt must not be earlier than deprecation.v1.deprecatedAt")
    @JsonIgnore
    public boolean isV1SunsetNotBeforeItsDeprecation() {
        return v1 == null || v1.deprecatedAt == null || v1.sunsetAt == null || !v1.sunsetAt.isBefore(v1.deprecatedAt);
    }

    public static class Window {

        @NotNull
        @JsonProperty
        private Instant deprecatedAt = Instant.parse("2026-06-01T00:00:00Z");

        @NotNull
        @JsonProperty
        private Instant sunsetAt = Instant.parse("2027-06-01T00:00:00Z");

        public Instant getDeprecatedAt() {
            return deprecatedAt;
        }

        public Instant getSunsetAt() {
            return sunsetAt;
        }
    }
}
