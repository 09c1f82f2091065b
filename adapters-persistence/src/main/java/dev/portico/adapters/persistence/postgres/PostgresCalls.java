package dev.portico.adapters.persistence.postgres;

import dev.portico.adapters.persistence.sql.ValueFreeErrors;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * How every adapter of this package reaches the database: each handle's errors name the SQL but no
 * bound value ({@link ValueFreeErrors}), and a failure to reach the database comes out as
 * {@link dev.portico.domain.error.StoreUnavailable}, whatever Jdbi or the driver threw.
 */
final class PostgresCalls {

    private final Jdbi jdbi;

    PostgresCalls(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    <R> R withHandle(HandleCallback<R, RuntimeException> callback) {
        try {
            return jdbi.withHandle(handle -> callback.withHandle(ValueFreeErrors.on(handle)));
        } catch (RuntimeException failure) {
            throw ConnectionFailures.translate(failure);
        }
    }

    void useHandle(HandleConsumer<RuntimeException> consumer) {
        withHandle(handle -> {
            consumer.useHandle(handle);
            return null;
        });
    }

    <R> R inTransaction(HandleCallback<R, RuntimeException> callback) {
        return withHandle(handle -> handle.inTransaction(callback));
    }

    <R> R inTransaction(TransactionIsolationLevel isolation, HandleCallback<R, RuntimeException> callback) {
        return withHandle(handle -> handle.inTransaction(isolation, callback));
    }

    void useTransaction(HandleConsumer<RuntimeException> consumer) {
        withHandle(handle -> {
            handle.useTransaction(consumer);
            return null;
        });
    }
}
