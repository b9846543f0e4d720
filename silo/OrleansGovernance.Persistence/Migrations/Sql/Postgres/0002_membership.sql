-- Cluster membership for Microsoft.Orleans.Clustering.AdoNet (silos and the clients' gateway list).
--
-- Model: one version row per cluster (the provider's DeploymentId is the ClusterId) plus one row per silo
-- incarnation (address, port, generation). The version is the table's etag: every insert or update of a silo
-- row must name the version it read, and succeeds only together with incrementing it. Heartbeats
-- (UpdateIAmAlivetimeKey) and dead-row cleanup deliberately leave the version alone, so a silo's regular
-- heartbeat never invalidates another silo's pending membership write.
--
-- Every query is a single statement. Where a write touches both tables it is one statement with data-modifying
-- CTEs, so the row change and the version increment commit together or not at all; no PL/pgSQL, so nothing
-- depends on ASSERT (which plpgsql.check_asserts can switch off) to roll a half-done write back.
--
-- Result column names are double-quoted so that they reach the provider with exactly the casing it asks
-- for (it looks them up by name: Address, Port, Generation, SiloName, HostName, Status, ProxyPort,
-- SuspectTimes, StartTime, IAmAliveTime, Version).
--
-- Times are timestamptz; the provider binds them as UTC DateTime values.
-- Status values are Orleans' SiloStatus: 3 = Active, 6 = Dead.

CREATE TABLE orleans_membership_version
(
    deployment_id varchar(150) NOT NULL,
    version       integer      NOT NULL DEFAULT 0,
    -- When the version last moved; for people reading the table, Orleans does not use it.
    changed_at    timestamptz  NOT NULL DEFAULT now(),

    CONSTRAINT orleans_membership_version_pk PRIMARY KEY (deployment_id),
    -- The etag only ever counts up from 0; a negative value could only come from a manual edit.
    CONSTRAINT orleans_membership_version_not_negative CHECK (version >= 0)
);

CREATE TABLE orleans_membership
(
    deployment_id   varchar(150) NOT NULL,
    address         varchar(45)  NOT NULL,   -- textual IPv4/IPv6, as the provider binds and parses it
    port            integer      NOT NULL,
    generation      integer      NOT NULL,
    silo_name       varchar(150) NOT NULL,
    host_name       varchar(255) NOT NULL,
    status          integer      NOT NULL,
    -- NOT NULL (upstream allows NULL): the provider reads it with GetInt32, which throws on NULL;
    -- 0 means "not a gateway".
    proxy_port      integer      NOT NULL DEFAULT 0,
    -- The provider's own encoding: "silo,time|silo,time"; NULL or empty when nobody suspects the silo.
    suspect_times   text         NULL,
    start_time      timestamptz  NOT NULL,
    i_am_alive_time timestamptz  NOT NULL,

    CONSTRAINT orleans_membership_pk PRIMARY KEY (deployment_id, address, port, generation),
    -- A silo row cannot exist without the version row that guards writes to it.
    CONSTRAINT orleans_membership_version_fk FOREIGN KEY (deployment_id)
        REFERENCES orleans_membership_version (deployment_id),
    CONSTRAINT orleans_membership_port_range CHECK (port BETWEEN 0 AND 65535),
    CONSTRAINT orleans_membership_proxy_port_range CHECK (proxy_port BETWEEN 0 AND 65535),
    CONSTRAINT orleans_membership_status_known CHECK (status >= 0)
);

-- Creates the cluster's version row once. Returns a single value: 1 when this call created it, 0 when it
-- already existed (every silo calls this at start-up; all but the first get 0).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('InsertMembershipVersionKey', '
    WITH created AS (
        INSERT INTO orleans_membership_version (deployment_id)
        VALUES (@DeploymentId)
        ON CONFLICT (deployment_id) DO NOTHING
        RETURNING 1
    )
    SELECT CAST(count(*) AS integer) AS "Inserted"
    FROM created
');

-- Adds a silo row if, and only if, the table is still at @Version and the row does not exist yet; the version
-- is incremented in the same statement. Returns 1 on success, 0 otherwise (the provider then re-reads and
-- retries). FOR UPDATE serialises concurrent writers on the version row: a writer that waited re-checks the
-- version against the committed value and finds it moved.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('InsertMembershipKey', '
    WITH expected AS (
        SELECT deployment_id
        FROM orleans_membership_version
        WHERE deployment_id = @DeploymentId
          AND version = @Version
        FOR UPDATE
    ),
    added AS (
        INSERT INTO orleans_membership
            (deployment_id, address, port, generation, silo_name, host_name,
             status, proxy_port, start_time, i_am_alive_time)
        SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName,
               @Status, @ProxyPort, @StartTime, @IAmAliveTime
        FROM expected
        ON CONFLICT (deployment_id, address, port, generation) DO NOTHING
        RETURNING deployment_id
    ),
    bumped AS (
        UPDATE orleans_membership_version v
        SET version = v.version + 1,
            changed_at = now()
        FROM added
        WHERE v.deployment_id = added.deployment_id
        RETURNING v.version
    )
    SELECT CAST(count(*) AS integer) AS "Succeeded"
    FROM bumped
');

-- Changes status, suspicions and heartbeat of an existing silo row, under the same rule: only at @Version,
-- only if the row exists, and together with the version increment. Returns 1 on success, 0 otherwise.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpdateMembershipKey', '
    WITH expected AS (
        SELECT deployment_id
        FROM orleans_membership_version
        WHERE deployment_id = @DeploymentId
          AND version = @Version
        FOR UPDATE
    ),
    changed AS (
        UPDATE orleans_membership m
        SET status = @Status,
            suspect_times = @SuspectTimes,
            i_am_alive_time = @IAmAliveTime
        FROM expected
        WHERE m.deployment_id = expected.deployment_id
          AND m.address = @Address
          AND m.port = @Port
          AND m.generation = @Generation
        RETURNING m.deployment_id
    ),
    bumped AS (
        UPDATE orleans_membership_version v
        SET version = v.version + 1,
            changed_at = now()
        FROM changed
        WHERE v.deployment_id = changed.deployment_id
        RETURNING v.version
    )
    SELECT CAST(count(*) AS integer) AS "Succeeded"
    FROM bumped
');

-- The heartbeat. Touches only this silo's liveness time, never the version (see the header).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpdateIAmAlivetimeKey', '
    UPDATE orleans_membership
    SET i_am_alive_time = @IAmAliveTime
    WHERE deployment_id = @DeploymentId
      AND address = @Address
      AND port = @Port
      AND generation = @Generation
');

-- One silo row plus the table version, read in one statement and therefore from one snapshot. The version row
-- is the left side of the join so that it is returned even when the silo has no row: the provider takes the
-- version from the first row and treats a NULL StartTime as "no entry".
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('MembershipReadRowKey', '
    SELECT
        v.version          AS "Version",
        m.address          AS "Address",
        m.port             AS "Port",
        m.generation       AS "Generation",
        m.silo_name        AS "SiloName",
        m.host_name        AS "HostName",
        m.status           AS "Status",
        m.proxy_port       AS "ProxyPort",
        m.suspect_times    AS "SuspectTimes",
        m.start_time       AS "StartTime",
        m.i_am_alive_time  AS "IAmAliveTime"
    FROM orleans_membership_version v
    LEFT JOIN orleans_membership m
           ON m.deployment_id = v.deployment_id
          AND m.address = @Address
          AND m.port = @Port
          AND m.generation = @Generation
    WHERE v.deployment_id = @DeploymentId
');

-- All silo rows plus the table version, same shape and same reasons as MembershipReadRowKey.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('MembershipReadAllKey', '
    SELECT
        v.version          AS "Version",
        m.address          AS "Address",
        m.port             AS "Port",
        m.generation       AS "Generation",
        m.silo_name        AS "SiloName",
        m.host_name        AS "HostName",
        m.status           AS "Status",
        m.proxy_port       AS "ProxyPort",
        m.suspect_times    AS "SuspectTimes",
        m.start_time       AS "StartTime",
        m.i_am_alive_time  AS "IAmAliveTime"
    FROM orleans_membership_version v
    LEFT JOIN orleans_membership m
           ON m.deployment_id = v.deployment_id
    WHERE v.deployment_id = @DeploymentId
');

-- The gateways a client may connect to: silos in @Status (the provider passes Active) that have a proxy port.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('GatewaysQueryKey', '
    SELECT
        address     AS "Address",
        proxy_port  AS "ProxyPort",
        generation  AS "Generation"
    FROM orleans_membership
    WHERE deployment_id = @DeploymentId
      AND status = @Status
      AND proxy_port > 0
');

-- Drops a whole cluster (silo rows first, then its version row) in one statement.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteMembershipTableEntriesKey', '
    WITH silos AS (
        DELETE FROM orleans_membership
        WHERE deployment_id = @DeploymentId
    )
    DELETE FROM orleans_membership_version
    WHERE deployment_id = @DeploymentId
');

-- Defunct-silo cleanup, per row. When this key exists the provider (10.4+) reads the table, picks the Dead
-- rows whose start, heartbeat and every suspicion lie before the cut-off, and deletes each with the values it
-- read; the row goes only if it is still Dead and unchanged, so a concurrent write always wins. Cleanup does
-- not move the version: removing a long-dead incarnation changes nothing any live silo relies on.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('CleanupDefunctSiloEntryKey', '
    DELETE FROM orleans_membership
    WHERE deployment_id = @DeploymentId
      AND address = @Address
      AND port = @Port
      AND generation = @Generation
      AND status = 6
      AND start_time = @StartTime
      AND i_am_alive_time = @IAmAliveTime
      AND COALESCE(suspect_times, '''') = COALESCE(@SuspectTimes, '''')
');

-- Bulk cleanup, still required by the provider and used when the per-row key above is absent; @IAmAliveTime
-- is the cut-off. Removes only Dead rows that started and last beat before it. Suspicion times cannot be
-- compared in SQL, so rows that still carry suspicions are left for the per-row query. (Upstream removes every
-- non-Active row, which would also take a silo that is merely slow to join or shutting down.)
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('CleanupDefunctSiloEntriesKey', '
    DELETE FROM orleans_membership
    WHERE deployment_id = @DeploymentId
      AND status = 6
      AND i_am_alive_time < @IAmAliveTime
      AND start_time < @IAmAliveTime
      AND COALESCE(suspect_times, '''') = ''''
');
