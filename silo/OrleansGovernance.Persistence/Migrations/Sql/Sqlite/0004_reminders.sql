-- Reminders for Microsoft.Orleans.Reminders.AdoNet on SQLite.
--
-- One row per (service, grain, reminder name). @GrainId is the grain id's string form; @GrainHash is its
-- uniform hash (a uint the provider binds as a signed int), used to select reminders by hash range. The
-- version is the reminder's etag: 1 when created, plus one on every upsert; a removal must name it.
-- @Period arrives in milliseconds; @StartTime arrives as a DateTime, which Microsoft.Data.Sqlite writes as
-- text ("yyyy-MM-dd HH:mm:ss.FFFFFFF", UTC here) and parses back on read.
--
-- Removal is a soft delete. The provider needs exactly one row back from a conditional removal (1 = removed,
-- 0 = missing or etag moved on; it reads the first row and fails on none). In SQLite one statement cannot do
-- that with DELETE: DELETE ... RETURNING returns nothing when nothing matched, data-modifying CTEs do not
-- exist, and a trigger body needs inner semicolons that our migration splitter would cut. An UPSERT, though,
-- always inserts or updates exactly one row, so DeleteReminderRowKey is an UPSERT that marks the row removed
-- (or records a removed placeholder when the key was never there) and returns whether this call matched.
-- Consequences: every read ignores removed rows; an upsert revives a removed key with version + 1, so an etag
-- is never reused and a handle from before the removal cannot touch the new reminder; DeleteReminderRowsKey
-- deletes physically.

CREATE TABLE orleans_reminder
(
    service_id           TEXT    NOT NULL,
    grain_id             TEXT    NOT NULL,
    reminder_name        TEXT    NOT NULL,
    start_time           TEXT    NOT NULL,
    period_ms            INTEGER NOT NULL,
    grain_hash           INTEGER NOT NULL,
    version              INTEGER NOT NULL,
    -- 1 once removed; such a row is invisible to every read.
    removed              INTEGER NOT NULL DEFAULT 0,
    -- Answer of the latest removal request, returned by DeleteReminderRowKey in the same statement.
    last_removal_matched INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT orleans_reminder_pk PRIMARY KEY (service_id, grain_id, reminder_name),
    -- A negative period cannot be scheduled.
    CONSTRAINT orleans_reminder_period_not_negative CHECK (period_ms >= 0),
    -- Live reminders count versions up from 1; only a placeholder for a key that never existed has 0.
    CONSTRAINT orleans_reminder_version_positive CHECK (version >= 1 OR (removed = 1 AND version = 0)),
    CONSTRAINT orleans_reminder_removed_flag CHECK (removed IN (0, 1)),
    CONSTRAINT orleans_reminder_removal_answer CHECK (last_removal_matched IN (0, 1))
) STRICT;

-- The silo loads live reminders by hash range.
CREATE INDEX orleans_reminder_by_hash ON orleans_reminder (service_id, grain_hash) WHERE removed = 0;

-- Insert, replace, or revive a removed key; returns the row's new version, which becomes the reminder's etag.
-- Always one row.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpsertReminderRowKey', '
    INSERT INTO orleans_reminder AS r
        (service_id, grain_id, reminder_name, start_time, period_ms, grain_hash, version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 1)
    ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
    SET start_time = excluded.start_time,
        period_ms = excluded.period_ms,
        grain_hash = excluded.grain_hash,
        version = r.version + 1,
        removed = 0,
        last_removal_matched = 0
    RETURNING version AS Version
');

-- All live reminders of one grain.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadReminderRowsKey', '
    SELECT
        grain_id       AS GrainId,
        reminder_name  AS ReminderName,
        start_time     AS StartTime,
        period_ms      AS Period,
        version        AS Version
    FROM orleans_reminder
    WHERE service_id = @ServiceId
      AND grain_id = @GrainId
      AND removed = 0
');

-- One live reminder of one grain; no row when it does not exist or was removed.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadReminderRowKey', '
    SELECT
        grain_id       AS GrainId,
        reminder_name  AS ReminderName,
        start_time     AS StartTime,
        period_ms      AS Period,
        version        AS Version
    FROM orleans_reminder
    WHERE service_id = @ServiceId
      AND grain_id = @GrainId
      AND reminder_name = @ReminderName
      AND removed = 0
');

-- The hash range (@BeginHash, @EndHash], used when it does not wrap around in signed order (the provider
-- chooses between the two range queries by comparing the bounds as signed ints, like the stored hashes).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadRangeRows1Key', '
    SELECT
        grain_id       AS GrainId,
        reminder_name  AS ReminderName,
        start_time     AS StartTime,
        period_ms      AS Period,
        version        AS Version
    FROM orleans_reminder
    WHERE service_id = @ServiceId
      AND grain_hash > @BeginHash
      AND grain_hash <= @EndHash
      AND removed = 0
');

-- The wrapping range: above @BeginHash or up to @EndHash. Equal bounds therefore select the whole ring.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadRangeRows2Key', '
    SELECT
        grain_id       AS GrainId,
        reminder_name  AS ReminderName,
        start_time     AS StartTime,
        period_ms      AS Period,
        version        AS Version
    FROM orleans_reminder
    WHERE service_id = @ServiceId
      AND (grain_hash > @BeginHash OR grain_hash <= @EndHash)
      AND removed = 0
');

-- Removes a reminder if it is live and still carries the etag (@Version) the caller holds (see the header).
-- Always returns one row with one value: 1 when this call removed it; 0 when it was missing, already removed,
-- or had moved on to another version. A key that never existed gets a removed placeholder (version 0).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteReminderRowKey', '
    INSERT INTO orleans_reminder AS r
        (service_id, grain_id, reminder_name, start_time, period_ms, grain_hash, version, removed, last_removal_matched)
    VALUES (@ServiceId, @GrainId, @ReminderName, ''1970-01-01 00:00:00'', 0, 0, 0, 1, 0)
    ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
    SET removed = CASE WHEN r.removed = 0 AND r.version = @Version THEN 1 ELSE r.removed END,
        last_removal_matched = CASE WHEN r.removed = 0 AND r.version = @Version THEN 1 ELSE 0 END
    RETURNING last_removal_matched AS Deleted
');

-- Removes every reminder of the service physically, removed ones included (used by tests).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteReminderRowsKey', '
    DELETE FROM orleans_reminder
    WHERE service_id = @ServiceId
');
