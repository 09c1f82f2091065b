package dev.portico.domain.user;

import dev.portico.domain.error.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** 3–32 characters of {@code [a-z0-9_.-]}, compared case-insensitively and kept lower-case. */
public record Username(String value) {

    public static final String FIELD = "username";
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 32;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9_.-]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");

    public Username {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new InvalidInputException(FIELD, "Username must be " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters of a-z, 0-9, '_', '.' or '-'");
        }
    }

    /** The username as a client typed it: required, then lower-cased before the rules apply. */
    public static Username of(String raw) {
        if (raw == null) {
            throw new InvalidInputException(FIELD, "Username is required");
        }
        return new Username(raw.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
