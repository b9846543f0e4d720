-- Bulk import of a city's past requests (IHistoryStore, docs/import.md).
--
-- The journal: one row per imported file, known by the SHA-256 of its content. Every batch of tickets commits in the
-- same transaction as the move of committed_line to the batch's last line, so a killed import resumes after the last
-- batch that committed, and a file whose finished_at is set is not imported again.
--
-- The outbox triggers stay as they are: an import's transaction holds the database's one write lock, so it removes
-- the ticket rows its own inserts added to governance_compound_changes (those above the highest id when it began) and
-- leaves one history-import row per compound instead, before anyone else can read them.
CREATE TABLE governance_import_journal (
    file_hash      TEXT    PRIMARY KEY,
    file_name      TEXT    NOT NULL,
    row_count      INTEGER NOT NULL,
    committed_line INTEGER NOT NULL DEFAULT 0,
    imported       INTEGER NOT NULL DEFAULT 0,
    already_stored INTEGER NOT NULL DEFAULT 0,
    started_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    finished_at    TEXT    NULL
) STRICT;
