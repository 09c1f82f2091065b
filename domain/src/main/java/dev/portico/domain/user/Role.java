package dev.portico.domain.user;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do: every account is a {@code user}; {@code admin} is granted only from the CLI. */
public enum Role {
    USER("user"),
    ADMIN("admin");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in JSON, tokens and the database. */
    public String wireName() {
        return wireName;
    }

    public static Optional<Role> fromWireName(String name) {
        return Arrays.stream(values()).filter(role -> role.wireName.equals(name)).findFirst();
    }
}
