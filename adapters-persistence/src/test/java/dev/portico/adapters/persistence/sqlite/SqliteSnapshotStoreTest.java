package dev.portico.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.quote.port.SnapshotStoreContract;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteSnapshotStoreTest extends SnapshotStoreContract<SqliteSnapshotStore> {

    @RegisterExtension
    final SqliteTestDatabase database = SqliteTestDatabase.withProductionSchema();

    @Override
    protected SqliteSnapshotStore newStore() {
        return new SqliteSnapshotStore(database.schemaWriter(), database.reader());
    }

    private String queryString(String sql) {
        return database.reader().withHandle(handle -> handle.createQuery(sql).mapTo(String.class).one());
    }

    @Test
    void givenASnapshot_itsRow_holdsPricesAsExactTextAndTheDayAsIsoText() {
        newStore().insertIfAbsent(new DailySnapshot(new Symbol("BRK.B"), LocalDate.of(2025, 3, 3),
                new BigDecimal("62.40"), new BigDecimal("63.1"), new BigDecimal("61.005"), new BigDecimal("62.40"),
                new BigDecimal("60"), 42L, "USD"));

        assertThat(queryString("SELECT symbol || ' ' || day || ' ' || typeof(open) || ' ' || open || ' ' || high "
                + "|| ' ' || low || ' ' || close || ' ' || previous_close || ' ' || typeof(volume) || ' ' || volume "
                + "|| ' ' || currency FROM daily_snapshots"))
                .isEqualTo("BRK.B 2025-03-03 text 62.40 63.1 61.005 62.40 60 integer 42 USD");
    }

    @Test
    void givenTheShippedSchema_dailySnapshots_isAWithoutRowidTable() {
        assertThat(queryString("SELECT sql FROM sqlite_schema WHERE name = 'daily_snapshots'"))
                .contains("PRIMARY KEY (symbol, day)")
                .endsWith("WITHOUT ROWID");
    }
}
