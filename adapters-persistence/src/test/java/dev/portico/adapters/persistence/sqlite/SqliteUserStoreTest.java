package dev.portico.adapters.persistence.sqlite;

import dev.portico.application.user.port.UserStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteUserStoreTest extends UserStoreContract<SqliteUserStore> {

    @RegisterExtension
    final SqliteTestDatabase database = SqliteTestDatabase.withProductionSchema();

    @Override
    protected SqliteUserStore newStore() {
        return new SqliteUserStore(database.schemaWriter(), database.reader());
    }
}
