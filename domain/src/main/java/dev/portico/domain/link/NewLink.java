package dev.portico.domain.link;

import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A link about to be stored; the store assigns its id, and starts it at 0 visits and version 1. */
public record NewLink(ShortCode code, UserId owner, TargetUrl target, Instant createdAt, Duration expiresIn,
        Long maxVisits, RedirectStatus redirectStatus) {

    public NewLink {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(redirectStatus, "redirectStatus");
    }

    public NewLink withCode(ShortCode other) {
        return new NewLink(other, owner, target, createdAt, expiresIn, maxVisits, redirectStatus);
    }

    public Link withId(LinkId id) {
        return new Link(id, code, owner, target, createdAt, expiresIn,
                expiresIn == null ? null : createdAt.plus(expiresIn), maxVisits, redirectStatus, 0, 1);
    }
}
