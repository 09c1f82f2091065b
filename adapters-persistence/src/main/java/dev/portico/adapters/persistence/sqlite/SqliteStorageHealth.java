package dev.portico.adapters.persistence.sqlite;

import dev.portico.application.pulse.port.StorageHealth;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reachable when a read connection can run a query against the schema table. */
public final class SqliteStorageHealth implements StorageHealth {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteStorageHealth.class);

    private final Jdbi reader;

    public SqliteStorageHealth(Jdbi reader) {
        this.reader = reader;
    }

    @Override
    public boolean isReachable() {
        try {
            return reader.withHandle(handle -> handle.createQuery("SELECT count(*) FROM sqlite_schema")
                    .mapTo(Integer.class)
                    .one()) >= 0;
        } catch (RuntimeException unreachable) {
            LOG.warn("SQLite health query failed: {}", unreachable.toString());
            return false;
        }
    }
}
