-- Accounts. Usernames are stored lower-case, so the UNIQUE constraint is case-insensitive in effect.
-- Times are epoch milliseconds.
CREATE TABLE users (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    username          TEXT    NOT NULL UNIQUE,
    role              TEXT    NOT NULL CHECK (role IN ('user', 'admin')),
    password_hash     TEXT    NOT NULL,
    created_at        INTEGER NOT NULL,
    tokens_not_before INTEGER NULL
);

-- One row per login; every refresh token rotated from that login belongs to it.
CREATE TABLE refresh_token_families (
    id         TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER NULL
);

CREATE INDEX refresh_token_families_user_id ON refresh_token_families (user_id);
CREATE INDEX refresh_token_families_expires_at ON refresh_token_families (expires_at);

-- Only a hash of each token's id is kept, never the token.
CREATE TABLE refresh_tokens (
    id_hash    TEXT    PRIMARY KEY,
    family_id  TEXT    NOT NULL REFERENCES refresh_token_families (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL,
    issued_at  INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER NULL
);

CREATE INDEX refresh_tokens_family_id ON refresh_tokens (family_id);
