-- One row per symbol per trading day. day is the trading date as YYYY-MM-DD; symbol is canonical
-- (BRK.B). Prices are exact decimal strings (BigDecimal.toPlainString), never REAL, so the scale a
-- feed gave ("62.40") comes back unchanged.
CREATE TABLE daily_snapshots (
    symbol         TEXT    NOT NULL,
    day            TEXT    NOT NULL,
    open           TEXT    NOT NULL,
    high           TEXT    NOT NULL,
    low            TEXT    NOT NULL,
    close          TEXT    NOT NULL,
    previous_close TEXT    NOT NULL,
    volume         INTEGER NOT NULL,
    currency       TEXT    NOT NULL,
    PRIMARY KEY (symbol, day)
) WITHOUT ROWID;
