package dev.portico.adapters.rest.link;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code If-Match} (RFC 9110 13.1.1) into the versions it accepts. Comparison is strong: a weak
 * tag, or anything that is not one of our tags, matches nothing.
 */
final class IfMatch {

    private IfMatch() {
    }

    /** Empty when there is no header or it is {@code *}; else the versions named (possibly none). */
    static Optional<Set<Long>> versions(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(header.split(","))
                .map(String::strip)
                .map(IfMatch::version)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet()));
    }

    private static Optional<Long> version(String tag) {
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            return Optional.empty();
        }
        String digits = tag.substring(1, tag.length() - 1);
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }
}
