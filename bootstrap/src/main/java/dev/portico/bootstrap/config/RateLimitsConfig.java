package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/** {@code rateLimits:} per-IP limit for login and register; per-user limits for shortening and for other authenticated calls. */
public class RateLimitsConfig {

    @Valid
    @NotNull
    @JsonProperty
    private RateLimitConfig auth = new RateLimitConfig(5, Duration.seconds(60));

    @Valid
    @NotNull
    @JsonProperty
    private RateLimitConfig shorten = new RateLimitConfig(30, Duration.seconds(60));

    @Valid
    @NotNull
    @JsonProperty
    private RateLimitConfig api = new RateLimitConfig(600, Duration.seconds(60));

    /** Peers whose X-Forwarded-For is believed: IP literals or CIDR ranges. */
    @NotNull
    @JsonProperty
    private List<String> trustedProxies = new ArrayList<>();

    public RateLimitConfig getAuth() {
        return auth;
    }

    public RateLimitConfig getShorten() {
        return shorten;
    }

    public RateLimitConfig getApi() {
        return api;
    }

    public List<String> getTrustedProxies() {
        return trustedProxies;
    }
}
