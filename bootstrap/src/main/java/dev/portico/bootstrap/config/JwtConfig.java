package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portico.application.auth.TokenSettings;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** {@code jwt:} token issuer, audience, lifetimes and the refresh cookie. The key itself comes from JWT_SECRET. */
public class JwtConfig {

    @NotEmpty
    @JsonProperty
    private String issuer = "portico";

    @NotEmpty
    @JsonProperty
    private String audience = "portico-api";

    @NotNull
    @JsonProperty
    private Duration accessTtl = Duration.minutes(15);

    @NotNull
    @JsonProperty
    private Duration refreshTtl = Duration.days(7);

    @NotNull
    @JsonProperty
    private Duration familyTtl = Duration.days(30);

    @NotNull
    @JsonProperty
    private Duration clockSkew = Duration.seconds(30);

    /** Only plain-HTTP development should turn this off. */
    @JsonProperty
    private boolean secureCookie = true;

    public String getIssuer() {
        return issuer;
    }

    public String getAudience() {
        return audience;
    }

    public java.time.Duration getClockSkew() {
        return clockSkew.toJavaDuration();
    }

    public boolean isSecureCookie() {
        return secureCookie;
    }

    public TokenSettings tokenSettings() {
        return new TokenSettings(accessTtl.toJavaDuration(), refreshTtl.toJavaDuration(), familyTtl.toJavaDuration(),
                clockSkew.toJavaDuration());
    }
}
