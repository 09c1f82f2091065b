package dev.portico.domain.error;

/**
 * A login with an unknown username or a wrong password. The two cases are one error so that nothing
 * the caller sees tells them apart.
 */
public final class InvalidCredentials extends DomainException {

    public InvalidCredentials() {
        super("Invalid credentials", null);
    }
}
