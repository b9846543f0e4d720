-- Durable streams for Microsoft.Orleans.Streaming.AdoNet (written against 10.4.2-alpha.1).
--
-- Model. Every stream provider (@ProviderId, the provider's name) of a service (@ServiceId) splits its streams
-- over a fixed number of queues (@QueueId, the Orleans queue id as text, e.g. "mystreams-0"). One silo at a
-- time pulls a queue; a queue is a set of message rows, each one serialised batch of events. The lifecycle of
-- a row:
--   enqueue    QueueStreamMessageKey inserts it, visible at once, with dequeued = 0 and an expiry time;
--   dequeue    GetStreamMessagesKey hands out visible rows in id order and hides them for the visibility
--              timeout, counting dequeued up by one: that count is the delivery receipt;
--   confirm    ConfirmStreamMessagesKey deletes a row once its events were delivered, but only if the
--              receipt still matches, so a stale receiver cannot confirm a newer delivery of the same row;
--   release    the same key with a negative receipt makes an unconfirmed row visible again at once (the
--              receiver does this when it gives up its queue or shuts down, so the next owner need not wait
--              for the visibility timeout);
--   fail       FailStreamMessageKey, after Orleans gave up delivering it: visible again at once while attempts
--              remain, otherwise moved to the dead letters (the provider logs "Moved failed delivery to dead
--              letters" either way);
--   evict      rows that ran out of attempts or expired, and are not in flight, go to the dead letters;
--              dead letters are deleted after their removal timeout.
-- Delivery is at least once. A row that is neither confirmed nor failed (the silo died) reappears after its
-- visibility timeout; the provider confirms only when a message leaves the silo's queue cache, so a release
-- also hands out again what was delivered but not yet confirmed. The visibility timeout must therefore exceed
-- the longest time a dequeued message can wait in that cache: past it the row is handed out a second time,
-- delivered twice, and the first receipt no longer confirms it. Ids are only roughly ordered (an id is taken
-- at insert, not at commit), and a redelivered row comes after newer ones.
--
-- The provider never calls the eviction keys itself: it passes the eviction settings to every dequeue, and
-- the dequeue runs one eviction batch per queue at most once per @EvictionInterval (orleans_stream_control
-- holds the schedule). The two eviction keys must exist all the same, as the provider checks for every key
-- at start-up.
--
-- Every query is one statement (data-modifying CTEs where it moves rows between tables), so no PL/pgSQL and no
-- temporary tables. Timeouts arrive as whole seconds (the provider rounds up); times are timestamptz, taken
-- from now(), so one statement uses one clock value throughout. Result column names are quoted so that they
-- reach the provider with the casing it looks them up by (ServiceId, ProviderId, QueueId, MessageId, Dequeued,
-- VisibleOn, ExpiresOn, CreatedOn, ModifiedOn, Payload); it casts them strictly, so MessageId must be bigint,
-- Dequeued integer and Payload bytea.
--
-- Locking. Dequeue and eviction take rows with FOR UPDATE SKIP LOCKED, so they never wait: a row another
-- session holds is either being confirmed (it is about to go) or being handed out (it is not ours to take).
-- Confirm and release lock their rows in id order, so two of them never deadlock on each other.

CREATE TABLE orleans_stream_message
(
    service_id   varchar(150) NOT NULL,
    provider_id  varchar(150) NOT NULL,
    queue_id     varchar(150) NOT NULL,
    -- One sequence for all queues; the provider only needs ids to be unique within a queue and to grow.
    message_id   bigint       GENERATED ALWAYS AS IDENTITY,
    -- How often the row was handed out; also the receipt that confirm, release and fail must match.
    dequeued     integer      NOT NULL DEFAULT 0,
    visible_on   timestamptz  NOT NULL,
    expires_on   timestamptz  NOT NULL,
    created_on   timestamptz  NOT NULL,
    modified_on  timestamptz  NOT NULL,
    -- The provider's own binary serialisation of the batch (Orleans serializer); opaque here.
    payload      bytea        NOT NULL,

    -- Also the dequeue path: one queue's rows in id order.
    CONSTRAINT orleans_stream_message_pk PRIMARY KEY (service_id, provider_id, queue_id, message_id),
    CONSTRAINT orleans_stream_message_dequeued_not_negative CHECK (dequeued >= 0),
    CONSTRAINT orleans_stream_message_expiry_after_creation CHECK (expires_on >= created_on)
)
-- Every message is updated in place once per delivery (dequeued, visible_on, modified_on: no indexed column).
-- Free room on each page lets PostgreSQL do that as a HOT update, without a new index entry per delivery.
WITH (fillfactor = 80);

CREATE TABLE orleans_stream_dead_letter
(
    service_id   varchar(150) NOT NULL,
    provider_id  varchar(150) NOT NULL,
    queue_id     varchar(150) NOT NULL,
    -- The id the message had in orleans_stream_message, kept so that a dead letter can be traced back.
    message_id   bigint       NOT NULL,
    dequeued     integer      NOT NULL,
    visible_on   timestamptz  NOT NULL,
    expires_on   timestamptz  NOT NULL,
    created_on   timestamptz  NOT NULL,
    modified_on  timestamptz  NOT NULL,
    -- When it was moved here, and when it may be deleted for good (DeadLetterEvictionTimeout later).
    dead_on      timestamptz  NOT NULL,
    remove_on    timestamptz  NOT NULL,
    payload      bytea        NOT NULL,

    CONSTRAINT orleans_stream_dead_letter_pk PRIMARY KEY (service_id, provider_id, queue_id, message_id),
    CONSTRAINT orleans_stream_dead_letter_removal_after_death CHECK (remove_on >= dead_on)
);

-- Dead letters are kept for days (DeadLetterEvictionTimeout, 7 by default) and may pile up; removal looks for
-- the ones due, oldest first, without reading the rest.
CREATE INDEX orleans_stream_dead_letter_by_removal
    ON orleans_stream_dead_letter (service_id, provider_id, queue_id, remove_on);

-- The eviction schedule: one row per queue, created by the first dequeue of that queue.
CREATE TABLE orleans_stream_control
(
    service_id   varchar(150) NOT NULL,
    provider_id  varchar(150) NOT NULL,
    queue_id     varchar(150) NOT NULL,
    -- The next dequeue at or after this time runs an eviction batch and moves this time on.
    evict_on     timestamptz  NOT NULL,

    CONSTRAINT orleans_stream_control_pk PRIMARY KEY (service_id, provider_id, queue_id)
);

-- Enqueue (one call per produced batch, usually one event). @ExpiryTimeout is in seconds. Returns the new
-- row's identity, exactly one row.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('QueueStreamMessageKey', '
    INSERT INTO orleans_stream_message
        (service_id, provider_id, queue_id, dequeued, visible_on, expires_on, created_on, modified_on, payload)
    VALUES
        (@ServiceId, @ProviderId, @QueueId, 0, now(), now() + make_interval(secs => @ExpiryTimeout), now(), now(),
         @Payload)
    RETURNING
        service_id  AS "ServiceId",
        provider_id AS "ProviderId",
        queue_id    AS "QueueId",
        message_id  AS "MessageId"
');

-- Dequeue (every poll of every queue), with the queue's eviction when it is due.
--   created/rescheduled: exactly one caller per interval finds eviction due. The first dequeue of a queue
--     creates its schedule row and evicts; later ones move evict_on on only if it has passed. A concurrent
--     caller waits for that row, re-reads it, finds it moved and skips eviction. A poll that is not due
--     writes nothing here (no row lock either: UPDATE only locks rows that match).
--   expired/buried: up to @EvictionBatchSize rows that are not in flight (visible) and either ran out of
--     attempts (dequeued >= @MaxAttempts) or expired go to the dead letters, to be removed @RemovalTimeout
--     seconds later.
--   purged: up to @EvictionBatchSize dead letters past their removal time are deleted.
--   picked: up to @MaxCount visible, unexpired rows with attempts left, lowest ids first.
-- The rows that expired and picked select cannot overlap: their conditions exclude each other, and both are
-- checked against the same row version (the one locked), so no row is changed twice by this statement.
-- Each change addresses its rows as "message_id = ANY (ARRAY(...))" over a LIMITed selection: that is an index
-- lookup of just those ids, where a join with the selection lets the planner hash-join it against a scan of
-- the whole queue (measured: a sequential scan of a 20,000-row backlog on every poll). When eviction is not
-- due, its selections are empty and cost one index probe each.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('GetStreamMessagesKey', '
    WITH created AS (
        INSERT INTO orleans_stream_control (service_id, provider_id, queue_id, evict_on)
        VALUES (@ServiceId, @ProviderId, @QueueId, now() + make_interval(secs => @EvictionInterval))
        ON CONFLICT (service_id, provider_id, queue_id) DO NOTHING
        RETURNING 1 AS due
    ),
    rescheduled AS (
        UPDATE orleans_stream_control
        SET evict_on = now() + make_interval(secs => @EvictionInterval)
        WHERE service_id = @ServiceId
          AND provider_id = @ProviderId
          AND queue_id = @QueueId
          AND evict_on <= now()
        RETURNING 1 AS due
    ),
    expired AS (
        DELETE FROM orleans_stream_message
        WHERE service_id = @ServiceId
          AND provider_id = @ProviderId
          AND queue_id = @QueueId
          AND message_id = ANY (ARRAY(
              SELECT x.message_id
              FROM orleans_stream_message x
              WHERE x.service_id = @ServiceId
                AND x.provider_id = @ProviderId
                AND x.queue_id = @QueueId
                AND x.visible_on <= now()
                AND (x.dequeued >= @MaxAttempts OR x.expires_on <= now())
                AND (EXISTS (SELECT 1 FROM created) OR EXISTS (SELECT 1 FROM rescheduled))
              ORDER BY x.message_id
              LIMIT @EvictionBatchSize
              FOR UPDATE SKIP LOCKED))
        RETURNING *
    ),
    buried AS (
        INSERT INTO orleans_stream_dead_letter
            (service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on,
             modified_on, dead_on, remove_on, payload)
        SELECT service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on,
               modified_on, now(), now() + make_interval(secs => @RemovalTimeout), payload
        FROM expired
    ),
    purged AS (
        DELETE FROM orleans_stream_dead_letter
        WHERE service_id = @ServiceId
          AND provider_id = @ProviderId
          AND queue_id = @QueueId
          AND message_id = ANY (ARRAY(
              SELECT y.message_id
              FROM orleans_stream_dead_letter y
              WHERE y.service_id = @ServiceId
                AND y.provider_id = @ProviderId
                AND y.queue_id = @QueueId
                AND y.remove_on <= now()
                AND (EXISTS (SELECT 1 FROM created) OR EXISTS (SELECT 1 FROM rescheduled))
              ORDER BY y.remove_on
              LIMIT @EvictionBatchSize
              FOR UPDATE SKIP LOCKED))
    ),
    picked AS (
        SELECT p.message_id
        FROM orleans_stream_message p
        WHERE p.service_id = @ServiceId
          AND p.provider_id = @ProviderId
          AND p.queue_id = @QueueId
          AND p.dequeued < @MaxAttempts
          AND p.visible_on <= now()
          AND p.expires_on > now()
        ORDER BY p.message_id
        LIMIT @MaxCount
        FOR UPDATE SKIP LOCKED
    )
    UPDATE orleans_stream_message
    SET dequeued = dequeued + 1,
        visible_on = now() + make_interval(secs => @VisibilityTimeout),
        modified_on = now()
    WHERE service_id = @ServiceId
      AND provider_id = @ProviderId
      AND queue_id = @QueueId
      AND message_id = ANY (ARRAY(SELECT message_id FROM picked))
    RETURNING
        service_id   AS "ServiceId",
        provider_id  AS "ProviderId",
        queue_id     AS "QueueId",
        message_id   AS "MessageId",
        dequeued     AS "Dequeued",
        visible_on   AS "VisibleOn",
        expires_on   AS "ExpiresOn",
        created_on   AS "CreatedOn",
        modified_on  AS "ModifiedOn",
        payload      AS "Payload"
');

-- Confirm and release. @Items is "id:receipt|id:receipt|..."; the receipt is the dequeued count the receiver
-- was handed. A positive receipt confirms delivery: the row is deleted. A negative one releases an undelivered
-- row: it becomes visible now and keeps its count. Either applies only while the row's count still equals the
-- receipt; a row that was handed out again since then belongs to that newer delivery. Should one call carry
-- both for the same id, confirmation wins. The rows are locked in id order first (locked; FOR UPDATE returns
-- the row as it is once the lock is held, so the receipt is compared with the current count). Returns one row
-- per confirmed or released message.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ConfirmStreamMessagesKey', '
    WITH wanted AS (
        SELECT CAST(split_part(item, '':'', 1) AS bigint)       AS message_id,
               max(CAST(split_part(item, '':'', 2) AS integer)) AS receipt
        FROM unnest(string_to_array(@Items, ''|'')) AS item
        WHERE item <> ''''
        GROUP BY 1
    ),
    locked AS (
        SELECT m.message_id, w.receipt
        FROM orleans_stream_message m
        JOIN wanted w ON w.message_id = m.message_id
        WHERE m.service_id = @ServiceId
          AND m.provider_id = @ProviderId
          AND m.queue_id = @QueueId
          AND m.message_id = ANY (ARRAY(SELECT message_id FROM wanted))
          AND m.dequeued = abs(w.receipt)
        ORDER BY m.message_id
        FOR UPDATE OF m
    ),
    confirmed AS (
        DELETE FROM orleans_stream_message
        WHERE service_id = @ServiceId
          AND provider_id = @ProviderId
          AND queue_id = @QueueId
          AND message_id = ANY (ARRAY(SELECT message_id FROM locked WHERE receipt > 0))
        RETURNING message_id
    ),
    released AS (
        UPDATE orleans_stream_message
        SET visible_on = now(),
            modified_on = now()
        WHERE service_id = @ServiceId
          AND provider_id = @ProviderId
          AND queue_id = @QueueId
          AND message_id = ANY (ARRAY(SELECT message_id FROM locked WHERE receipt < 0))
        RETURNING message_id
    )
    SELECT
        CAST(@ServiceId AS varchar(150))  AS "ServiceId",
        CAST(@ProviderId AS varchar(150)) AS "ProviderId",
        CAST(@QueueId AS varchar(150))    AS "QueueId",
        done.message_id                   AS "MessageId"
    FROM (SELECT message_id FROM confirmed
          UNION ALL
          SELECT message_id FROM released) AS done
');

-- Failed delivery (Orleans gave up on a message after retrying it in memory). While the message has attempts
-- left it becomes visible now, to be handed out again; otherwise it goes to the dead letters, to be removed
-- @RemovalTimeout seconds later. The two branches exclude each other, so at most one of them touches the row.
-- A message that is already gone (confirmed or evicted) is left alone.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('FailStreamMessageKey', '
    WITH retried AS (
        UPDATE orleans_stream_message
        SET visible_on = now(),
            modified_on = now()
        WHERE service_id = @ServiceId
          AND provider_id = @ProviderId
          AND queue_id = @QueueId
          AND message_id = @MessageId
          AND dequeued < @MaxAttempts
        RETURNING message_id
    ),
    failed AS (
        DELETE FROM orleans_stream_message
        WHERE service_id = @ServiceId
          AND provider_id = @ProviderId
          AND queue_id = @QueueId
          AND message_id = @MessageId
          AND dequeued >= @MaxAttempts
        RETURNING *
    )
    INSERT INTO orleans_stream_dead_letter
        (service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on,
         modified_on, dead_on, remove_on, payload)
    SELECT service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on,
           modified_on, now(), now() + make_interval(secs => @RemovalTimeout), payload
    FROM failed
');

-- One eviction batch on demand: the same rule as the eviction inside GetStreamMessagesKey, without the
-- schedule. Not called by the provider in 10.4.2-alpha.1, but required to exist. The batch size arrives as
-- @MaxCount (upstream's own script names it @BatchSize, which the provider does not bind).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('EvictStreamMessagesKey', '
    WITH expired AS (
        DELETE FROM orleans_stream_message
        WHERE service_id = @ServiceId
          AND provider_id = @ProviderId
          AND queue_id = @QueueId
          AND message_id = ANY (ARRAY(
              SELECT x.message_id
              FROM orleans_stream_message x
              WHERE x.service_id = @ServiceId
                AND x.provider_id = @ProviderId
                AND x.queue_id = @QueueId
                AND x.visible_on <= now()
                AND (x.dequeued >= @MaxAttempts OR x.expires_on <= now())
              ORDER BY x.message_id
              LIMIT @MaxCount
              FOR UPDATE SKIP LOCKED))
        RETURNING *
    )
    INSERT INTO orleans_stream_dead_letter
        (service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on,
         modified_on, dead_on, remove_on, payload)
    SELECT service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on,
           modified_on, now(), now() + make_interval(secs => @RemovalTimeout), payload
    FROM expired
');

-- One batch of dead-letter removal on demand (@MaxCount rows at most); same status as the key above.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('EvictStreamDeadLettersKey', '
    DELETE FROM orleans_stream_dead_letter
    WHERE service_id = @ServiceId
      AND provider_id = @ProviderId
      AND queue_id = @QueueId
      AND message_id = ANY (ARRAY(
          SELECT y.message_id
          FROM orleans_stream_dead_letter y
          WHERE y.service_id = @ServiceId
            AND y.provider_id = @ProviderId
            AND y.queue_id = @QueueId
            AND y.remove_on <= now()
          ORDER BY y.remove_on
          LIMIT @MaxCount
          FOR UPDATE SKIP LOCKED))
');
