-- The outbox of the compound-changes stream (see CompoundChanges). Every stored change of a ticket, plan, ledger or
-- seal register adds one row here, written by a trigger in the same statement as the state row, so an acknowledged
-- change always has its event and a change that fails has none. The stream's receiver reads these rows in id order
-- (SQLite has one writer at a time, so ids are in commit order) and deletes them once delivered.
--
-- Each row names the compound and the item, the stored versions before (0 for a new row) and after the change,
-- and for a ticket its facts before and after without the text and personal data the figures never need; for a
-- plan its whole state after. A book (ledger, seal register) carries no facts: its compound reads them from it.
-- A row that names no compound is counted by none, and adds nothing. An embedded database serves one silo, so
-- every row goes to queue 0.
CREATE TABLE governance_compound_changes (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    queue_id     INTEGER NOT NULL,
    compound_id  TEXT    NOT NULL,
    state_name   TEXT    NOT NULL,
    item_id      TEXT    NOT NULL,
    from_version INTEGER NOT NULL,
    to_version   INTEGER NOT NULL,
    facts_before TEXT    NULL,
    facts_after  TEXT    NULL,
    changed_on   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE INDEX governance_compound_changes_by_compound ON governance_compound_changes (compound_id);

CREATE TRIGGER governance_compound_change_inserted
    AFTER INSERT ON orleans_grain_state
    WHEN NEW.payload IS NOT NULL AND NEW.state_name IN ('ticket', 'plan', 'ledger', 'seal-register')
        AND (NEW.state_name NOT IN ('ticket', 'plan') OR json_extract(NEW.payload, '$.compoundId') IS NOT NULL)
BEGIN
    INSERT INTO governance_compound_changes
        (queue_id, compound_id, state_name, item_id, from_version, to_version, facts_before, facts_after)
    VALUES (
        0,
        CASE WHEN NEW.state_name IN ('ticket', 'plan') THEN json_extract(NEW.payload, '$.compoundId') ELSE NEW.grain_id_extension END,
        NEW.state_name,
        CASE WHEN NEW.state_name IN ('ticket', 'plan') THEN json_extract(NEW.payload, '$.id') ELSE NEW.grain_id_extension END,
        0,
        NEW.version,
        NULL,
        CASE NEW.state_name
            WHEN 'ticket' THEN json_remove(NEW.payload, '$.history', '$.description', '$.location', '$.reporter', '$.details', '$.claimantName')
            WHEN 'plan' THEN NEW.payload
        END);
END;

CREATE TRIGGER governance_compound_change_updated
    AFTER UPDATE OF payload ON orleans_grain_state
    WHEN NEW.payload IS NOT NULL AND NEW.state_name IN ('ticket', 'plan', 'ledger', 'seal-register')
        AND (NEW.state_name NOT IN ('ticket', 'plan') OR json_extract(NEW.payload, '$.compoundId') IS NOT NULL)
BEGIN
    INSERT INTO governance_compound_changes
        (queue_id, compound_id, state_name, item_id, from_version, to_version, facts_before, facts_after)
    VALUES (
        0,
        CASE WHEN NEW.state_name IN ('ticket', 'plan') THEN json_extract(NEW.payload, '$.compoundId') ELSE NEW.grain_id_extension END,
        NEW.state_name,
        CASE WHEN NEW.state_name IN ('ticket', 'plan') THEN json_extract(NEW.payload, '$.id') ELSE NEW.grain_id_extension END,
        CASE WHEN OLD.payload IS NULL THEN 0 ELSE OLD.version END,
        NEW.version,
        CASE WHEN NEW.state_name = 'ticket' AND OLD.payload IS NOT NULL
            THEN json_remove(OLD.payload, '$.history', '$.description', '$.location', '$.reporter', '$.details', '$.claimantName')
        END,
        CASE NEW.state_name
            WHEN 'ticket' THEN json_remove(NEW.payload, '$.history', '$.description', '$.location', '$.reporter', '$.details', '$.claimantName')
            WHEN 'plan' THEN NEW.payload
        END);
END;
