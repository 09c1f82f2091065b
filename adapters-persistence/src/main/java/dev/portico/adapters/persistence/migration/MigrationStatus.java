package dev.portico.adapters.persistence.migration;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Where one migration stands in one database. {@code appliedAt} is empty exactly when it is pending. */
public record MigrationStatus(int version, String name, State state, Optional<Instant> appliedAt) {

    public enum State {
        /** Applied, and the file still has the content that was applied. */
        APPLIED,
        /** Shipped in this build, not yet applied. */
        PENDING,
        /** Applied, but the file now has different content: {@code migrate} refuses to run. */
        CHANGED,
        /** Applied in this database, but not shipped in this build (a newer build migrated it). */
        UNKNOWN
    }

    public MigrationStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(appliedAt, "appliedAt");
        if ((state == State.PENDING) == appliedAt.isPresent()) {
            throw new IllegalArgumentException("appliedAt must be empty exactly when the migration is pending");
        }
    }

    public static MigrationStatus pending(Migration migration) {
        return new MigrationStatus(migration.version(), migration.name(), State.PENDING, Optional.empty());
    }
}
