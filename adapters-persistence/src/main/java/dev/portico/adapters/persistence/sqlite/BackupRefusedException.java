package dev.portico.adapters.persistence.sqlite;

/** A backup was not written because doing so would be unsafe; the message says why. */
public final class BackupRefusedException extends RuntimeException {

    public BackupRefusedException(String message) {
        super(message);
    }
}
