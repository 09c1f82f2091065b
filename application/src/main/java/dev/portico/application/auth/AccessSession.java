package dev.portico.application.auth;

import java.time.Instant;
import java.util.Objects;

/** A valid access token's caller and the moment the token stops being valid, for long-lived connections. */
public record AccessSession(Authenticated caller, Instant expiresAt) {

    public AccessSession {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
