package dev.portico.domain.user;

/**
 * A stored password hash in a self-describing text form ({@code algorithm$parameters$salt$key}), so
 * the parameters can be raised later and old hashes still verify. Only the hasher reads inside it.
 */
public record PasswordHash(String encoded) {

    public PasswordHash {
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalArgumentException("A password hash is not blank");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
