package dev.portico.adapters.persistence.postgres;

import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * For a {@code static @RegisterExtension} field: a database of the test class's own on the
 * {@linkplain PostgresTestServer#shared() shared test server}, migrated with the shipped migrations
 * once, with every table emptied before each test (nested classes included), so each test starts from
 * an empty store as a contract expects. Dropped after the class.
 */
public final class PostgresTestDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** Generous for a loaded CI machine; the outage tests use production's two seconds on a server of their own. */
    private static final Duration TEST_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final int POOL_SIZE = 16;

    private PostgresTestServer server;
    private PostgresTestServer.Database database;
    private PostgresStorage storage;
    private String truncateAll;
    private String ownerContext;
    private TestAbortedException notInstalled;

    public static PostgresTestDatabase migrated() {
        return new PostgresTestDatabase();
    }

    private PostgresTestDatabase() {
    }

    /**
     * Set up once for the outermost class. A missing server is reported by each test rather than by
     * the class, since Surefire counts a class skipped in beforeAll as no tests at all, silently.
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        if (storage != null || notInstalled != null) {
            return;
        }
        try {
            server = PostgresTestServer.shared();
        } catch (TestAbortedException skipped) {
            notInstalled = skipped;
            return;
        }
        database = server.createDatabase();
        storage = PostgresStorage.open(database.settings(POOL_SIZE, TEST_CONNECT_TIMEOUT));
        storage.migrations().migrate();
        List<String> tables = jdbi().withHandle(handle -> handle.createQuery("SELECT tablename FROM pg_tables "
                        + "WHERE schemaname = current_schema() AND tablename <> 'schema_version' ORDER BY tablename")
                .mapTo(String.class)
                .list());
        truncateAll = "TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE";
        ownerContext = context.getUniqueId();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (notInstalled != null) {
            throw notInstalled;
        }
        jdbi().useHandle(handle -> handle.execute(truncateAll));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (storage != null && context.getUniqueId().equals(ownerContext)) {
            storage.close();
            server.dropDatabase(database.name());
            storage = null;
        }
    }

    /** Every adapter over this database, through one pool. */
    public PostgresStorage storage() {
        return storage;
    }

    public Jdbi jdbi() {
        return storage.jdbi();
    }

    public PostgresTestServer.Database database() {
        return database;
    }

    public PostgresTestServer server() {
        return server;
    }

    /** The single number a query returns, for tests that look at the rows. */
    public long queryLong(String sql) {
        return jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    public String queryString(String sql) {
        return jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(String.class).one());
    }
}
