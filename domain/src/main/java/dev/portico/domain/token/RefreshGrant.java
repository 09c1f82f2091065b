package dev.portico.domain.token;

import dev.portico.domain.user.Role;
import dev.portico.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** What a refresh token says: an access grant's fields plus the family it was rotated in. */
public record RefreshGrant(UserId subject, Role role, TokenId id, TokenFamilyId family, Instant issuedAt,
        Instant expiresAt) {

    public RefreshGrant {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("A token expires after it is issued");
        }
    }
}
