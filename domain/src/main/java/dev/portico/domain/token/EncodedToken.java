package dev.portico.domain.token;

import java.time.Instant;
import java.util.Objects;

/** A signed token as the client receives it; the value is a bearer secret and is never printed. */
public record EncodedToken(String value, Instant expiresAt) {

    public EncodedToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "EncodedToken[redacted, expiresAt=" + expiresAt + "]";
    }
}
