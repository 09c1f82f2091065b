package dev.portico.adapters.persistence.postgres;

import dev.portico.adapters.persistence.migration.AppliedMigration;
import dev.portico.adapters.persistence.migration.Migration;
import dev.portico.adapters.persistence.migration.MigrationException;
import dev.portico.adapters.persistence.migration.MigrationHistory;
import dev.portico.adapters.persistence.migration.MigrationScript;
import dev.portico.adapters.persistence.migration.MigrationScripts;
import dev.portico.adapters.persistence.migration.MigrationStatus;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the numbered SQL files under a classpath folder ({@code db/migration/postgresql} by default)
 * in numeric order, each in its own transaction, and records them in {@code schema_version}. The whole
 * run holds a session-level {@code pg_advisory_lock}, so instances migrating one database at the same
 * moment take turns: the first applies every pending file, the others find nothing left to do.
 */
public final class PostgresMigrations {

    public static final String DEFAULT_LOCATION = "db/migration/postgresql";

    /** The advisory lock's key: "portico" in ASCII, so it is recognisable in {@code pg_locks}. */
    static final long LOCK_KEY = 0x706f727469636fL;

    private static final Logger LOG = LoggerFactory.getLogger(PostgresMigrations.class);

    private static final String CREATE_VERSION_TABLE = """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER     PRIMARY KEY,
                name       TEXT        NOT NULL,
                checksum   TEXT        NOT NULL,
                applied_at TIMESTAMPTZ NOT NULL
            )""";

    private final PostgresCalls calls;
    private final String location;
    private final ClassLoader classLoader;

    public PostgresMigrations(Jdbi jdbi) {
        this(jdbi, DEFAULT_LOCATION);
    }

    public PostgresMigrations(Jdbi jdbi, String location) {
        this(jdbi, location, PostgresMigrations.class.getClassLoader());
    }

    public PostgresMigrations(Jdbi jdbi, String location, ClassLoader classLoader) {
        this.calls = new PostgresCalls(Objects.requireNonNull(jdbi, "jdbi"));
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
        return MigrationHistory.statuses(scripts, calls.withHandle(PostgresMigrations::readApplied));
    }

    /**
     * Applies every pending migration in order and returns those applied by this call (empty when the
     * database is up to date, or another instance migrated it meanwhile). Refuses, before applying
     * anything, when an applied file changed or the database holds a migration this build does not
     * ship. A failing file is rolled back alone; files applied before it stay applied.
     */
    public List<Migration> migrate() {
        List<MigrationScript> scripts = MigrationScripts.load(classLoader, location);
        return calls.withHandle(handle -> {
            // A migration may take longer than the pool's statement and socket timeouts allow a request.
            handle.execute("SET statement_timeout = 0");
            try {
                handle.getConnection().setNetworkTimeout(Runnable::run, 0);
                handle.execute("SELECT pg_advisory_lock(?)", LOCK_KEY);
                try {
                    return migrateLocked(handle, scripts);
                } finally {
                    handle.execute("SELECT pg_advisory_unlock(?)", LOCK_KEY);
                }
            } catch (SQLException e) {
                throw new MigrationException("Cannot prepare the connection for migrating: " + e.getMessage(), e);
            } finally {
                handle.execute("RESET statement_timeout");
            }
        });
    }

    private List<Migration> migrateLocked(Handle handle, List<MigrationScript> scripts) {
        handle.execute(CREATE_VERSION_TABLE);
        Map<Integer, AppliedMigration> applied = readApplied(handle);
        MigrationHistory.refuseUnsafeHistory(scripts, applied);
        List<Migration> appliedNow = new ArrayList<>();
        for (MigrationScript script : scripts) {
            if (!applied.containsKey(script.migration().version())) {
                apply(handle, script);
                appliedNow.add(script.migration());
            }
        }
        if (appliedNow.isEmpty()) {
            LOG.info("Database schema is up to date ({} migrations)", scripts.size());
        }
        return List.copyOf(appliedNow);
    }

    private static void apply(Handle handle, MigrationScript script) {
        Migration migration = script.migration();
        handle.useTransaction(transaction -> {
            // Plain JDBC: the driver sends a script of several statements as it is.
            try (Statement statement = transaction.getConnection().createStatement()) {
                statement.execute(script.sql());
            } catch (SQLException e) {
                throw new MigrationException("Migration " + script.source() + " failed and was rolled back: "
                        + e.getMessage(), e);
            }
            transaction.createUpdate("INSERT INTO schema_version (version, name, checksum, applied_at) "
                            + "VALUES (:version, :name, :checksum, date_trunc('second', now()))")
                    .bind("version", migration.version())
                    .bind("name", migration.name())
                    .bind("checksum", migration.checksum())
                    .execute();
        });
        LOG.info("Applied migration {}", script.fileName());
    }

    private static Map<Integer, AppliedMigration> readApplied(Handle handle) {
        boolean tableExists = handle.createQuery("SELECT to_regclass('schema_version') IS NOT NULL")
                .mapTo(Boolean.class)
                .one();
        Map<Integer, AppliedMigration> applied = new TreeMap<>();
        if (tableExists) {
            handle.createQuery("SELECT version, name, checksum, applied_at FROM schema_version ORDER BY version")
                    .map((rs, ctx) -> new AppliedMigration(rs.getInt("version"), rs.getString("name"),
                            rs.getString("checksum"), rs.getObject("applied_at", OffsetDateTime.class).toInstant()))
                    .forEach(record -> applied.put(record.version(), record));
        }
        return applied;
    }
}
