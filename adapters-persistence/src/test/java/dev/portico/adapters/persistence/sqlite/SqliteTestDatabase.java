package dev.portico.adapters.persistence.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A SQLite file for tests, opened the way production opens it: the same driver properties
 * ({@link SqliteConnections#properties}), a writer with exactly one connection, readers with their own.
 * The one place tests make a temporary database: this module's store tests register it as an
 * extension, and bootstrap's tests (through this module's test-jar) take a {@link #freshFile()} for the
 * application to migrate and read it back with {@link #at(Path)}.
 */
public final class SqliteTestDatabase implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    public static final Duration BUSY_TIMEOUT = Duration.ofMillis(5000);
    private static final String TEST_SCHEMA = "db/test-migration";

    private Path file;
    private final String schemaLocation;
    private Jdbi schemaWriter;
    private final List<Connection> openConnections = new ArrayList<>();

    private SqliteTestDatabase(Path file, String schemaLocation) {
        this.file = file;
        this.schemaLocation = schemaLocation;
    }

    /** A database at an existing (or not yet created) file, left as it is: nothing is migrated. */
    public static SqliteTestDatabase at(Path file) {
        return new SqliteTestDatabase(file, null);
    }

    /** For {@code @RegisterExtension}: a fresh temporary file per test, migrated with the test schema. */
    public static SqliteTestDatabase withTestSchema() {
        return new SqliteTestDatabase(null, TEST_SCHEMA);
    }

    /** For {@code @RegisterExtension}: a fresh temporary file per test, migrated with the shipped migrations. */
    public static SqliteTestDatabase withProductionSchema() {
        return new SqliteTestDatabase(null, SqliteMigrations.DEFAULT_LOCATION);
    }

    /**
     * A path for a database file not yet created, in a directory of its own under {@code target/}, so
     * that {@code mvn clean} removes whatever a test leaves behind.
     */
    public static Path freshFile() {
        try {
            Path root = Files.createDirectories(Path.of("target", "test-databases"));
            return Files.createTempDirectory(root, "sqlite-").resolve("portico.db").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        file = freshFile();
        schemaWriter = writer();
        new SqliteMigrations(schemaWriter, schemaLocation).migrate();
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException, IOException {
        close();
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path leftover : files.toList()) {
                Files.deleteIfExists(leftover);
            }
        }
        Files.deleteIfExists(file.getParent());
    }

    /** The writer the schema was migrated through: one connection, shared by whoever uses it. */
    public Jdbi schemaWriter() {
        return schemaWriter;
    }

    public Path file() {
        return file;
    }

    public String url() {
        return SqliteConnections.jdbcUrl(file);
    }

    /** Plain JDBC, a new connection per handle, with the reader properties. */
    public Jdbi reader() {
        return Jdbi.create(url(), SqliteConnections.properties(BUSY_TIMEOUT, false));
    }

    /** Like production's writer pool of one: every handle waits its turn for the single connection. */
    public Jdbi writer() {
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
