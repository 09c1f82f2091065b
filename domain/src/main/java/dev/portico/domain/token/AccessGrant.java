package dev.portico.domain.token;

import dev.portico.domain.user.Role;
import dev.portico.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** What an access token says: who, with which role, from when until when. */
public record AccessGrant(UserId subject, Role role, TokenId id, Instant issuedAt, Instant expiresAt) {

    public AccessGrant {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("A token expires after it is issued");
        }
    }
}
