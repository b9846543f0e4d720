-- Grain state for Microsoft.Orleans.Persistence.AdoNet on SQLite (Microsoft.Data.Sqlite, invariant
-- "System.Data.SQLite").
--
-- Identity. The provider addresses a row by service id, grain id hash, grain id N0/N1 (the numeric key parts),
-- the state name (the provider calls it the grain type string) and the key string (the whole key of a
-- string-keyed grain, or the key extension of an integer/Guid key; NULL when there is none). It also sends a
-- hash of the state name; that adds nothing to the state name itself and is not stored.
-- Upstream has no unique key on this identity. Here it is a unique index, so a second row for the same grain
-- state can never appear. SQLite treats NULLs in a unique index as distinct, yet a missing key extension must
-- collide with itself, so the index holds ifnull(grain_id_extension, zeroblob(0)): an empty BLOB, which never
-- equals any TEXT key, stands for "no extension". The write query names exactly this index as its conflict
-- target.
--
-- Payload. The state is System.Text.Json output, sent as UTF-8 bytes in @PayloadBinary. It is stored as TEXT
-- (CAST ... AS TEXT) so it can be read in the database, checked to be JSON, and returned as a BLOB named
-- PayloadBinary because the provider reads that column as byte[]. A NULL payload is a cleared state; the row
-- and its version stay.
--
-- Versions (the etag). A row is created with version 1; every successful write, and every clear, adds one.
-- The provider compares what a query returns with the etag it sent: an unchanged value, or no row at all, is
-- a version conflict and raises InconsistentStateException.
--
-- Every query is a single statement, so a write either happens completely or not at all.

CREATE TABLE orleans_grain_state
(
    id                 INTEGER NOT NULL,
    service_id         TEXT    NOT NULL,
    state_name         TEXT    NOT NULL,
    grain_id_hash      INTEGER NOT NULL,
    grain_id_n0        INTEGER NOT NULL,
    grain_id_n1        INTEGER NOT NULL,
    grain_id_extension TEXT    NULL,
    payload            TEXT    NULL,
    version            INTEGER NOT NULL,
    -- UTC, ISO 8601; for people reading the table, Orleans does not use it.
    modified_on        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),

    CONSTRAINT orleans_grain_state_pk PRIMARY KEY (id),
    -- Only JSON is stored, so the column stays readable and a bad write fails instead of poisoning later reads.
    CONSTRAINT orleans_grain_state_payload_json CHECK (payload IS NULL OR json_valid(payload)),
    -- Upstream allows a NULL version; a row without one could never be updated again (every write compares
    -- versions), and the provider's etag arithmetic only works on positive numbers.
    CONSTRAINT orleans_grain_state_version_positive CHECK (version >= 1)
) STRICT;

CREATE UNIQUE INDEX orleans_grain_state_identity ON orleans_grain_state
    (grain_id_hash, grain_id_n0, grain_id_n1, service_id, state_name, ifnull(grain_id_extension, zeroblob(0)));

-- Write, as one UPSERT.
--   @GrainStateVersion NULL, no row yet:         inserts version 1 and returns 1.
--   @GrainStateVersion NULL, row exists:         the conflict's WHERE (version = NULL) fails; no row returned.
--   @GrainStateVersion = the row's version:      the conflict updates it and returns version + 1.
--   @GrainStateVersion = anything else:          no change, no row returned.
--   @GrainStateVersion given but no row exists:  the SELECT yields nothing (the EXISTS guard), so a row the
--                                                grain believes in is never silently re-created; no row returned.
-- "No row returned" makes the provider raise InconsistentStateException.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', '
    INSERT INTO orleans_grain_state AS s
        (service_id, state_name, grain_id_hash, grain_id_n0, grain_id_n1, grain_id_extension, payload, version)
    SELECT @ServiceId, @GrainTypeString, @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainIdExtensionString,
           CAST(@PayloadBinary AS TEXT), 1
    WHERE @GrainStateVersion IS NULL
       OR EXISTS (
            SELECT 1
            FROM orleans_grain_state e
            WHERE e.grain_id_hash = @GrainIdHash
              AND e.grain_id_n0 = @GrainIdN0
              AND e.grain_id_n1 = @GrainIdN1
              AND e.service_id = @ServiceId
              AND e.state_name = @GrainTypeString
              AND e.grain_id_extension IS @GrainIdExtensionString)
    ON CONFLICT (grain_id_hash, grain_id_n0, grain_id_n1, service_id, state_name, ifnull(grain_id_extension, zeroblob(0)))
    DO UPDATE SET
        payload = excluded.payload,
        version = s.version + 1,
        modified_on = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now'')
    WHERE s.version = @GrainStateVersion
    RETURNING version AS NewGrainStateVersion
');

-- Read. At most one row (the identity is unique); none when the grain was never written. A cleared state
-- comes back with a NULL payload and its version, which the provider keeps as the etag for the next write.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', '
    SELECT
        CAST(payload AS BLOB) AS PayloadBinary,
        version               AS Version
    FROM orleans_grain_state
    WHERE grain_id_hash = @GrainIdHash
      AND grain_id_n0 = @GrainIdN0
      AND grain_id_n1 = @GrainIdN1
      AND service_id = @ServiceId
      AND state_name = @GrainTypeString
      AND grain_id_extension IS @GrainIdExtensionString
');

-- Clear (ClearStateAsync with DeleteStateOnClear = false). Empties the payload but keeps the row and moves its
-- version on, so a stale activation still conflicts afterwards. Returns the new version; no row on a version
-- mismatch, which the provider reads as a conflict.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', '
    UPDATE orleans_grain_state
    SET payload = NULL,
        version = version + 1,
        modified_on = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now'')
    WHERE grain_id_hash = @GrainIdHash
      AND grain_id_n0 = @GrainIdN0
      AND grain_id_n1 = @GrainIdN1
      AND service_id = @ServiceId
      AND state_name = @GrainTypeString
      AND grain_id_extension IS @GrainIdExtensionString
      AND version = @GrainStateVersion
    RETURNING version AS NewGrainStateVersion
');

-- Delete (ClearStateAsync with DeleteStateOnClear = true). Removes the row if it still has the expected
-- version and returns that version + 1: the provider only checks that the value differs from the etag it sent,
-- then forgets the etag, so the next write inserts afresh. No row on a version mismatch: a conflict.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteStorageKey', '
    DELETE FROM orleans_grain_state
    WHERE grain_id_hash = @GrainIdHash
      AND grain_id_n0 = @GrainIdN0
      AND grain_id_n1 = @GrainIdN1
      AND service_id = @ServiceId
      AND state_name = @GrainTypeString
      AND grain_id_extension IS @GrainIdExtensionString
      AND version = @GrainStateVersion
    RETURNING version + 1 AS NewGrainStateVersion
');
