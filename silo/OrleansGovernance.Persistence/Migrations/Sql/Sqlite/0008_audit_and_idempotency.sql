-- Every write through the API: who (the token's subject and role), when, what (method and route, the path called,
-- the id the route named) and how it ended (HTTP status). Append-only: the platform inserts and never changes a row
-- (PostgreSQL also refuses changes with a trigger; the embedded file has one writer, the platform itself).
-- Times are ISO-8601 UTC text, as in the migration ledger.
CREATE TABLE governance_audit (
    entry_id integer PRIMARY KEY AUTOINCREMENT,
    at text NOT NULL,
    actor text NOT NULL,
    role text NOT NULL,
    action text NOT NULL,
    target text NOT NULL,
    subject_id text NULL,
    status integer NOT NULL
);

CREATE INDEX governance_audit_by_subject ON governance_audit (subject_id, entry_id);

CREATE INDEX governance_audit_by_actor ON governance_audit (actor, entry_id);

-- The first answer to each request sent with an Idempotency-Key, kept for a day so a retry gets it back instead of
-- a second resource. status is null while the first request is still being handled; resource_id is the id that
-- request was given, so a retry after a crash in between creates that same resource rather than another.
CREATE TABLE governance_idempotency (
    caller text NOT NULL,
    idempotency_key text NOT NULL,
    fingerprint text NOT NULL,
    resource_id text NOT NULL,
    reserved_at text NOT NULL,
    status integer NULL,
    headers text NULL,
    body text NULL,
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX governance_idempotency_by_age ON governance_idempotency (reserved_at);
