-- Bulk import of a city's past requests (IHistoryStore, docs/import.md).
--
-- The journal: one row per imported file, known by the SHA-256 of its content. Every batch of tickets commits in the
-- same transaction as the move of committed_line to the batch's last line, so a killed import resumes after the last
-- batch that committed, and a file whose finished_at is set is not imported again.
CREATE TABLE governance_import_journal (
    file_hash      char(64)     PRIMARY KEY,
    file_name      varchar(260) NOT NULL,
    row_count      integer      NOT NULL,
    committed_line integer      NOT NULL DEFAULT 0,
    imported       bigint       NOT NULL DEFAULT 0,
    already_stored bigint       NOT NULL DEFAULT 0,
    started_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    finished_at    timestamptz  NULL
);

-- Imported history must not reach the compound-changes stream as ticket changes: residents never saw those requests
-- change, so nothing that reacts to changes (notifications, webhooks) may hear of them. The importer's transaction
-- says so with SET LOCAL governance.history_import = 'on' (a setting of its own transaction, which needs no
-- privilege, unlike a replica session), and writes one history-import row per compound instead.
DROP TRIGGER governance_compound_change ON orleans_grain_state;

CREATE TRIGGER governance_compound_change
    AFTER INSERT OR UPDATE OF payload ON orleans_grain_state
    FOR EACH ROW
    WHEN (NEW.payload IS NOT NULL AND NEW.state_name IN ('ticket', 'plan', 'ledger', 'seal-register')
          AND current_setting('governance.history_import', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION governance_record_compound_change();
