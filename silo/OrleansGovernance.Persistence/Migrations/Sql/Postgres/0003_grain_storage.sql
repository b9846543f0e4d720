-- Grain state for Microsoft.Orleans.Persistence.AdoNet.
--
-- Identity. The provider addresses a row by service id, grain id hash, grain id N0/N1 (the numeric key parts),
-- the state name (the provider calls it the grain type string) and the key string (the whole key of a
-- string-keyed grain, or the key extension of an integer/Guid key; NULL when there is none). It also sends a
-- hash of the state name; that adds nothing to the state name itself and is not stored.
-- Upstream has no unique key on this identity, so two racing first writes could both insert and every later
-- read would fail on two rows. Here the identity is a UNIQUE constraint, NULLS NOT DISTINCT because a missing
-- key extension is a real value of the identity and must collide with itself. Its index (hash first, the most
-- selective column) also serves every lookup.
--
-- Payload. The state is System.Text.Json output, sent as UTF-8 bytes in @PayloadBinary. It is kept as jsonb so
-- it can be read and queried in the database, converted on the way in (convert_from ... AS jsonb, which also
-- rejects anything that is not valid JSON) and back to bytes on the way out, returned as "PayloadBinary"
-- because the provider reads that column as byte[]. jsonb keeps values but not layout: whitespace is
-- normalised and object keys are re-ordered, so a serializer that needs metadata such as "$type" to come first
-- must allow out-of-order metadata. A NULL payload is a cleared state; the row and its version stay.
--
-- Versions (the etag). A row is created with version 1; every successful write, and every clear, adds one.
-- The provider compares what a query returns with the etag it sent: an unchanged value, an empty (NULL) value
-- or no value at all when it sent one, is a version conflict and raises InconsistentStateException.

CREATE TABLE orleans_grain_state
(
    id                 bigint       GENERATED ALWAYS AS IDENTITY,
    service_id         varchar(150) NOT NULL,
    state_name         varchar(512) NOT NULL,
    grain_id_hash      integer      NOT NULL,
    grain_id_n0        bigint       NOT NULL,
    grain_id_n1        bigint       NOT NULL,
    grain_id_extension varchar(1024) NULL,
    payload            jsonb        NULL,
    version            integer      NOT NULL,
    modified_on        timestamptz  NOT NULL DEFAULT now(),

    CONSTRAINT orleans_grain_state_pk PRIMARY KEY (id),
    CONSTRAINT orleans_grain_state_identity UNIQUE NULLS NOT DISTINCT
        (grain_id_hash, grain_id_n0, grain_id_n1, service_id, state_name, grain_id_extension),
    -- Upstream allows a NULL version; a row without one could never be updated again (every write compares
    -- versions), and the provider's etag arithmetic only works on positive numbers.
    CONSTRAINT orleans_grain_state_version_positive CHECK (version >= 1)
);

-- Write. With @GrainStateVersion NULL (the grain has never seen a row) it inserts version 1, unless a row
-- already exists. With a version it updates the row only if it still carries exactly that version. A version
-- given for a row that no longer exists is a conflict too, never a silent re-insert.
-- Exactly one row comes back: the new version on success; on conflict the version that was sent (NULL when
-- none was sent), which the provider reads as "nothing changed" and turns into InconsistentStateException.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', '
    WITH updated AS (
        UPDATE orleans_grain_state s
        SET payload = CAST(convert_from(@PayloadBinary, ''UTF8'') AS jsonb),
            version = s.version + 1,
            modified_on = now()
        WHERE s.grain_id_hash = @GrainIdHash
          AND s.grain_id_n0 = @GrainIdN0
          AND s.grain_id_n1 = @GrainIdN1
          AND s.service_id = @ServiceId
          AND s.state_name = @GrainTypeString
          AND s.grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
          AND s.version = @GrainStateVersion
        RETURNING s.version
    ),
    inserted AS (
        INSERT INTO orleans_grain_state
            (service_id, state_name, grain_id_hash, grain_id_n0, grain_id_n1, grain_id_extension, payload, version)
        SELECT @ServiceId, @GrainTypeString, @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainIdExtensionString,
               CAST(convert_from(@PayloadBinary, ''UTF8'') AS jsonb), 1
        WHERE @GrainStateVersion IS NULL
        ON CONFLICT ON CONSTRAINT orleans_grain_state_identity DO NOTHING
        RETURNING version
    )
    SELECT COALESCE((SELECT version FROM updated),
                    (SELECT version FROM inserted),
                    @GrainStateVersion) AS "NewGrainStateVersion"
');

-- Read. At most one row (the identity is unique); none when the grain was never written. A cleared state
-- comes back with a NULL payload and its version, which the provider keeps as the etag for the next write.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', '
    SELECT
        convert_to(CAST(payload AS text), ''UTF8'') AS "PayloadBinary",
        version                                    AS "Version"
    FROM orleans_grain_state
    WHERE grain_id_hash = @GrainIdHash
      AND grain_id_n0 = @GrainIdN0
      AND grain_id_n1 = @GrainIdN1
      AND service_id = @ServiceId
      AND state_name = @GrainTypeString
      AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
');

-- Clear (ClearStateAsync with DeleteStateOnClear = false). Empties the payload but keeps the row and moves its
-- version on, so a stale activation still conflicts afterwards. Returns the new version; no row on a version
-- mismatch, which the provider reads as a conflict.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', '
    UPDATE orleans_grain_state
    SET payload = NULL,
        version = version + 1,
        modified_on = now()
    WHERE grain_id_hash = @GrainIdHash
      AND grain_id_n0 = @GrainIdN0
      AND grain_id_n1 = @GrainIdN1
      AND service_id = @ServiceId
      AND state_name = @GrainTypeString
      AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
      AND version = @GrainStateVersion
    RETURNING version AS "NewGrainStateVersion"
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
      AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
      AND version = @GrainStateVersion
    RETURNING version + 1 AS "NewGrainStateVersion"
');
