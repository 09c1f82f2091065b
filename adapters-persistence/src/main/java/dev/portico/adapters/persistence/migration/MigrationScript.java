package dev.portico.adapters.persistence.migration;

/** A migration with its SQL text and where it was found (for error messages). */
public record MigrationScript(Migration migration, String fileName, String source, String sql) {
}
