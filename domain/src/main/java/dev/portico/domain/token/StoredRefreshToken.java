package dev.portico.domain.token;

import dev.portico.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One refresh token as the store keeps it: only a hash of its id, never the token itself. A token is
 * used once; presenting it again is reuse.
 */
public record StoredRefreshToken(String idHash, TokenFamilyId family, UserId userId, Instant issuedAt,
        Instant expiresAt, Instant usedAt) {

    public StoredRefreshToken {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static StoredRefreshToken unused(String idHash, TokenFamilyId family, UserId userId, Instant issuedAt,
            Instant expiresAt) {
        return new StoredRefreshToken(idHash, family, userId, issuedAt, expiresAt, null);
    }

    public Optional<Instant> used() {
        return Optional.ofNullable(usedAt);
    }
}
