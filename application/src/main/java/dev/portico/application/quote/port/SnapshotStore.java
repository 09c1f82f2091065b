package dev.portico.application.quote.port;

import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Symbol;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stored daily snapshots, one per symbol per trading day. */
public interface SnapshotStore {

    /** Stores the snapshot unless that symbol's day is already stored; returns whether it stored it. */
    boolean insertIfAbsent(DailySnapshot snapshot);

    /** Stores the snapshot, replacing that symbol's day if it is already stored. */
    void upsert(DailySnapshot snapshot);

    Optional<DailySnapshot> find(Symbol symbol, LocalDate date);

    /** The symbol's snapshots from {@code from} to {@code to} inclusive, oldest first. */
    List<DailySnapshot> between(Symbol symbol, LocalDate from, LocalDate to);
}
