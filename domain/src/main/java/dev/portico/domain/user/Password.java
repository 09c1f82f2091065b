package dev.portico.domain.user;

import dev.portico.domain.error.InvalidInputException;

/** A plain-text password on its way to the hasher; never printed. */
public record Password(String value) {

    public static final String FIELD = "password";

    public Password {
        if (value == null) {
            throw new InvalidInputException(FIELD, "Password is required");
        }
    }

    /** Length in characters as a person counts them (code points), not UTF-16 units. */
    public int length() {
        return value.codePointCount(0, value.length());
    }

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}
