-- Reminders for Microsoft.Orleans.Reminders.AdoNet.
--
-- One row per (service, grain, reminder name). @GrainId is the grain id's string form; @GrainHash is its
-- uniform hash (a uint the provider binds as a signed int), used to split the reminders between silos by hash
-- range. The version is the reminder's etag: 1 when created, plus one on every upsert; a delete must name it.
-- @Period arrives in milliseconds, as int or bigint depending on its size; it is stored as bigint.
-- Result columns are quoted so they reach the provider as GrainId, ReminderName, StartTime, Period, Version.

CREATE TABLE orleans_reminder
(
    service_id    varchar(150)  NOT NULL,
    grain_id      varchar(1024) NOT NULL,
    reminder_name varchar(512)  NOT NULL,
    start_time    timestamptz   NOT NULL,
    period_ms     bigint        NOT NULL,
    grain_hash    integer       NOT NULL,
    version       integer       NOT NULL,

    CONSTRAINT orleans_reminder_pk PRIMARY KEY (service_id, grain_id, reminder_name),
    -- A negative period cannot be scheduled, and versions only count up from 1.
    CONSTRAINT orleans_reminder_period_not_negative CHECK (period_ms >= 0),
    CONSTRAINT orleans_reminder_version_positive CHECK (version >= 1)
);

-- Each silo periodically loads the reminders of its hash range.
CREATE INDEX orleans_reminder_by_hash ON orleans_reminder (service_id, grain_hash);

-- Insert or replace; returns the row's new version, which becomes the reminder's etag. Always one row.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpsertReminderRowKey', '
    INSERT INTO orleans_reminder AS r
        (service_id, grain_id, reminder_name, start_time, period_ms, grain_hash, version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 1)
    ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
    SET start_time = EXCLUDED.start_time,
        period_ms = EXCLUDED.period_ms,
        grain_hash = EXCLUDED.grain_hash,
        version = r.version + 1
    RETURNING r.version AS "Version"
');

-- All reminders of one grain.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadReminderRowsKey', '
    SELECT
        grain_id       AS "GrainId",
        reminder_name  AS "ReminderName",
        start_time     AS "StartTime",
        period_ms      AS "Period",
        version        AS "Version"
    FROM orleans_reminder
    WHERE service_id = @ServiceId
      AND grain_id = @GrainId
');

-- One reminder of one grain; no row when it does not exist.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadReminderRowKey', '
    SELECT
        grain_id       AS "GrainId",
        reminder_name  AS "ReminderName",
        start_time     AS "StartTime",
        period_ms      AS "Period",
        version        AS "Version"
    FROM orleans_reminder
    WHERE service_id = @ServiceId
      AND grain_id = @GrainId
      AND reminder_name = @ReminderName
');

-- The hash range (@BeginHash, @EndHash], used when it does not wrap around in signed order (the provider
-- chooses between the two range queries by comparing the bounds as signed ints, like the stored hashes).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadRangeRows1Key', '
    SELECT
        grain_id       AS "GrainId",
        reminder_name  AS "ReminderName",
        start_time     AS "StartTime",
        period_ms      AS "Period",
        version        AS "Version"
    FROM orleans_reminder
    WHERE service_id = @ServiceId
      AND grain_hash > @BeginHash
      AND grain_hash <= @EndHash
');

-- The wrapping range: above @BeginHash or up to @EndHash. Equal bounds therefore select the whole ring.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadRangeRows2Key', '
    SELECT
        grain_id       AS "GrainId",
        reminder_name  AS "ReminderName",
        start_time     AS "StartTime",
        period_ms      AS "Period",
        version        AS "Version"
    FROM orleans_reminder
    WHERE service_id = @ServiceId
      AND (grain_hash > @BeginHash OR grain_hash <= @EndHash)
');

-- Removes a reminder if it still carries the etag (@Version) the caller holds. Always returns one row with one
-- value: 1 when it was removed, 0 when it was missing or had moved on.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteReminderRowKey', '
    WITH removed AS (
        DELETE FROM orleans_reminder
        WHERE service_id = @ServiceId
          AND grain_id = @GrainId
          AND reminder_name = @ReminderName
          AND version = @Version
        RETURNING 1
    )
    SELECT CAST(count(*) AS integer) AS "Deleted"
    FROM removed
');

-- Removes every reminder of the service (used by tests).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteReminderRowsKey', '
    DELETE FROM orleans_reminder
    WHERE service_id = @ServiceId
');
