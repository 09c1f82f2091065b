package dev.portico.domain.error;

/** The resource existed but is no longer served (expired, exhausted). */
public final class GoneException extends DomainException {

    public GoneException(String message) {
        super(message, null);
    }
}
