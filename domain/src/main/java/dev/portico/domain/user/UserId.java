package dev.portico.domain.user;

/** A user's database id; positive. */
public record UserId(long value) {

    public UserId {
        if (value < 1) {
            throw new IllegalArgumentException("A user id is positive, got " + value);
        }
    }

    /** Parses the decimal form used as a token's {@code sub}; empty when it is not one. */
    public static java.util.Optional<UserId> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 19 || !text.chars().allMatch(Character::isDigit)) {
            return java.util.Optional.empty();
        }
        long value = Long.parseLong(text);
        return value < 1 ? java.util.Optional.empty() : java.util.Optional.of(new UserId(value));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
