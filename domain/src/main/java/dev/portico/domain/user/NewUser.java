package dev.portico.domain.user;

import java.time.Instant;
import java.util.Objects;

/** An account about to be stored; the store assigns its id. */
public record NewUser(Username username, Role role, PasswordHash passwordHash, Instant createdAt) {

    public NewUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public User withId(UserId id) {
        return new User(id, username, role, passwordHash, createdAt);
    }
}
