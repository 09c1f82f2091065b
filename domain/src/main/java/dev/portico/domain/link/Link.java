package dev.portico.domain.link;

import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A short link. {@code expiresIn} is the lifetime the client asked for and {@code expiresAt} the
 * instant it ends (both absent for a link that never expires); {@code visits} is the count stored so
 * far; {@code version} grows with every change and makes the ETag.
 */
public record Link(LinkId id, ShortCode code, UserId owner, TargetUrl target, Instant createdAt, Duration expiresIn,
        Instant expiresAt, Long maxVisits, RedirectStatus redirectStatus, long visits, long version) {

    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(redirectStatus, "redirectStatus");
        if ((expiresIn == null) != (expiresAt == null)) {
            throw new IllegalArgumentException("expiresIn and expiresAt are both set or both absent");
        }
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Long> visitLimit() {
        return Optional.ofNullable(maxVisits);
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public boolean isOwnedBy(UserId user) {
        return owner.equals(user);
    }

    public Link withVisits(long count) {
        return new Link(id, code, owner, target, createdAt, expiresIn, expiresAt, maxVisits, redirectStatus, count,
                version);
    }
}
