-- Short links. Codes are case-sensitive: UNIQUE compares with SQLite's default BINARY collation.
-- Times are epoch milliseconds; expires_in is the lifetime the client asked for, in seconds.
-- visits is the count of rows in visits, kept in step by the transaction that appends them.
CREATE TABLE links (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    code            TEXT    NOT NULL UNIQUE,
    owner_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    target          TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    expires_in      INTEGER NULL,
    expires_at      INTEGER NULL,
    max_visits      INTEGER NULL,
    redirect_status INTEGER NOT NULL CHECK (redirect_status IN (301, 302, 307, 308)),
    visits          INTEGER NOT NULL DEFAULT 0,
    version         INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX links_owner_id ON links (owner_id, id);

-- One row per followed redirect; day is the UTC date of at, as YYYY-MM-DD, for grouping.
CREATE TABLE visits (
    id            INTEGER PRIMARY KEY,
    link_id       INTEGER NOT NULL REFERENCES links (id) ON DELETE CASCADE,
    at            INTEGER NOT NULL,
    day           TEXT    NOT NULL,
    referrer_host TEXT    NULL,
    user_agent    TEXT    NULL
);

-- The one index: stats read a link's day range (per day, and grouped by referrer within it), and a
-- deleted link's visits cascade through it. Every redirect writes a row, so each index costs.
CREATE INDEX visits_link_id_day ON visits (link_id, day);

-- The link each owner's idempotency key created, with a hash of the request that came with the key.
CREATE TABLE idempotency_keys (
    owner_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key          TEXT    NOT NULL,
    request_hash TEXT    NOT NULL,
    link_id      INTEGER NOT NULL REFERENCES links (id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (owner_id, key)
);

CREATE INDEX idempotency_keys_link_id ON idempotency_keys (link_id);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
