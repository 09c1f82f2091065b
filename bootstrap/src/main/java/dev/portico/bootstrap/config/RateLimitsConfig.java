package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portico.adapters.rest.ratelimit.TrustedProxies;
import io.dropwizard.validation.ValidationMethod;
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
    private List<@NotNull String> trustedProxies = new ArrayList<>();

    @ValidationMethod(message = "rateLimits.trustedProxies must list IP addresses or CIDR ranges only,"
            + " such as 10.0.0.1, 10.0.0.0/8 or ::1")
    @JsonIgnore
    public boolean isEveryTrustedProxyAnAddressOrRange() {
        return trustedProxies == null || trustedProxies.contains(null) || parses(trustedProxies);
    }

    /** The trusted proxies, parsed; call only on a validated configuration. */
    @JsonIgnore
    public TrustedProxies trustedProxies() {
        return TrustedProxies.of(trustedProxies);
    }

    private static boolean parses(List<String> entries) {
        try {
            TrustedProxies.of(entries);
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

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
