package dev.portico.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.portico.adapters.persistence.migration.Migration;
import dev.portico.adapters.persistence.migration.MigrationException;
import dev.portico.adapters.persistence.migration.MigrationFolder;
import dev.portico.adapters.persistence.migration.MigrationStatus;
import dev.portico.adapters.persistence.migration.MigrationStatus.State;
import dev.portico.adapters.persistence.sqlite.SqliteMigrations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each test gets an empty database of its own on the shared server. */
class PostgresMigrationsTest {

    private static final List<String> SHIPPED = List.of("baseline", "users_and_tokens", "links_and_visits",
            "daily_snapshots");

    @TempDir
    Path temp;

    private PostgresTestServer server;
    private PostgresTestServer.Database database;
    private final List<PostgresStorage> opened = new ArrayList<>();

    @BeforeEach
    void createAnEmptyDatabase() {
        server = PostgresTestServer.shared();
        database = server.createDatabase();
    }

    @AfterEach
    void dropIt() {
        opened.forEach(PostgresStorage::close);
        if (database != null) {
            server.dropDatabase(database.name());
        }
    }

    /** Like one more Portico instance: a pool of its own. */
    private PostgresStorage instance() {
        PostgresStorage storage = PostgresStorage.open(database.settings(4, Duration.ofSeconds(10)));
        opened.add(storage);
        return storage;
    }

    private long queryLong(String sql) {
        return instance().jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void givenTheShippedMigrations_postgresqlShipsTheSameNumbersAndNamesAsSqlite() {
        List<Migration> sqlite = new SqliteMigrations(Jdbi.create("jdbc:sqlite::memory:")).available();

        assertThat(instance().migrations().available())
                .extracting(Migration::version, Migration::name)
                .containsExactlyElementsOf(sqlite.stream().map(m -> tuple(m.version(), m.name())).toList())
                .extracting(row -> row.toList().get(1))
                .containsExactlyElementsOf(SHIPPED);
    }

    @Test
    void givenAnEmptyDatabase_status_listsEveryMigrationPendingAndCreatesNothing() {
        List<MigrationStatus> status = instance().migrations().status();

        assertThat(status).extracting(MigrationStatus::version, MigrationStatus::state)
                .containsExactly(tuple(1, State.PENDING), tuple(2, State.PENDING), tuple(3, State.PENDING),
                        tuple(4, State.PENDING));
        assertThat(queryLong("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")).isZero();
    }

    @Test
    void givenAnEmptyDatabase_migrate_appliesEveryMigrationInOrderOnce() {
        PostgresMigrations migrations = instance().migrations();

        assertThat(migrations.migrate()).extracting(Migration::name).containsExactlyElementsOf(SHIPPED);
        assertThat(migrations.migrate()).isEmpty();
        assertThat(migrations.status()).extracting(MigrationStatus::state).containsOnly(State.APPLIED);
        assertThat(migrations.status()).allSatisfy(status -> assertThat(status.appliedAt()).isPresent());
        assertThat(queryLong("SELECT count(*) FROM schema_version")).isEqualTo(4);
    }

    @Test
    void givenFourInstancesMigratingAnEmptyDatabaseAtOnce_eachMigrationIsAppliedExactlyOnce() throws Exception {
        List<PostgresMigrations> instances = List.of(instance().migrations(), instance().migrations(),
                instance().migrations(), instance().migrations());
        ExecutorService pool = Executors.newFixedThreadPool(instances.size());
        List<Migration> applied = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Migration>>> futures = new ArrayList<>();
            for (PostgresMigrations migrations : instances) {
                Callable<List<Migration>> task = () -> {
                    start.await();
                    return migrations.migrate();
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<Migration>> future : futures) {
                applied.addAll(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(applied).extracting(Migration::name).containsExactlyInAnyOrderElementsOf(SHIPPED);
        assertThat(queryLong("SELECT count(*) FROM schema_version")).isEqualTo(4);
        assertThat(queryLong("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).isZero();
    }

    @Test
    void givenAFailingFile_migrate_rollsItBackAloneKeepsTheOneBeforeAndReleasesTheLock() {
        MigrationFolder folder = new MigrationFolder(temp)
                .write("001_create_events.sql", "CREATE TABLE events (id BIGINT PRIMARY KEY);")
                .write("002_broken.sql", "CREATE TABLE half_done (id BIGINT);\nINSERT INTO nowhere VALUES (1);");
        PostgresMigrations migrations = new PostgresMigrations(instance().jdbi(), MigrationFolder.LOCATION,
                folder.classLoader());

        assertThatThrownBy(migrations::migrate)
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("002_broken.sql failed and was rolled back")
                .hasMessageContaining("nowhere");

        assertThat(migrations.status()).extracting(MigrationStatus::version, MigrationStatus::state)
                .containsExactly(tuple(1, State.APPLIED), tuple(2, State.PENDING));
        assertThat(queryLong("SELECT count(*) FROM pg_tables WHERE tablename = 'half_done'")).isZero();
        assertThat(queryLong("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).isZero();
    }

    @Test
    void givenAnAppliedFileThatChanged_migrate_refusesBeforeApplyingAnything() {
        MigrationFolder folder = new MigrationFolder(temp)
                .write("001_create_events.sql", "CREATE TABLE events (id BIGINT PRIMARY KEY);");
        PostgresMigrations migrations = new PostgresMigrations(instance().jdbi(), MigrationFolder.LOCATION,
                folder.classLoader());
        migrations.migrate();
        folder.write("001_create_events.sql", "CREATE TABLE events (id TEXT PRIMARY KEY);")
                .write("002_more.sql", "CREATE TABLE more_events (id BIGINT);");

        assertThatThrownBy(migrations::migrate)
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("001_create_events.sql was changed after it was applied");
        assertThat(migrations.status()).extracting(MigrationStatus::state).containsExactly(State.CHANGED, State.PENDING);
    }

    @Test
    void givenAPoolOfOneConnection_afterMigrating_itsStatementTimeoutIsBackToThePoolsSetting() {
        PostgresStorage storage = PostgresStorage.open(database.settings(1, Duration.ofSeconds(10)));
        opened.add(storage);
        storage.migrations().migrate();

        String timeout = storage.jdbi().withHandle(handle -> handle.createQuery("SHOW statement_timeout")
                .mapTo(String.class)
                .one());

        assertThat(timeout).isEqualTo("10s");
    }
}
