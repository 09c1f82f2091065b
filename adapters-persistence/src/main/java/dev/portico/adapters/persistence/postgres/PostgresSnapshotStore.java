package dev.portico.adapters.persistence.postgres;

import dev.portico.application.quote.port.SnapshotStore;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Symbol;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Daily snapshots in {@code daily_snapshots}, keyed by symbol and day; the primary key decides
 * concurrent inserts of one day. Prices are NUMERIC without a declared scale, which keeps the scale
 * they were stored with, so {@code 62.40} comes back as {@code 62.40}.
 */
public final class PostgresSnapshotStore implements SnapshotStore {

    private static final String COLUMNS = "symbol, day, open, high, low, close, previous_close, volume, currency";
    private static final String INSERT = "INSERT INTO daily_snapshots (" + COLUMNS + ") VALUES (:symbol, :day, "
            + ":open, :high, :low, :close, :previousClose, :volume, :currency) ";
    private static final String SELECT_SNAPSHOT = "SELECT " + COLUMNS + " FROM daily_snapshots ";

    private final PostgresCalls calls;

    public PostgresSnapshotStore(Jdbi jdbi) {
        this.calls = new PostgresCalls(jdbi);
    }

    @Override
    public boolean insertIfAbsent(DailySnapshot snapshot) {
        return calls.withHandle(handle -> write(handle, snapshot, "ON CONFLICT (symbol, day) DO NOTHING")) > 0;
    }

    @Override
    public void upsert(DailySnapshot snapshot) {
        calls.useHandle(handle -> write(handle, snapshot, "ON CONFLICT (symbol, day) DO UPDATE SET "
                + "open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close, "
                + "previous_close = excluded.previous_close, volume = excluded.volume, "
                + "currency = excluded.currency"));
    }

    private static int write(Handle handle, DailySnapshot snapshot, String onConflict) {
        return handle.createUpdate(INSERT + onConflict)
                .bind("symbol", snapshot.symbol().value())
                .bind("day", snapshot.date())
                .bind("open", snapshot.open())
                .bind("high", snapshot.high())
                .bind("low", snapshot.low())
                .bind("close", snapshot.close())
                .bind("previousClose", snapshot.previousClose())
                .bind("volume", snapshot.volume())
                .bind("currency", snapshot.currency())
                .execute();
    }

    @Override
    public Optional<DailySnapshot> find(Symbol symbol, LocalDate date) {
        return calls.withHandle(handle -> handle.createQuery(SELECT_SNAPSHOT + "WHERE symbol = :symbol AND day = :day")
                .bind("symbol", symbol.value())
                .bind("day", date)
                .map(PostgresSnapshotStore::snapshot)
                .findOne());
    }

    @Override
    public List<DailySnapshot> between(Symbol symbol, LocalDate from, LocalDate to) {
        return calls.withHandle(handle -> handle
                .createQuery(SELECT_SNAPSHOT + "WHERE symbol = :symbol AND day >= :from AND day <= :to ORDER BY day")
                .bind("symbol", symbol.value())
                .bind("from", from)
                .bind("to", to)
                .map(PostgresSnapshotStore::snapshot)
                .list());
    }

    private static DailySnapshot snapshot(ResultSet row, StatementContext context) throws SQLException {
        return new DailySnapshot(new Symbol(row.getString("symbol")), row.getObject("day", LocalDate.class),
                row.getBigDecimal("open"), row.getBigDecimal("high"), row.getBigDecimal("low"),
                row.getBigDecimal("close"), row.getBigDecimal("previous_close"), row.getLong("volume"),
                row.getString("currency"));
    }
}
