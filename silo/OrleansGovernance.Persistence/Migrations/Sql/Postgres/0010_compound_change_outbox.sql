-- The outbox of the compound-changes stream (see CompoundChanges). Every stored change of a ticket, plan, ledger or
-- seal register adds one row here, written by a trigger in the same transaction as the state row, so an
-- acknowledged change always has its event and a change that rolls back has none, at no extra round trip. The
-- stream's queue receivers read these rows in commit order and delete them once delivered.
--
-- Each row names the compound and the item, the stored versions before (0 for a new row) and after the change,
-- and for a ticket its facts before and after without the text and personal data the figures never need; for a
-- plan its whole state after. A book (ledger, seal register) carries no facts: its compound reads them from it.
--
-- txid is the writing transaction: receivers read rows whose transactions are older than every transaction still
-- running, so a transaction that took a lower id but commits later is never skipped. queue_id spreads compounds
-- over the stream's 8 queues (CompoundChangeQueues.Count must say the same).
CREATE TABLE governance_compound_changes (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    txid         xid8         NOT NULL DEFAULT pg_current_xact_id(),
    queue_id     smallint     NOT NULL,
    compound_id  varchar(150) NOT NULL,
    state_name   varchar(64)  NOT NULL,
    item_id      varchar(1024) NOT NULL,
    from_version integer      NOT NULL,
    to_version   integer      NOT NULL,
    facts_before jsonb        NULL,
    facts_after  jsonb        NULL,
    changed_on   timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX governance_compound_changes_by_queue ON governance_compound_changes (queue_id, txid, id);

CREATE INDEX governance_compound_changes_by_compound ON governance_compound_changes (compound_id);

CREATE FUNCTION governance_record_compound_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    compound text;
    item text;
    replaced boolean := TG_OP = 'UPDATE' AND OLD.payload IS NOT NULL;
    before_facts jsonb;
    after_facts jsonb;
BEGIN
    IF NEW.state_name IN ('ticket', 'plan') THEN
        compound := NEW.payload ->> 'compoundId';
        item := NEW.payload ->> 'id';
    ELSE
        compound := NEW.grain_id_extension;
        item := NEW.grain_id_extension;
    END IF;

    -- A row that names no compound is counted by none, and must not fail the write that stores it.
    IF compound IS NULL THEN
        RETURN NULL;
    END IF;

    IF NEW.state_name = 'ticket' THEN
        after_facts := NEW.payload - ARRAY['history', 'description', 'location', 'reporter', 'details', 'claimantName'];
        IF replaced THEN
            before_facts := OLD.payload - ARRAY['history', 'description', 'location', 'reporter', 'details', 'claimantName'];
        END IF;
    ELSIF NEW.state_name = 'plan' THEN
        after_facts := NEW.payload;
    END IF;

    INSERT INTO governance_compound_changes
        (queue_id, compound_id, state_name, item_id, from_version, to_version, facts_before, facts_after)
    VALUES ((hashtext(compound) & 2147483647) % 8, compound, NEW.state_name, item,
            CASE WHEN replaced THEN OLD.version ELSE 0 END, NEW.version, before_facts, after_facts);
    RETURN NULL;
END
$$;

CREATE TRIGGER governance_compound_change
    AFTER INSERT OR UPDATE OF payload ON orleans_grain_state
    FOR EACH ROW
    WHEN (NEW.payload IS NOT NULL AND NEW.state_name IN ('ticket', 'plan', 'ledger', 'seal-register'))
    EXECUTE FUNCTION governance_record_compound_change();
