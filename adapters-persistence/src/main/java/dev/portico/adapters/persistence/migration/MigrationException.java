package dev.portico.adapters.persistence.migration;

/** The migrations cannot be applied safely; the message says which file and what an operator can do. */
public final class MigrationException extends RuntimeException {

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
