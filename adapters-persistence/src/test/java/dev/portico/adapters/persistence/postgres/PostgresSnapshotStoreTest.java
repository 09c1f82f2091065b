package dev.portico.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.quote.port.SnapshotStoreContract;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresSnapshotStoreTest extends SnapshotStoreContract<PostgresSnapshotStore> {

    @RegisterExtension
    static final PostgresTestDatabase database = PostgresTestDatabase.migrated();

    @Override
    protected PostgresSnapshotStore newStore() {
        return database.storage().snapshots();
    }

    @Test
    void givenASnapshot_itsRow_holdsPricesAsNumericsWithTheirScaleAndTheDayAsADate() {
        newStore().insertIfAbsent(new DailySnapshot(new Symbol("BRK.B"), LocalDate.of(2025, 3, 3),
                new BigDecimal("62.40"), new BigDecimal("63.1"), new BigDecimal("61.005"), new BigDecimal("62.40"),
                new BigDecimal("60"), 42L, "USD"));

        assertThat(database.queryString("SELECT concat_ws(' ', symbol, day, pg_typeof(day), pg_typeof(open), open, "
                + "high, low, close, previous_close, pg_typeof(volume), volume, currency) FROM daily_snapshots"))
                .isEqualTo("BRK.B 2025-03-03 date numeric 62.40 63.1 61.005 62.40 60 bigint 42 USD");
    }
}
