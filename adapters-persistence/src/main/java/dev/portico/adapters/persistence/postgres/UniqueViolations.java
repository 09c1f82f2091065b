package dev.portico.adapters.persistence.postgres;

import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

/** Which named UNIQUE or PRIMARY KEY constraint a statement violated (SQLState 23505), if any. */
final class UniqueViolations {

    private UniqueViolations() {
    }

    static boolean violates(Throwable failure, String constraint) {
        return constraintOf(failure).filter(constraint::equals).isPresent();
    }

    static Optional<String> constraintOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && PSQLState.UNIQUE_VIOLATION.getState().equals(psql.getSQLState())) {
                return Optional.ofNullable(psql.getServerErrorMessage()).map(ServerErrorMessage::getConstraint);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
