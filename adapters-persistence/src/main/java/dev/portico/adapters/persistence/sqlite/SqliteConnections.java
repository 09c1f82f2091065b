package dev.portico.adapters.persistence.sqlite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * How every SQLite connection is opened, in one place: the server's pools, the CLI commands and the
 * tests all pass these driver properties, so each connection gets the same pragmas.
 */
public final class SqliteConnections {

    private SqliteConnections() {
    }

    public static String jdbcUrl(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath().normalize();
    }

    /**
     * Driver properties that sqlite-jdbc applies as pragmas on each new connection. The writer also
     * begins its transactions with {@code BEGIN IMMEDIATE}, so a transaction never fails half-way
     * with SQLITE_BUSY when it upgrades from reading to writing.
     */
    public static Properties properties(Duration busyTimeout, boolean writer) {
        Properties properties = new Properties();
        properties.setProperty("journal_mode", "WAL");
        properties.setProperty("synchronous", "NORMAL");
        properties.setProperty("foreign_keys", "true");
        properties.setProperty("busy_timeout", Long.toString(busyTimeout.toMillis()));
        if (writer) {
            properties.setProperty("transaction_mode", "IMMEDIATE");
            // The writer appends every visit; 32 MiB of page cache keeps the visit index's hot pages in memory.
            properties.setProperty("cache_size", "-32768");
        }
        return properties;
    }
}
