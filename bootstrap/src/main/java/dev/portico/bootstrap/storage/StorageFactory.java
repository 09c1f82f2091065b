package dev.portico.bootstrap.storage;

import dev.portico.adapters.persistence.memory.InMemoryLinkStore;
import dev.portico.adapters.persistence.memory.InMemoryRefreshTokenStore;
import dev.portico.adapters.persistence.memory.InMemorySnapshotStore;
import dev.portico.adapters.persistence.memory.InMemoryStorageHealth;
import dev.portico.adapters.persistence.memory.InMemoryUserStore;
import dev.portico.adapters.persistence.memory.InMemoryVisitLog;
import dev.portico.adapters.persistence.migration.MigrationException;
import dev.portico.adapters.persistence.postgres.PostgresSettings;
import dev.portico.adapters.persistence.postgres.PostgresStorage;
import dev.portico.adapters.persistence.sqlite.SqliteConnections;
import dev.portico.adapters.persistence.sqlite.SqliteLinkStore;
import dev.portico.adapters.persistence.sqlite.SqliteMigrations;
import dev.portico.adapters.persistence.sqlite.SqliteRefreshTokenStore;
import dev.portico.adapters.persistence.sqlite.SqliteSnapshotStore;
import dev.portico.adapters.persistence.sqlite.SqliteStorageHealth;
import dev.portico.adapters.persistence.sqlite.SqliteUserStore;
import dev.portico.adapters.persistence.sqlite.SqliteVisitLog;
import dev.portico.bootstrap.StartupRefusedException;
import dev.portico.bootstrap.config.DatabaseConfig;
import dev.portico.bootstrap.lifecycle.Closing;
import dev.portico.domain.error.StoreUnavailable;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jdbi.v3.core.Jdbi;

/**
 * Opens the configured store. For SQLite: one writer connection (so writes queue in the pool instead
 * of failing with SQLITE_BUSY) and a small pool of reader connections, all in WAL mode.
 */
public final class StorageFactory {

    private StorageFactory() {
    }

    /** The password of PostgreSQL, read from the environment only. */
    public static final String DB_PASSWORD = "PORTICO_DB_PASSWORD";

    public static Storage open(DatabaseConfig config, Map<String, String> environmentVariables, Environment environment) {
        return switch (config.getType()) {
            case memory -> inMemoryStorage();
            case sqlite -> openSqlite(config, environment);
            case postgresql -> openPostgresql(config, environmentVariables, environment);
        };
    }

    /**
     * One pool for every PostgreSQL adapter, closed when the server stops (after the last visit
     * flush, which is stopped first); migrated at start-up under the migrations' advisory lock, so
     * instances started together migrate once.
     */
    private static Storage openPostgresql(DatabaseConfig config, Map<String, String> environmentVariables,
            Environment environment) {
        PostgresSettings settings = postgresSettings(config, environmentVariables);
        PostgresStorage postgres = PostgresStorage.open(settings);
        environment.lifecycle().manage(Closing.of(postgres));
        if (config.isMigrateOnStart()) {
            migrate(postgres, settings.redactedUrl());
        }
        return new Storage(postgres.health(), postgres.users(), postgres.refreshTokens(), postgres.links(),
                postgres.visits(), postgres.snapshots(), Optional.of(postgres.visitLimits()));
    }

    /** The settings of {@code database:} with the password from {@value #DB_PASSWORD}, when it is set. */
    public static PostgresSettings postgresSettings(DatabaseConfig config, Map<String, String> environmentVariables) {
        String password = environmentVariables.get(DB_PASSWORD);
        if (password != null && password.isBlank()) {
            throw new StartupRefusedException(DB_PASSWORD + " is set but blank; unset it for a server that needs "
                    + "no password, or set the password");
        }
        return new PostgresSettings(config.getUrl(), config.getUser(), password, config.getPoolSize(),
                config.getConnectTimeout().toJavaDuration());
    }

