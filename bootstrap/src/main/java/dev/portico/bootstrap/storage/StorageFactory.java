package dev.portico.bootstrap.storage;

import dev.portico.adapters.persistence.memory.InMemoryStorageHealth;
import dev.portico.adapters.persistence.sqlite.SqliteStorageHealth;
import dev.portico.bootstrap.config.DatabaseConfig;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.util.Duration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Opens the configured store. For SQLite: one writer connection (so writes queue in the pool instead
 * of failing with SQLITE_BUSY) and a small pool of reader connections, all in WAL mode.
 */
public final class StorageFactory {

    private StorageFactory() {
    }

    public static Storage open(DatabaseConfig config, Environment environment) {
        return switch (config.getType()) {
            case memory -> new Storage(new InMemoryStorageHealth());
            case sqlite -> openSqlite(config, environment);
        };
    }

    private static Storage openSqlite(DatabaseConfig config, Environment environment) {
        Path file = ensureParentDirectory(config.getPath());
        JdbiFactory jdbiFactory = new JdbiFactory();
        Jdbi writer = jdbiFactory.build(environment, writerDataSource(file, config), "sqlite-writer");
        Jdbi reader = jdbiFactory.build(environment, readerDataSource(file, config), "sqlite-reader");
        return new Storage(new SqliteStorageHealth(reader));
    }

    public static DataSourceFactory writerDataSource(Path file, DatabaseConfig config) {
        DataSourceFactory factory = baseDataSource(file, config);
        factory.getProperties().put("transaction_mode", "IMMEDIATE");
        factory.setInitialSize(1);
        factory.setMinSize(1);
        factory.setMaxSize(1);
        return factory;
    }

    public static DataSourceFactory readerDataSource(Path file, DatabaseConfig config) {
        DataSourceFactory factory = baseDataSource(file, config);
        factory.setInitialSize(1);
        factory.setMinSize(1);
        factory.setMaxSize(config.getReadConnections());
        return factory;
    }

    private static DataSourceFactory baseDataSource(Path file, DatabaseConfig config) {
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass("org.sqlite.JDBC");
        factory.setUrl("jdbc:sqlite:" + file);
        factory.setProperties(new java.util.HashMap<>(Map.of(
                "journal_mode", "WAL",
                "synchronous", "NORMAL",
                "foreign_keys", "true",
                "busy_timeout", Long.toString(config.getBusyTimeout().toMilliseconds()))));
        factory.setValidationQuery("SELECT 1");
        factory.setMaxWaitForConnection(Duration.milliseconds(config.getBusyTimeout().toMilliseconds()));
        factory.setCheckConnectionWhileIdle(false);
        return factory;
    }

    private static Path ensureParentDirectory(String path) {
        Path file = Path.of(path).toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory for the database at " + file, e);
        }
        return file;
    }
}
