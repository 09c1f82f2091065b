package dev.portico.adapters.persistence.migration;

import java.time.Instant;

/** A row of {@code schema_version}: what was applied, with the checksum it had then. */
public record AppliedMigration(int version, String name, String checksum, Instant appliedAt) {
}
