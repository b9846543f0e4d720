-- Keys that integrations (Open311 clients) present when they file requests. Only the SHA-256 of a key is kept:
-- the key itself is printed once by the api-key command and never stored, so a copy of this table files nothing.
-- created_at is ISO-8601 UTC text, as in the migration ledger.
CREATE TABLE governance_api_keys (
    key_hash text PRIMARY KEY,
    client_name text NOT NULL,
    created_at text NOT NULL
);
