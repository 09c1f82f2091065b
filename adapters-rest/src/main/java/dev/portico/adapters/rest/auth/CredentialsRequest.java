package dev.portico.adapters.rest.auth;

import io.swagger.v3.oas.annotations.media.Schema;

/** Body of register and login. */
@Schema(name = "Credentials", description = "A username and password.")
public record CredentialsRequest(
        @Schema(description = "3-32 characters of a-z, 0-9, '_', '.', '-'; compared case-insensitively.",
                example = "alice", requiredMode = Schema.RequiredMode.REQUIRED) String username,
        @Schema(description = "12-128 characters, not containing the username, and hard to guess "
                + "(zxcvbn score of at least 3) when registering.", example = "correct-horse-battery-staple",
                requiredMode = Schema.RequiredMode.REQUIRED, format = "password") String password) {

    @Override
    public String toString() {
        return "CredentialsRequest[username=" + username + ", password=redacted]";
    }
}
