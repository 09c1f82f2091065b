package dev.portico.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SqliteBackupTest {

    private static final String PAYLOAD = "x".repeat(200);

    @TempDir
    Path temp;

    @RegisterExtension
    final SqliteTestDatabase database = SqliteTestDatabase.withTestSchema();
    private Jdbi writer;

    @BeforeEach
    void useTheSchemaWriter() {
        writer = database.schemaWriter();
    }

    @Test
    void givenWritesContinuing_writeTo_copiesAConsistentSnapshotHoldingEveryRowCommittedBeforeItStarted() throws Exception {
        // Enough data that the copy takes a while, so the writer really commits during it.
        writer.useTransaction(handle -> {
            for (int i = 0; i < 50_000; i++) {
                handle.execute("INSERT INTO events (payload) VALUES (?)", PAYLOAD);
            }
        });
        AtomicLong lastCommittedId = new AtomicLong(50_000);
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> {
            while (!stop.get()) {
                long id = writer.inTransaction(handle -> handle
                        .createUpdate("INSERT INTO events (payload) VALUES (:payload)")
                        .bind("payload", PAYLOAD)
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one());
                lastCommittedId.set(id);
            }
        });
        while (lastCommittedId.get() < 50_100) {
            Thread.onSpinWait();
        }

        long committedBeforeStart = lastCommittedId.get();
        Path backup = temp.resolve("backups/live-copy.db");
        new SqliteBackup(database.reader()).writeTo(backup);
        long committedAfterEnd = lastCommittedId.get();
        Thread.sleep(20);
        stop.set(true);
        writes.get(10, TimeUnit.SECONDS);

        assertThat(committedAfterEnd).as("the writer committed while the copy was written")
                .isGreaterThan(committedBeforeStart);
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement statement = copy.createStatement()) {
            assertThat(queryString(statement, "PRAGMA integrity_check")).isEqualTo("ok");
            long rows = queryLong(statement, "SELECT count(*) FROM events");
            assertThat(rows).isBetween(committedBeforeStart, committedAfterEnd);
            assertThat(queryLong(statement, "SELECT count(*) FROM events WHERE id <= " + committedBeforeStart))
                    .isEqualTo(committedBeforeStart);
            assertThat(queryLong(statement, "SELECT max(id) FROM events")).as("no gaps: one instant's data")
                    .isEqualTo(rows);
            assertThat(queryLong(statement, "SELECT n FROM event_count")).as("the trigger's count agrees")
                    .isEqualTo(rows);
        }
    }

    @Test
    void givenAnExistingTarget_writeTo_refusesAndLeavesTheFileUntouched() throws Exception {
        Path target = Files.writeString(temp.resolve("precious.db"), "keep me");

        assertThatThrownBy(() -> new SqliteBackup(database.reader()).writeTo(target))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("already exists");
        assertThat(Files.readString(target)).isEqualTo("keep me");
    }

    @Test
    void givenAMissingParentDirectory_writeTo_createsItAndWritesAnOpenableCopy() throws Exception {
        writer.useHandle(handle -> handle.execute("INSERT INTO events (payload) VALUES ('one')"));
        Path target = temp.resolve("a/b/c/copy.db");

        new SqliteBackup(database.reader()).writeTo(target);

        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + target);
             Statement statement = copy.createStatement()) {
            assertThat(queryString(statement, "SELECT payload FROM events")).isEqualTo("one");
        }
    }

    private static String queryString(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static long queryLong(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
