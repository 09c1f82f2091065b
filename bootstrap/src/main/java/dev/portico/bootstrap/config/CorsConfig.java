package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** {@code cors:} the exact origins browsers may call from; empty means no CORS headers at all. */
public class CorsConfig {

    @NotNull
    @JsonProperty
    private List<@NotNull String> allowedOrigins = List.of();

    public List<String> getAllowedOrigins() {
        return allowedOrigins;
    }
}
