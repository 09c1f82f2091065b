package dev.portico.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.portico.adapters.persistence.migration.Migration;
import dev.portico.adapters.persistence.migration.MigrationException;
import dev.portico.adapters.persistence.migration.MigrationFolder;
import dev.portico.adapters.persistence.migration.MigrationStatus;
import dev.portico.adapters.persistence.migration.MigrationStatus.State;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteMigrationsTest {

    private static final String TEST_MIGRATIONS = "db/test-migration";

    @TempDir
    Path temp;

    private SqliteTestDatabase database;
    private Jdbi writer;
    private MigrationFolder folder;

    @BeforeEach
    void openDatabase() {
        database = SqliteTestDatabase.at(temp.resolve("portico.db"));
        writer = database.writer();
        folder = new MigrationFolder(temp.resolve("classpath"));
    }

    @AfterEach
    void closeDatabase() throws Exception {
        database.close();
    }

    private SqliteMigrations scratchMigrations() {
        return new SqliteMigrations(writer, MigrationFolder.LOCATION, folder.classLoader());
    }

    private List<Integer> versions(List<Migration> migrations) {
        return migrations.stream().map(Migration::version).toList();
    }

    private int queryInt(String sql) {
        return writer.withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }

    private String queryString(String sql) {
        return writer.withHandle(handle -> handle.createQuery(sql).mapTo(String.class).one());
    }

    private boolean tableExists(String table) {
        return writer.withHandle(handle -> handle
                .createQuery("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = :name")
                .bind("name", table)
                .mapTo(Integer.class)
                .one()) == 1;
    }

    @Test
    void givenAnEmptyDatabase_status_listsEveryFileAsPendingAndCreatesNothing() {
        List<MigrationStatus> status = new SqliteMigrations(writer, TEST_MIGRATIONS).status();

        assertThat(status).containsExactly(
                new MigrationStatus(1, "create_events", State.PENDING, Optional.empty()),
                new MigrationStatus(2, "count_events", State.PENDING, Optional.empty()));
        assertThat(tableExists("schema_version")).isFalse();
    }

    @Test
    void givenAnEmptyDatabase_migrate_appliesEveryFileInOrder() {
        // Each file needs the one before it, and "10_" sorts before "2_" as text: only numeric order works.
        folder.write("2_create_items.sql", "CREATE TABLE items (id INTEGER PRIMARY KEY);")
                .write("9_add_label.sql", "ALTER TABLE items ADD COLUMN label TEXT;")
                .write("10_insert_item.sql", "INSERT INTO items (id, label) VALUES (1, 'first');");

        List<Migration> applied = scratchMigrations().migrate();

        assertThat(versions(applied)).containsExactly(2, 9, 10);
        assertThat(applied).extracting(Migration::name).containsExactly("create_items", "add_label", "insert_item");
        assertThat(queryString("SELECT label FROM items WHERE id = 1")).isEqualTo("first");
    }

    @Test
    void givenAMigratedDatabase_migrateAgain_appliesNothingAndStatusShowsEveryFileApplied() {
        Instant before = Instant.now().minusSeconds(1);
        SqliteMigrations migrations = new SqliteMigrations(writer, TEST_MIGRATIONS);
        migrations.migrate();

        assertThat(migrations.migrate()).isEmpty();

        List<MigrationStatus> status = migrations.status();
        assertThat(status).extracting(MigrationStatus::version).containsExactly(1, 2);
        assertThat(status).extracting(MigrationStatus::state).containsOnly(State.APPLIED);
        assertThat(status).allSatisfy(migration -> assertThat(migration.appliedAt()).get()
                .satisfies(at -> assertThat(at).isBetween(before, Instant.now().plusSeconds(1))));
    }

    @Test
    void givenANewFileAfterAMigration_status_listsItPendingAndMigrateAppliesOnlyIt() {
        folder.write("001_create_items.sql", "CREATE TABLE items (id INTEGER PRIMARY KEY);");
        scratchMigrations().migrate();
        folder.write("002_insert_item.sql", "INSERT INTO items (id) VALUES (7);");

        assertThat(scratchMigrations().status()).extracting(MigrationStatus::state)
                .containsExactly(State.APPLIED, State.PENDING);
        assertThat(versions(scratchMigrations().migrate())).containsExactly(2);
        assertThat(queryInt("SELECT count(*) FROM items")).isEqualTo(1);
    }

    @Test
    void givenAnAppliedFileWhoseContentChanged_migrate_refusesBeforeApplyingAnything() {
        folder.write("001_create_items.sql", "CREATE TABLE items (id INTEGER PRIMARY KEY);");
        scratchMigrations().migrate();
        folder.write("001_create_items.sql", "CREATE TABLE items (id INTEGER PRIMARY KEY, extra TEXT);")
                .write("002_create_more.sql", "CREATE TABLE more (id INTEGER PRIMARY KEY);");

        assertThatThrownBy(() -> scratchMigrations().migrate())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("001_create_items.sql")
                .hasMessageContaining("changed after it was applied");
        assertThat(tableExists("more")).isFalse();
        assertThat(scratchMigrations().status()).extracting(MigrationStatus::state)
                .containsExactly(State.CHANGED, State.PENDING);
    }

    @Test
    void givenAFileOnlyChangedFromLfToCrlf_migrate_doesNotCountItAsChanged() {
        folder.write("001_create_items.sql", "CREATE TABLE items (\n id INTEGER PRIMARY KEY\n);\n");
        scratchMigrations().migrate();
        folder.write("001_create_items.sql", "CREATE TABLE items (\r\n id INTEGER PRIMARY KEY\r\n);\r\n");

        assertThat(scratchMigrations().migrate()).isEmpty();
    }

    @Test
    void givenTwoFilesWithTheSameNumber_migrate_refusesAndNamesBoth() {
        folder.write("1_create_items.sql", "CREATE TABLE items (id INTEGER PRIMARY KEY);")
                .write("001_create_other.sql", "CREATE TABLE other (id INTEGER PRIMARY KEY);");

        assertThatThrownBy(() -> scratchMigrations().migrate())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Migration number 1 is used by more than one file")
                .hasMessageContaining("1_create_items.sql")
                .hasMessageContaining("001_create_other.sql");
        assertThat(tableExists("items")).isFalse();
        assertThat(tableExists("other")).isFalse();
    }

    @Test
    void givenASqlFileNotNamedLikeAMigration_migrate_refusesAndNamesIt() {
        folder.write("create_items.sql", "CREATE TABLE items (id INTEGER PRIMARY KEY);");

        assertThatThrownBy(() -> scratchMigrations().migrate())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("create_items.sql")
                .hasMessageContaining("001_description.sql");
    }

    @Test
    void givenALocationThatDoesNotExist_migrate_refuses() {
        assertThatThrownBy(() -> new SqliteMigrations(writer, "db/no-such-folder").migrate())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("db/no-such-folder");
    }

    @Test
    void givenAFileThatFails_migrate_rollsBackThatFileAndKeepsTheOnesBeforeIt() {
        folder.write("001_create_items.sql", "CREATE TABLE items (id INTEGER PRIMARY KEY);")
                .write("002_broken.sql", "CREATE TABLE half_done (id INTEGER);\nINSERT INTO missing_table VALUES (1);")
                .write("003_never_reached.sql", "CREATE TABLE never (id INTEGER);");

        assertThatThrownBy(() -> scratchMigrations().migrate())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("002_broken.sql")
                .hasMessageContaining("missing_table");

        assertThat(tableExists("items")).isTrue();
        assertThat(tableExists("half_done")).isFalse();
        assertThat(tableExists("never")).isFalse();
        assertThat(scratchMigrations().status()).extracting(MigrationStatus::state)
                .containsExactly(State.APPLIED, State.PENDING, State.PENDING);
    }

    @Test
    void givenAFileWithSeveralStatementsAndATrigger_migrate_runsEveryStatement() {
        new SqliteMigrations(writer, TEST_MIGRATIONS).migrate();

        writer.useHandle(handle -> {
            handle.execute("INSERT INTO events (payload) VALUES ('a')");
            handle.execute("INSERT INTO events (payload) VALUES ('b')");
        });

        assertThat(queryInt("SELECT n FROM event_count")).isEqualTo(2);
    }

    @Test
    void givenMigrationsInsideAJar_migrate_findsAndAppliesThem() {
        folder.write("001_create_items.sql", "CREATE TABLE items (id INTEGER PRIMARY KEY);")
                .write("002_insert_item.sql", "INSERT INTO items (id) VALUES (1);");
        ClassLoader jar = folder.jarClassLoader(temp.resolve("migrations.jar"));

        SqliteMigrations migrations = new SqliteMigrations(writer, MigrationFolder.LOCATION, jar);

        assertThat(migrations.status()).extracting(MigrationStatus::state).containsExactly(State.PENDING, State.PENDING);
        assertThat(versions(migrations.migrate())).containsExactly(1, 2);
        assertThat(migrations.migrate()).isEmpty();
    }

    @Test
    void givenADatabaseMigratedByANewerBuild_migrate_refusesAndStatusShowsTheUnknownMigration() {
        folder.write("001_create_items.sql", "CREATE TABLE items (id INTEGER PRIMARY KEY);")
                .write("002_create_more.sql", "CREATE TABLE more (id INTEGER PRIMARY KEY);");
        scratchMigrations().migrate();
        folder.delete("002_create_more.sql");

        assertThatThrownBy(() -> scratchMigrations().migrate())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("migration 2 (create_more)")
                .hasMessageContaining("does not ship it");
        assertThat(scratchMigrations().status()).extracting(MigrationStatus::state)
                .containsExactly(State.APPLIED, State.UNKNOWN);
    }

    @Test
    void givenTwoProcessesMigratingAtOnce_migrate_appliesEachFileExactlyOnce() throws Exception {
        for (int version = 1; version <= 20; version++) {
            folder.write(version + "_create_t" + version + ".sql", "CREATE TABLE t" + version + " (id INTEGER);");
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<Migration>>> migrators = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Jdbi ownWriter = database.writer();
                migrators.add(() -> new SqliteMigrations(ownWriter, MigrationFolder.LOCATION, folder.classLoader()).migrate());
            }
            List<Integer> appliedByEither = new ArrayList<>();
            for (Future<List<Migration>> result : pool.invokeAll(migrators)) {
                appliedByEither.addAll(versions(result.get()));
            }

            assertThat(appliedByEither).hasSize(20).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenTheShippedMigrations_migrate_createsInstanceMetadataWithItsCreationTime() {
        Instant before = Instant.now().minusSeconds(1);

        List<Migration> applied = new SqliteMigrations(writer).migrate();

        assertThat(applied).extracting(Migration::version, Migration::name)
                .containsExactly(tuple(1, "baseline"), tuple(2, "users_and_tokens"),
                        tuple(3, "links_and_visits"), tuple(4, "daily_snapshots"));
        String createdAt = queryString("SELECT value FROM instance_metadata WHERE key = 'created_at'");
        assertThat(createdAt).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(Instant.parse(createdAt)).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
    }
}
