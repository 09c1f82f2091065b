package dev.portico.adapters.rest.auth;

import dev.portico.adapters.rest.json.Timestamps;
import dev.portico.domain.user.User;
import io.swagger.v3.oas.annotations.media.Schema;

/** An account as clients see it: never its password hash. */
@Schema(name = "User", description = "An account.")
public record UserResponse(
        @Schema(description = "The user id.", example = "42") long id,
        @Schema(description = "Lower-case username.", example = "alice") String username,
        @Schema(description = "user or admin.", example = "user", allowableValues = {"user", "admin"}) String role,
        @Schema(description = "RFC 3339 UTC, whole seconds.", example = "2026-03-02T14:30:00Z") String createdAt) {

    static UserResponse from(User user) {
        return new UserResponse(user.id().value(), user.username().value(), user.role().wireName(),
                Timestamps.format(user.createdAt()));
    }
}
