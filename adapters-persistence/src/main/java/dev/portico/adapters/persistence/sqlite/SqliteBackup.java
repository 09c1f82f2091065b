package dev.portico.adapters.persistence.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a consistent copy of a live SQLite database with {@code VACUUM INTO}: one read transaction,
 * so the copy is the database as of one instant while writers carry on. Prefer a reader {@link Jdbi}:
 * the copy needs no write lock, and the writer's only connection stays free.
 */
public final class SqliteBackup {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteBackup.class);

    private final Jdbi jdbi;

    public SqliteBackup(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Refuses an existing target (a backup never overwrites); creates missing parent directories. */
    public void writeTo(Path target) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw new BackupRefusedException("Refusing to overwrite " + file + ": it already exists; choose a new file name");
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory for the backup at " + file, e);
        }
        // SQLite itself refuses a target that appeared meanwhile and is not empty, so there is no overwrite race.
        jdbi.useHandle(handle -> handle.execute("VACUUM INTO ?", file.toString()));
        LOG.info("Wrote database backup to {}", file);
    }
}
