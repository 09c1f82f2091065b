package dev.portico.domain.user;

import java.time.Instant;
import java.util.Objects;

/** A registered account. */
public record User(UserId id, Username username, Role role, PasswordHash passwordHash, Instant createdAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
