-- One row per symbol per trading day; symbol is canonical (BRK.B). Prices are NUMERIC without a
-- declared scale, which keeps the scale a feed gave ("62.40" comes back as 62.40), never floating point.
CREATE TABLE daily_snapshots (
    symbol         TEXT    NOT NULL,
    day            DATE    NOT NULL,
    open           NUMERIC NOT NULL,
    high           NUMERIC NOT NULL,
    low            NUMERIC NOT NULL,
    close          NUMERIC NOT NULL,
    previous_close NUMERIC NOT NULL,
    volume         BIGINT  NOT NULL,
    currency       TEXT    NOT NULL,
    PRIMARY KEY (symbol, day)
);
