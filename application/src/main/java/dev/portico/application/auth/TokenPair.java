package dev.portico.application.auth;

import dev.portico.domain.token.EncodedToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** What login and refresh hand out: a short-lived access token and the next refresh token. */
public record TokenPair(EncodedToken accessToken, EncodedToken refreshToken, Instant issuedAt) {

    public TokenPair {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    public long accessExpiresInSeconds() {
        return Duration.between(issuedAt, accessToken.expiresAt()).toSeconds();
    }

    public long refreshExpiresInSeconds() {
        return Duration.between(issuedAt, refreshToken.expiresAt()).toSeconds();
    }
}
