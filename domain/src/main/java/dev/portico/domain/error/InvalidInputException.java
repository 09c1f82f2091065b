package dev.portico.domain.error;

/** Input that breaks a rule: malformed, out of range, or missing. */
public final class InvalidInputException extends DomainException {

    public InvalidInputException(String field, String message) {
        super(message, field);
    }

    public InvalidInputException(String message) {
        super(message, null);
    }
}
