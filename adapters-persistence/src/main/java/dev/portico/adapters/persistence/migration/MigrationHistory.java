package dev.portico.adapters.persistence.migration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the shipped scripts and a database's {@code schema_version} rows say together, whatever the
 * dialect: each migration's status, and whether it is safe to migrate at all.
 */
public final class MigrationHistory {

    private MigrationHistory() {
    }

    /** Every shipped or applied migration, in version order. */
    public static List<MigrationStatus> statuses(List<MigrationScript> scripts, Map<Integer, AppliedMigration> applied) {
        Map<Integer, MigrationStatus> statuses = new TreeMap<>();
        for (AppliedMigration migration : applied.values()) {
            statuses.put(migration.version(), new MigrationStatus(migration.version(), migration.name(),
                    MigrationStatus.State.UNKNOWN, Optional.of(migration.appliedAt())));
        }
        for (MigrationScript script : scripts) {
            Migration migration = script.migration();
            AppliedMigration record = applied.get(migration.version());
            statuses.put(migration.version(), record == null
                    ? MigrationStatus.pending(migration)
                    : new MigrationStatus(migration.version(), migration.name(),
                            record.checksum().equals(migration.checksum())
                                    ? MigrationStatus.State.APPLIED
                                    : MigrationStatus.State.CHANGED,
                            Optional.of(record.appliedAt())));
        }
        return List.copyOf(statuses.values());
    }

    /** Refuses when an applied file changed or the database holds a migration this build does not ship. */
    public static void refuseUnsafeHistory(List<MigrationScript> scripts, Map<Integer, AppliedMigration> applied) {
        Map<Integer, MigrationScript> shipped = new TreeMap<>();
        scripts.forEach(script -> shipped.put(script.migration().version(), script));
        for (AppliedMigration record : applied.values()) {
            MigrationScript script = shipped.get(record.version());
            if (script == null) {
                throw new MigrationException("The database has migration " + record.version() + " ("
                        + record.name() + ") applied, but this build does not ship it: the database was "
                        + "migrated by a newer Portico. Run that version, or restore a backup.");
            }
            if (!script.migration().checksum().equals(record.checksum())) {
                throw changedFile(script);
            }
        }
    }

    public static MigrationException changedFile(MigrationScript script) {
        return new MigrationException("Migration " + script.source() + " was changed after it was applied "
                + "(checksum differs from schema_version). Applied migrations must not be edited: restore "
                + "the file and put the change in a new numbered file.");
    }
}
