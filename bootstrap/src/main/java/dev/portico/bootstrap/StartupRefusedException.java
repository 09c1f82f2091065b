package dev.portico.bootstrap;

/** The process must not start; the message is one line an operator can act on, with no secret in it. */
public final class StartupRefusedException extends RuntimeException {

    public StartupRefusedException(String message) {
        super(message, null, false, false);
    }
}
