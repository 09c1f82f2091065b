package dev.portico.adapters.rest.auth;

import io.swagger.v3.oas.annotations.media.Schema;

/** Body of refresh and logout; the token may come from the {@code refresh_token} cookie instead. */
@Schema(name = "RefreshTokenBody", description = "A refresh token. May be omitted when the refresh_token cookie is sent.")
public record RefreshRequest(
        @Schema(description = "The refresh token from login or the last refresh.",
                example = "eyJhbGciOiJIUzI1NiIsInR5cCI6InJ0K2p3dCJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJl") String refreshToken) {

    @Override
    public String toString() {
        return "RefreshRequest[redacted]";
    }
}
