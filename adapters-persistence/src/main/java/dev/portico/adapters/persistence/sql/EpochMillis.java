package dev.portico.adapters.persistence.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Instants as the time columns hold them: epoch milliseconds, NULL for none. */
public final class EpochMillis {

    private EpochMillis() {
    }

    public static Long of(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    public static Instant read(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
