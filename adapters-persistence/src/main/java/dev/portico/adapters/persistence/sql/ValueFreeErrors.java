package dev.portico.adapters.persistence.sql;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * Statement errors that name the SQL but not the bound values, which are password and token hashes,
 * target URLs and user agents: Jdbi's default message lists them, and error messages end up in logs.
 */
public final class ValueFreeErrors {

    private ValueFreeErrors() {
    }

    /** Configures only this handle, so the shared {@code Jdbi} is left as its owner set it up. */
    public static Handle on(Handle handle) {
        handle.getConfig(StatementExceptions.class).setMessageRendering(ValueFreeErrors::render);
        return handle;
    }

    private static String render(StatementException failure) {
        return failure.getShortMessage() + " [statement: \"" + failure.getStatementContext().getRawSql() + "\"]";
    }
}
