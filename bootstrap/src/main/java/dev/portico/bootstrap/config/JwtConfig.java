package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portico.application.auth.TokenSettings;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code jwt:} token issuer, audience, lifetimes and the refresh cookie. The key itself comes from JWT_SECRET. */
public class JwtConfig {

    @NotBlank
    @JsonProperty
    private String issuer = "portico";

    @NotBlank
    @JsonProperty
    private String audience = "portico-api";

    @NotNull
    @MinDuration(1)
    @JsonProperty
    private Duration accessTtl = Duration.minutes(15);

    @NotNull
    @MinDuration(1)
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

    @ValidationMethod(message = "jwt.familyTtl must not be shorter than jwt.refreshTtl")
    @JsonIgnore
    public boolean isFamilyAtLeastOneRefresh() {
        return familyTtl == null || refreshTtl == null
                || familyTtl.toJavaDuration().compareTo(refreshTtl.toJavaDuration()) >= 0;
    }

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
