package dev.portico.adapters.security.password;

import dev.portico.domain.user.PasswordHash;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a stored PBKDF2 hash, and its text form {@code pbkdf2-sha256$<iterations>$<salt>$<key>}. */
record Pbkdf2Hash(int iterations, byte[] salt, byte[] key) {

    static final String PREFIX = "pbkdf2-sha256";

    /** Bounds on what a stored hash may ask for, so a corrupt row cannot make a login run for hours. */
    static final int MAX_ITERATIONS = 100_000_000;
    static final int MAX_PART_BYTES = 64;

    private static final Pattern FORM = Pattern.compile(
            Pattern.quote(PREFIX) + "\\$([1-9][0-9]{0,8})\\$([A-Za-z0-9+/]+={0,2})\\$([A-Za-z0-9+/]+={0,2})");

    static Optional<Pbkdf2Hash> parse(PasswordHash hash) {
        Matcher parts = FORM.matcher(hash.encoded());
        if (!parts.matches()) {
            return Optional.empty();
        }
        try {
            int iterations = Integer.parseInt(parts.group(1));
            byte[] salt = Base64.getDecoder().decode(parts.group(2));
            byte[] key = Base64.getDecoder().decode(parts.group(3));
            if (iterations > MAX_ITERATIONS || !withinBounds(salt) || !withinBounds(key)) {
                return Optional.empty();
            }
            return Optional.of(new Pbkdf2Hash(iterations, salt, key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    PasswordHash toPasswordHash() {
        Base64.Encoder base64 = Base64.getEncoder();
        return new PasswordHash(
                PREFIX + '$' + iterations + '$' + base64.encodeToString(salt) + '$' + base64.encodeToString(key));
    }

    private static boolean withinBounds(byte[] part) {
        return part.length > 0 && part.length <= MAX_PART_BYTES;
    }
}
