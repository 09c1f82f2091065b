package dev.portico.domain.user;

import java.util.Optional;

/** A user's database id; positive. */
public record UserId(long value) {

    public UserId {
        if (value < 1) {
            throw new IllegalArgumentException("A user id is positive, got " + value);
        }
    }

    /** Parses the decimal form used as a token's {@code sub}; empty when it is not one. */
    public static Optional<UserId> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 19 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(text);
            return value < 1 ? Optional.empty() : Optional.of(new UserId(value));
        } catch (NumberFormatException overflow) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