    public static void migrate(PostgresStorage postgres, String where) {
        try {
            postgres.migrations().migrate();
        } catch (MigrationException refused) {
            throw new StartupRefusedException("cannot migrate the database at " + where + ": " + refused.getMessage());
        } catch (StoreUnavailable unreachable) {
            throw new StartupRefusedException("cannot reach PostgreSQL at " + where + " to migrate it; is it running, "
                    + "and are database.url, database.user and " + DB_PASSWORD + " right?");
        }
    }

    private static Storage inMemoryStorage() {
        InMemoryLinkStore links = new InMemoryLinkStore();
        return new Storage(new InMemoryStorageHealth(), new InMemoryUserStore(), new InMemoryRefreshTokenStore(), links,
                new InMemoryVisitLog(links), new InMemorySnapshotStore());
    }

    private static Storage openSqlite(DatabaseConfig config, Environment environment) {
        Path file = ensureParentDirectory(config);
        JdbiFactory jdbiFactory = new JdbiFactory();
        Jdbi writer = jdbiFactory.build(environment, writerDataSource(file, config), "sqlite-writer");
        Jdbi reader = jdbiFactory.build(environment, readerDataSource(file, config), "sqlite-reader");
        if (config.isMigrateOnStart()) {
            migrate(writer, file);
        }
        return sqliteStorage(writer, reader);
    }

    /** The SQLite adapters over one writer and one reader {@link Jdbi}, for the server and the CLI alike. */
    public static Storage sqliteStorage(Jdbi writer, Jdbi reader) {
        return new Storage(new SqliteStorageHealth(reader), new SqliteUserStore(writer, reader),
                new SqliteRefreshTokenStore(writer, reader), new SqliteLinkStore(writer, reader),
                new SqliteVisitLog(writer, reader), new SqliteSnapshotStore(writer, reader));
    }

    public static void migrate(Jdbi writer, Path file) {
        try {
            new SqliteMigrations(writer).migrate();
        } catch (MigrationException refused) {
            throw new StartupRefusedException("cannot migrate the database at " + file + ": " + refused.getMessage());
        }
    }

    public static DataSourceFactory writerDataSource(Path file, DatabaseConfig config) {
        DataSourceFactory factory = baseDataSource(file, config, true);
        factory.setInitialSize(1);
        factory.setMinSize(1);
        factory.setMaxSize(1);
        return factory;
    }

    public static DataSourceFactory readerDataSource(Path file, DatabaseConfig config) {
        DataSourceFactory factory = baseDataSource(file, config, false);
        factory.setInitialSize(1);
        factory.setMinSize(1);
        factory.setMaxSize(config.getReadConnections());
        return factory;
    }

    /**
     * A Jdbi without a pool, for one-off CLI commands: each handle opens its own connection with the
     * same pragmas as the server's pools.
     */
    public static Jdbi unpooledJdbi(Path file, DatabaseConfig config, boolean writer) {
        return Jdbi.create(SqliteConnections.jdbcUrl(file), sqliteProperties(config, writer));
    }

    /** The driver properties (pragmas) every SQLite connection gets; the writer's also begin IMMEDIATE. */
    public static Properties sqliteProperties(DatabaseConfig config, boolean writer) {
        return SqliteConnections.properties(
                config.getBusyTimeout().toJavaDuration(), writer);
    }

    /** The configured database file as an absolute path; creates nothing. */
    public static Path databaseFile(DatabaseConfig config) {
        return Path.of(config.getPath()).toAbsolutePath().normalize();
    }

    public static Path ensureParentDirectory(DatabaseConfig config) {
        Path file = databaseFile(config);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory for the database at " + file, e);
        }
        return file;
    }

    private static DataSourceFactory baseDataSource(Path file, DatabaseConfig config, boolean writer) {
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass("org.sqlite.JDBC");
        factory.setUrl(SqliteConnections.jdbcUrl(file));
        Map<String, String> properties = new HashMap<>();
        sqliteProperties(config, writer).forEach((key, value) -> properties.put(key.toString(), value.toString()));
        factory.setProperties(properties);
        factory.setValidationQuery("SELECT 1");
        factory.setMaxWaitForConnection(config.getBusyTimeout());
        factory.setCheckConnectionWhileIdle(false);
        return factory;
    }
}
