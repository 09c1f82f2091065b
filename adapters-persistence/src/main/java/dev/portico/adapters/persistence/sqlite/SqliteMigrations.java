package dev.portico.adapters.persistence.sqlite;

import dev.portico.adapters.persistence.migration.AppliedMigration;
import dev.portico.adapters.persistence.migration.Migration;
import dev.portico.adapters.persistence.migration.MigrationException;
import dev.portico.adapters.persistence.migration.MigrationHistory;
import dev.portico.adapters.persistence.migration.MigrationScript;
import dev.portico.adapters.persistence.migration.MigrationScripts;
import dev.portico.adapters.persistence.migration.MigrationStatus;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the numbered SQL files under a classpath folder ({@code db/migration} by default) in
 * numeric order, each in its own transaction, and records them in {@code schema_version}.
 * Give it the writer {@link Jdbi}: its {@code BEGIN IMMEDIATE} makes two migrating processes take turns.
 */
public final class SqliteMigrations {

    public static final String DEFAULT_LOCATION = "db/migration";

    private static final Logger LOG = LoggerFactory.getLogger(SqliteMigrations.class);

    private static final String CREATE_VERSION_TABLE = """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                checksum   TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )""";

    private final Jdbi jdbi;
    private final String location;
    private final ClassLoader classLoader;

    public SqliteMigrations(Jdbi jdbi) {
        this(jdbi, DEFAULT_LOCATION);
    }

    public SqliteMigrations(Jdbi jdbi, String location) {
        this(jdbi, location, SqliteMigrations.class.getClassLoader());
    }

    public SqliteMigrations(Jdbi jdbi, String location, ClassLoader classLoader) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.location = Objects.requireNonNull(location, "location");
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /** The migrations this build ships, in order, without touching the database. */
    public List<Migration> available() {
        return MigrationScripts.load(classLoader, location).stream().map(MigrationScript::migration).toList();
    }

    /** Every shipped or applied migration, in version order. Reads only; creates nothing. */
    public List<MigrationStatus> status() {
        List<MigrationScript> scripts = MigrationScripts.load(classLoader, location);
        Map<Integer, AppliedMigration> applied = jdbi.withHandle(SqliteMigrations::readApplied);

        return MigrationHistory.statuses(scripts, applied);
    }

    /**
     * Applies every pending migration in order and returns those applied by this call (empty when
     * the database is up to date). Refuses, before applying anything, when an applied file changed or
     * the database holds a migration this build does not ship. A failing file is rolled back alone;
     * files applied before it stay applied.
     */
    public List<Migration> migrate() {
        List<MigrationScript> scripts = MigrationScripts.load(classLoader, location);
        jdbi.useHandle(handle -> handle.execute(CREATE_VERSION_TABLE));
        Map<Integer, AppliedMigration> applied = jdbi.withHandle(SqliteMigrations::readApplied);
        MigrationHistory.refuseUnsafeHistory(scripts, applied);

        List<Migration> appliedNow = new ArrayList<>();
        for (MigrationScript script : scripts) {
            if (!applied.containsKey(script.migration().version()) && apply(script)) {
                appliedNow.add(script.migration());
            }
        }
        if (appliedNow.isEmpty()) {
            LOG.info("Database schema is up to date ({} migrations)", scripts.size());
        }
        return List.copyOf(appliedNow);
    }

    /** Applies one file in its own transaction; false if another process applied it meanwhile. */
    private boolean apply(MigrationScript script) {
        Migration migration = script.migration();
        return jdbi.inTransaction(handle -> {
            Optional<String> recorded = handle
                    .createQuery("SELECT checksum FROM schema_version WHERE version = :version")
                    .bind("version", migration.version())
                    .mapTo(String.class)
                    .findOne();
            if (recorded.isPresent()) {
                if (!recorded.get().equals(migration.checksum())) {
                    throw MigrationHistory.changedFile(script);
                }
                return false;
            }
            // Plain JDBC on purpose: sqlite-jdbc hands the whole text to sqlite3_exec, so SQLite itself
            // splits the statements (triggers included), where a prepared statement would run only the first.
            try (Statement statement = handle.getConnection().createStatement()) {
                statement.executeUpdate(script.sql());
            } catch (SQLException e) {
                throw new MigrationException("Migration " + script.source() + " failed and was rolled back: "
                        + e.getMessage(), e);
            }
            handle.createUpdate("INSERT INTO schema_version (version, name, checksum, applied_at) "
                            + "VALUES (:version, :name, :checksum, :appliedAt)")
                    .bind("version", migration.version())
                    .bind("name", migration.name())
                    .bind("checksum", migration.checksum())
                    .bind("appliedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                    .execute();
            LOG.info("Applied migration {}", script.fileName());
            return true;
        });
    }

    private static Map<Integer, AppliedMigration> readApplied(Handle handle) {
        boolean tableExists = handle.createQuery(
                        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'")
                .mapTo(Integer.class)
                .one() > 0;
        Map<Integer, AppliedMigration> applied = new TreeMap<>();
        if (tableExists) {
            handle.createQuery("SELECT version, name, checksum, applied_at FROM schema_version ORDER BY version")
                    .map((rs, ctx) -> new AppliedMigration(rs.getInt("version"), rs.getString("name"),
                            rs.getString("checksum"), Instant.parse(rs.getString("applied_at"))))
                    .forEach(record -> applied.put(record.version(), record));
        }
        return applied;
    }
}
