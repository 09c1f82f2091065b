package dev.portico.application.auth;

import dev.portico.domain.user.Role;
import dev.portico.domain.user.UserId;
import java.util.Objects;

/** Who a valid access token speaks for. */
public record Authenticated(UserId userId, Role role) {

    public Authenticated {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
