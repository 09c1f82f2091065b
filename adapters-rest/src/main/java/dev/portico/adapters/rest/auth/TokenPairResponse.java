package dev.portico.adapters.rest.auth;

import dev.portico.application.auth.TokenPair;
import io.swagger.v3.oas.annotations.media.Schema;

/** The token pair of login and refresh. */
@Schema(name = "TokenPair", description = "A short-lived access token and the next refresh token.")
public record TokenPairResponse(
        @Schema(description = "JWT (HS256, typ at+jwt) for the Authorization: Bearer header.",
                example = "eyJhbGciOiJIUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJl") String accessToken,
        @Schema(description = "Always Bearer.", example = "Bearer") String tokenType,
        @Schema(description = "Seconds until the access token expires.", example = "900") long expiresIn,
        @Schema(description = "JWT (typ rt+jwt), single use: each refresh returns a new one.",
                example = "eyJhbGciOiJIUzI1NiIsInR5cCI6InJ0K2p3dCJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJl") String refreshToken,
        @Schema(description = "Seconds until the refresh token expires; never beyond the login's 30-day limit.",
                example = "604800") long refreshExpiresIn) {

    static TokenPairResponse from(TokenPair pair) {
        return new TokenPairResponse(pair.accessToken().value(), "Bearer", pair.accessExpiresInSeconds(),
                pair.refreshToken().value(), pair.refreshExpiresInSeconds());
    }

    @Override
    public String toString() {
        return "TokenPairResponse[redacted, expiresIn=" + expiresIn + "]";
    }
}
