package dev.portico.domain.error;

/**
 * A login with an unknown username or a wrong password. The two cases share this one message so
 * that neither the status nor the body tells them apart.
 */
public final class InvalidCredentialsException extends DomainException {

    public static final String MESSAGE = "Username or password is incorrect";

    public InvalidCredentialsException() {
        super(MESSAGE, null);
    }
}
