package dev.portico.domain.token;

import dev.portico.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Every refresh token rotated from one login. It ends at {@code expiresAt} however often it is
 * rotated, and once revoked none of its tokens work again.
 */
public record RefreshFamily(TokenFamilyId id, UserId userId, Instant createdAt, Instant expiresAt, Instant revokedAt) {

    public RefreshFamily {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static RefreshFamily started(TokenFamilyId id, UserId userId, Instant createdAt, Instant expiresAt) {
        return new RefreshFamily(id, userId, createdAt, expiresAt, null);
    }

    public Optional<Instant> revoked() {
        return Optional.ofNullable(revokedAt);
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
