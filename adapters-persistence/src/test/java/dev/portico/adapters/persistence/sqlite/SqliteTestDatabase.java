package dev.portico.adapters.persistence.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;

/**
 * A SQLite file opened the way production opens it: the same driver properties
 * ({@link SqliteConnections#properties}), a writer with exactly one connection, readers with their own.
 */
final class SqliteTestDatabase implements AutoCloseable {

    static final Duration BUSY_TIMEOUT = Duration.ofMillis(5000);

    private final Path file;
    private final List<Connection> openConnections = new ArrayList<>();

    private SqliteTestDatabase(Path file) {
        this.file = file;
    }

    static SqliteTestDatabase at(Path file) {
        return new SqliteTestDatabase(file);
    }

    Path file() {
        return file;
    }

    String url() {
        return SqliteConnections.jdbcUrl(file);
    }

    /** Plain JDBC, a new connection per handle, with the reader properties. */
    Jdbi reader() {
        return Jdbi.create(url(), SqliteConnections.properties(BUSY_TIMEOUT, false));
    }

    /** Like production's writer pool of one: every handle waits its turn for the single connection. */
    Jdbi writer() {
        try {
            Connection connection = DriverManager.getConnection(url(), SqliteConnections.properties(BUSY_TIMEOUT, true));
            synchronized (openConnections) {
                openConnections.add(connection);
            }
            return Jdbi.create(new SingleConnectionFactory(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the test database " + file, e);
        }
    }

    @Override
    public void close() throws SQLException {
        synchronized (openConnections) {
            for (Connection connection : openConnections) {
                connection.close();
            }
            openConnections.clear();
        }
    }

    private static final class SingleConnectionFactory implements ConnectionFactory {

        private final Connection connection;
        private final Semaphore turn = new Semaphore(1, true);

        SingleConnectionFactory(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection openConnection() {
            turn.acquireUninterruptibly();
            return connection;
        }

        @Override
        public void closeConnection(Connection returned) {
            turn.release();
        }
    }
}
