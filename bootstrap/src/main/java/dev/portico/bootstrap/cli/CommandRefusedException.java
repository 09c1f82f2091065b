package dev.portico.bootstrap.cli;

/** A CLI command cannot do what was asked; the message is one line an operator can act on. */
final class CommandRefusedException extends RuntimeException {

    CommandRefusedException(String message) {
        super(message, null, false, false);
    }
}
