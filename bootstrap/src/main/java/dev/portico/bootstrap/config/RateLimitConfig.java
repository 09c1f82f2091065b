package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portico.application.ratelimit.RateLimitPolicy;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/** One limit: {@code limit} requests per {@code window}. */
public class RateLimitConfig {

    @Min(1)
    @JsonProperty
    private int limit;

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @JsonProperty
    private Duration window = Duration.seconds(60);

    public RateLimitConfig() {
    }

    public RateLimitConfig(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    public RateLimitPolicy policy(String name) {
        return new RateLimitPolicy(name, limit, window.toJavaDuration());
    }
}
