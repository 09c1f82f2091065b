package dev.portico.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteConnectionsTest {

    @RegisterExtension
    final SqliteTestDatabase database = SqliteTestDatabase.withTestSchema();
    private Jdbi writer;

    @BeforeEach
    void useTheSchemaWriter() {
        writer = database.schemaWriter();
    }

    private static void assertProductionPragmas(Handle handle) {
        assertThat(pragma(handle, "journal_mode")).isEqualTo("wal");
        assertThat(pragma(handle, "foreign_keys")).isEqualTo("1");
        assertThat(pragma(handle, "busy_timeout")).isEqualTo("5000");
        assertThat(pragma(handle, "synchronous")).as("1 = NORMAL").isEqualTo("1");
    }

    private static String pragma(Handle handle, String name) {
        return handle.createQuery("PRAGMA " + name).mapTo(String.class).one();
    }

    @Test
    void givenTheWriterProperties_theWriterConnection_hasWalForeignKeysAndTheBusyTimeout() {
        writer.useHandle(SqliteConnectionsTest::assertProductionPragmas);
    }

    @Test
    void givenTheReaderProperties_eachOfTwoOpenConnections_hasWalForeignKeysAndTheBusyTimeout() {
        Jdbi reader = database.reader();
        try (Handle first = reader.open(); Handle second = reader.open()) {
            assertThat(first.getConnection()).isNotSameAs(second.getConnection());
            assertProductionPragmas(first);
            assertProductionPragmas(second);
        }
    }

    @Test
    void givenForeignKeysOn_insertingARowThatPointsNowhere_fails() {
        assertThatThrownBy(() -> writer.useHandle(handle ->
                handle.execute("INSERT INTO tags (event_id, label) VALUES (999, 'orphan')")))
                .hasMessageContaining("FOREIGN KEY constraint failed");
    }

    @Test
    void givenTheWriterProperties_aTransaction_takesTheWriteLockWhenItBegins() throws SQLException {
        Properties impatient = SqliteConnections.properties(Duration.ofMillis(50), false);
        try (Connection other = DriverManager.getConnection(database.url(), impatient);
             Statement otherStatement = other.createStatement()) {
            writer.useTransaction(handle -> {
                // Only a read so far: with a deferred BEGIN another connection could still write now.
                handle.createQuery("SELECT count(*) FROM events").mapTo(Integer.class).one();

                assertThatThrownBy(() -> otherStatement.executeUpdate("INSERT INTO events (payload) VALUES ('x')"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("SQLITE_BUSY");
            });
            otherStatement.executeUpdate("INSERT INTO events (payload) VALUES ('after the writer committed')");
        }
        List<String> payloads =
                writer.withHandle(handle -> handle.createQuery("SELECT payload FROM events").mapTo(String.class).list());
        assertThat(payloads).containsExactly("after the writer committed");
    }
}
