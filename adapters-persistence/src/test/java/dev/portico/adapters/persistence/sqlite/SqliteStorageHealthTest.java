package dev.portico.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.pulse.port.StorageHealthContract;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStorageHealthTest extends StorageHealthContract<SqliteStorageHealth> {

    @TempDir
    Path temp;

    @Override
    protected SqliteStorageHealth newStorageHealth() {
        return new SqliteStorageHealth(SqliteTestDatabase.at(temp.resolve("portico.db")).reader());
    }

    @Test
    void givenAFileThatIsNotADatabase_isReachable_returnsFalse() throws Exception {
        Path garbage = temp.resolve("garbage.db");
        Files.write(garbage, "this is not an SQLite database, just text. ".repeat(200).getBytes());

        assertThat(new SqliteStorageHealth(SqliteTestDatabase.at(garbage).reader()).isReachable()).isFalse();
    }

    @Test
    void givenADatabaseInADirectoryThatDoesNotExist_isReachable_returnsFalse() {
        Path nowhere = temp.resolve("no-such-directory/portico.db");

        assertThat(new SqliteStorageHealth(SqliteTestDatabase.at(nowhere).reader()).isReachable()).isFalse();
    }

    @Test
    void givenADatabaseThatBecomesGarbageAfterItWasUp_isReachable_turnsFalse() throws Exception {
        Path file = temp.resolve("portico.db");
        SqliteStorageHealth health = new SqliteStorageHealth(SqliteTestDatabase.at(file).reader());
        assertThat(health.isReachable()).isTrue();

        Files.write(file, "overwritten by something else ".repeat(200).getBytes());
        Files.deleteIfExists(temp.resolve("portico.db-wal"));
        Files.deleteIfExists(temp.resolve("portico.db-shm"));

        assertThat(health.isReachable()).isFalse();
    }
}
