package dev.portico.domain.error;

/** A conditional request whose precondition (an entity tag) no longer holds. */
public final class PreconditionFailedException extends DomainException {

    public PreconditionFailedException(String message) {
        super(message, null);
    }
}
