package dev.portico.domain.error;

/** The request clashes with the current state: a name already taken, a key reused with another body. */
public final class ConflictException extends DomainException {

    public ConflictException(String field, String message) {
        super(message, field);
    }

    public ConflictException(String message) {
        super(message, null);
    }
}
