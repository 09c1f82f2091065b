package dev.portico.domain.error;

/** No usable credential: missing, expired, forged, revoked, or of the wrong kind. */
public final class AuthenticationRequiredException extends DomainException {

    public AuthenticationRequiredException(String message) {
        super(message, null);
    }
}
