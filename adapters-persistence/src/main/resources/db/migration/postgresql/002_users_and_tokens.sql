-- Accounts. Usernames are stored lower-case, so the UNIQUE constraint is case-insensitive in effect.
-- Times are epoch milliseconds (BIGINT), as in the SQLite schema, so both dialects keep the same precision.
-- Constraints are named: the adapters tell a taken username from other violations by the name.
CREATE TABLE users (
    id                BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username          TEXT    NOT NULL,
    role              TEXT    NOT NULL CHECK (role IN ('user', 'admin')),
    password_hash     TEXT    NOT NULL,
    created_at        BIGINT  NOT NULL,
    tokens_not_before BIGINT  NULL,
    CONSTRAINT users_username_unique UNIQUE (username)
);

-- Instances poll for not-before times set since their last look.
CREATE INDEX users_tokens_not_before ON users (tokens_not_before) WHERE tokens_not_before IS NOT NULL;

-- One row per login; every refresh token rotated from that login belongs to it.
CREATE TABLE refresh_token_families (
    id         TEXT    PRIMARY KEY,
    user_id    BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT  NOT NULL,
    expires_at BIGINT  NOT NULL,
    revoked_at BIGINT  NULL
);

CREATE INDEX refresh_token_families_user_id ON refresh_token_families (user_id);
CREATE INDEX refresh_token_families_expires_at ON refresh_token_families (expires_at);

-- Only a hash of each token's id is kept, never the token.
CREATE TABLE refresh_tokens (
    id_hash    TEXT    PRIMARY KEY,
    family_id  TEXT    NOT NULL REFERENCES refresh_token_families (id) ON DELETE CASCADE,
    user_id    BIGINT  NOT NULL,
    issued_at  BIGINT  NOT NULL,
    expires_at BIGINT  NOT NULL,
    used_at    BIGINT  NULL
);

CREATE INDEX refresh_tokens_family_id ON refresh_tokens (family_id);
