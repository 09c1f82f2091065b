package dev.portico.application.auth;

import java.time.Duration;
import java.util.Objects;

/** Lifetimes of tokens: access, refresh, a refresh family's absolute limit, and the clock skew allowed. */
public record TokenSettings(Duration accessTtl, Duration refreshTtl, Duration familyTtl, Duration clockSkew) {

    public TokenSettings {
        Objects.requireNonNull(accessTtl, "accessTtl");
        Objects.requireNonNull(refreshTtl, "refreshTtl");
        Objects.requireNonNull(familyTtl, "familyTtl");
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (accessTtl.toSeconds() < 1 || refreshTtl.toSeconds() < 1) {
            throw new IllegalArgumentException("Token lifetimes are at least one second");
        }
        if (familyTtl.compareTo(refreshTtl) < 0) {
            throw new IllegalArgumentException("A refresh family lives at least as long as one refresh token");
        }
    }

    /** The contract's defaults: 15 min, 7 days, 30 days, 30 s. */
    public static TokenSettings defaults() {
        return new TokenSettings(Duration.ofMinutes(15), Duration.ofDays(7), Duration.ofDays(30), Duration.ofSeconds(30));
    }
}
