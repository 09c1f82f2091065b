package dev.portico.adapters.persistence.postgres;

import dev.portico.application.pulse.port.StorageHealth;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reachable when a pooled connection runs {@code SELECT 1} within a second. When the server is down it
 * answers false once the pool gives up waiting for a connection (its connect timeout, two seconds by default).
 */
public final class PostgresStorageHealth implements StorageHealth {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresStorageHealth.class);
    private static final int QUERY_TIMEOUT_SECONDS = 1;

    private final DataSource dataSource;

    public PostgresStorageHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet result = statement.executeQuery("SELECT 1")) {
                return result.next() && result.getInt(1) == 1;
            }
        } catch (SQLException | RuntimeException unreachable) {
            LOG.warn("PostgreSQL health query failed: {}", unreachable.toString());
            return false;
        }
    }
}
