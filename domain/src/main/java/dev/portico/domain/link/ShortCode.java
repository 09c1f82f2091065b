package dev.portico.domain.link;

import dev.portico.domain.error.InvalidInputException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;

/**
 * The code after {@code /s/}. Custom codes follow {@code ^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$} and are
 * not a reserved word; generated codes are 7 base62 characters. Codes are case-sensitive.
 */
public record ShortCode(String value) {

    public static final String FIELD = "custom_code";
    public static final int GENERATED_LENGTH = 7;
    static final Set<String> RESERVED = Set.of("api", "admin", "docs", "openapi", "health", "pulse", "static",
            "assets", "login", "logout", "register", "stream", "metrics", "favicon", "robots", "well-known");
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public ShortCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Not a short code");
        }
    }

    /** A code a client chose: the pattern and the reserved words apply, each refusal naming {@code custom_code}. */
    public static ShortCode custom(String raw) {
        if (!isWellFormed(raw)) {
            throw new InvalidInputException(FIELD, "custom_code must be 3 to 32 characters of A-Z, a-z, 0-9, '_' "
                    + "or '-', starting with a letter or digit");
        }
        if (RESERVED.contains(raw.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(FIELD, "custom_code '" + raw + "' is reserved");
        }
        return new ShortCode(raw);
    }

    /** A fresh random code; collisions are the caller's to retry. */
    public static ShortCode generate(SecureRandom random) {
        char[] code = new char[GENERATED_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = BASE62.charAt(random.nextInt(BASE62.length()));
        }
        return new ShortCode(new String(code));
    }

    /** A code from a URL path, which may be anything: empty when it cannot name a link. */
    public static java.util.Optional<ShortCode> lookup(String raw) {
        return isWellFormed(raw) ? java.util.Optional.of(new ShortCode(raw)) : java.util.Optional.empty();
    }

    /** The pattern, checked by hand: this runs on every redirect. */
    private static boolean isWellFormed(String raw) {
        if (raw == null || raw.length() < 3 || raw.length() > 32 || !isAlphanumeric(raw.charAt(0))) {
            return false;
        }
        for (int i = 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isAlphanumeric(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return value;
    }
}
