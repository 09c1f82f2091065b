package dev.portico.adapters.persistence.sqlite;

import dev.portico.adapters.persistence.sql.ValueFreeErrors;
import dev.portico.application.quote.port.SnapshotStore;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Daily snapshots in {@code daily_snapshots}, keyed by symbol and day. The primary key decides
 * concurrent inserts of the same day; prices are stored as {@link BigDecimal#toPlainString()} text so
 * they come back exactly, scale included.
 */
public final class SqliteSnapshotStore implements SnapshotStore {

    private static final String COLUMNS = "symbol, day, open, high, low, close, previous_close, volume, currency";
    private static final String INSERT = "INSERT INTO daily_snapshots (" + COLUMNS + ") VALUES (:symbol, :day, "
            + ":open, :high, :low, :close, :previousClose, :volume, :currency) ";
    private static final String SELECT_SNAPSHOT = "SELECT " + COLUMNS + " FROM daily_snapshots ";

    private final Jdbi writer;
    private final Jdbi reader;

    public SqliteSnapshotStore(Jdbi writer, Jdbi reader) {
        this.writer = writer;
        this.reader = reader;
    }

    @Override
    public boolean insertIfAbsent(DailySnapshot snapshot) {
        return writer.withHandle(handle -> write(handle, snapshot, "ON CONFLICT (symbol, day) DO NOTHING")) > 0;
    }

    @Override
    public void upsert(DailySnapshot snapshot) {
        writer.useHandle(handle -> write(handle, snapshot, "ON CONFLICT (symbol, day) DO UPDATE SET "
                + "open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close, "
                + "previous_close = excluded.previous_close, volume = excluded.volume, "
                + "currency = excluded.currency"));
    }

    private static int write(Handle handle, DailySnapshot snapshot, String onConflict) {
        return ValueFreeErrors.on(handle)
                .createUpdate(INSERT + onConflict)
                .bind("symbol", snapshot.symbol().value())
                .bind("day", snapshot.date().toString())
                .bind("open", snapshot.open().toPlainString())
                .bind("high", snapshot.high().toPlainString())
                .bind("low", snapshot.low().toPlainString())
                .bind("close", snapshot.close().toPlainString())
                .bind("previousClose", snapshot.previousClose().toPlainString())
                .bind("volume", snapshot.volume())
                .bind("currency", snapshot.currency())
                .execute();
    }

    @Override
    public Optional<DailySnapshot> find(Symbol symbol, LocalDate date) {
        return reader.withHandle(handle -> ValueFreeErrors.on(handle)
                .createQuery(SELECT_SNAPSHOT + "WHERE symbol = :symbol AND day = :day")
                .bind("symbol", symbol.value())
                .bind("day", date.toString())
                .map(SqliteSnapshotStore::snapshot)
                .findOne());
    }

    /** ISO dates sort as text in date order, so the primary key serves the range and the order. */
    @Override
    public List<DailySnapshot> between(Symbol symbol, LocalDate from, LocalDate to) {
        return reader.withHandle(handle -> ValueFreeErrors.on(handle)
                .createQuery(SELECT_SNAPSHOT + "WHERE symbol = :symbol AND day >= :from AND day <= :to ORDER BY day")
                .bind("symbol", symbol.value())
                .bind("from", from.toString())
                .bind("to", to.toString())
                .map(SqliteSnapshotStore::snapshot)
                .list());
    }

    private static DailySnapshot snapshot(ResultSet row, StatementContext context) throws SQLException {
        return new DailySnapshot(new Symbol(row.getString("symbol")), LocalDate.parse(row.getString("day")),
                new BigDecimal(row.getString("open")), new BigDecimal(row.getString("high")),
                new BigDecimal(row.getString("low")), new BigDecimal(row.getString("close")),
                new BigDecimal(row.getString("previous_close")), row.getLong("volume"), row.getString("currency"));
    }
}
