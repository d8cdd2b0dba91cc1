-- API keys: only the SHA-256 hash of each key is stored; the key itself is shown once, when created.
CREATE TABLE __schema__.api_keys (
    key_id      text PRIMARY KEY,
    name        text NOT NULL,
    role        text NOT NULL,
    hash        bytea NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);
