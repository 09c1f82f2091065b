package dev.portico.adapters.persistence.postgres;

import dev.portico.domain.error.StoreUnavailable;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells failures of reaching the database (no connection, a pool timeout, a server shutting down or
 * cancelling a statement past its timeout) from statements the database refused, and turns the first
 * kind into {@link StoreUnavailable}, which clients see as 503 with Retry-After.
 */
final class ConnectionFailures {

    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionFailures.class);
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    /**
     * 57P01-57P03: the server is shutting down, crashed or still starting; 57014: a statement ran past
     * statement_timeout (the same call may pass once the load is gone); 53300: too many connections.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "57014", "53300");

    private static final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    private ConnectionFailures() {
    }

    /** {@link StoreUnavailable} when the failure is one of reaching the database, else the failure itself. */
    static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof StoreUnavailable || !isUnavailable(failure)) {
            return failure;
        }
        logNowAndThen(failure);
        return new StoreUnavailable(StoreUnavailable.Store.DATABASE, RETRY_AFTER);
    }

    static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** An outage fails every request; one line every few seconds says why without flooding the log. */
    private static void logNowAndThen(RuntimeException failure) {
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
            LOG.warn("PostgreSQL unavailable: {}", rootCause(failure).toString());
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
