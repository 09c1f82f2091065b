package dev.portico.domain.quote;

import dev.portico.domain.error.InvalidInputException;
import java.util.Locale;
import java.util.Optional;

/**
 * A ticker in canonical form: 1-5 upper-case ASCII letters, optionally followed by one share class of
 * 1-2 letters after a dot ({@code BRK.B}). Feed adapters translate it to their provider's spelling.
 */
public record Symbol(String value) {

    public static final String FIELD = "symbol";
    public static final String INVALID = "Invalid ticker symbol";

    public Symbol {
        if (value == null || !isCanonical(value)) {
            throw new IllegalArgumentException("Not a canonical symbol");
        }
    }

    /**
     * Reads a ticker as clients write it: trimmed, any case, 1-5 ASCII letters, optionally one share
     * class of 1-2 letters after '.', '-' or '/'; gives its canonical form ({@code brk-b} is {@code BRK.B}).
     */
    public static Symbol parse(String raw) {
        String text = normalise(raw);
        int separator = indexOfSeparator(text);
        if (separator < 0) {
            if (!isRoot(text)) {
                throw invalid();
            }
            return new Symbol(text);
        }
        String root = text.substring(0, separator);
        String shareClass = text.substring(separator + 1);
        if (!isRoot(root) || !isShareClass(shareClass)) {
            throw invalid();
        }
        return new Symbol(root + "." + shareClass);
    }

    public String root() {
        int dot = value.indexOf('.');
        return dot < 0 ? value : value.substring(0, dot);
    }

    public Optional<String> shareClass() {
        int dot = value.indexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(value.substring(dot + 1));
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    private static int indexOfSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '-' || c == '/') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isCanonical(String value) {
        int dot = value.indexOf('.');
        return dot < 0 ? isRoot(value) : isRoot(value.substring(0, dot)) && isShareClass(value.substring(dot + 1));
    }

    private static boolean isRoot(String text) {
        return text.length() >= 1 && text.length() <= 5 && letters(text);
    }

    private static boolean isShareClass(String text) {
        return text.length() >= 1 && text.length() <= 2 && letters(text);
    }

    private static boolean letters(String text) {
        return text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException(FIELD, INVALID);
    }
}
