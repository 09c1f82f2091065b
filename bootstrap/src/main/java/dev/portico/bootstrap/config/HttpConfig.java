package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;

/** {@code http:} transport-level habits of the API: body limit, HTTPS awareness. */
public class HttpConfig {

    @NotNull
    @JsonProperty
    private DataSize maxBodySize = DataSize.kibibytes(16);

    @JsonProperty
    private boolean behindHttps = false;

    @NotNull
    @JsonProperty
    private Duration hstsMaxAge = Duration.days(365);

    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    public boolean isBehindHttps() {
        return behindHttps;
    }

    public Duration getHstsMaxAge() {
        return hstsMaxAge;
    }
}
