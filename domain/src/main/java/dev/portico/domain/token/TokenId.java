package dev.portico.domain.token;

/** A token's unique id ({@code jti}): random, URL-safe, at most 64 characters. */
public record TokenId(String value) {

    public TokenId {
        if (value == null || value.isEmpty() || value.length() > 64) {
            throw new IllegalArgumentException("A token id has 1 to 64 characters");
        }
    }
}
