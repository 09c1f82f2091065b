-- Short links. Codes are case-sensitive: TEXT equality under a deterministic collation compares exactly.
-- Times are epoch milliseconds; expires_in is the lifetime the client asked for, in seconds.
-- visits is the count of rows in visits, kept in step by the transaction that appends them.
-- visits_admitted is how many redirects of a link with a visit limit were let through, counted by
-- the redirect itself (one UPDATE each), so the limit holds across instances before visits are written.
CREATE TABLE links (
    id              BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            TEXT    NOT NULL,
    owner_id        BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    target          TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    expires_in      BIGINT  NULL,
    expires_at      BIGINT  NULL,
    max_visits      BIGINT  NULL,
    redirect_status INTEGER NOT NULL CHECK (redirect_status IN (301, 302, 307, 308)),
    visits          BIGINT  NOT NULL DEFAULT 0,
    visits_admitted BIGINT  NOT NULL DEFAULT 0,
    version         BIGINT  NOT NULL DEFAULT 1,
    CONSTRAINT links_code_unique UNIQUE (code)
);

CREATE INDEX links_owner_id ON links (owner_id, id);

-- One row per followed redirect; day is the UTC date of at, for grouping. No primary key: rows are
-- only appended, read by link and day, and deleted with their link, and every index costs each redirect.
CREATE TABLE visits (
    link_id       BIGINT  NOT NULL REFERENCES links (id) ON DELETE CASCADE,
    at            BIGINT  NOT NULL,
    day           DATE    NOT NULL,
    referrer_host TEXT    NULL,
    user_agent    TEXT    NULL
);

CREATE INDEX visits_link_id_day ON visits (link_id, day);

-- The link each owner's idempotency key created, with a hash of the request that came with the key.
CREATE TABLE idempotency_keys (
    owner_id     BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key          TEXT    NOT NULL,
    request_hash TEXT    NOT NULL,
    link_id      BIGINT  NOT NULL REFERENCES links (id) ON DELETE CASCADE,
    created_at   BIGINT  NOT NULL,
    CONSTRAINT idempotency_keys_pkey PRIMARY KEY (owner_id, key)
);

CREATE INDEX idempotency_keys_link_id ON idempotency_keys (link_id);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
