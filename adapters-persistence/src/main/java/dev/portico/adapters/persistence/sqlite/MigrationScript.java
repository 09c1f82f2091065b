package dev.portico.adapters.persistence.sqlite;

/** A migration with its SQL text and where it was found (for error messages). */
record MigrationScript(Migration migration, String fileName, String source, String sql) {
}
