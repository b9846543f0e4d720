-- Evidence of milestones (IEvidenceStore): photos (JPEG, PNG, WebP) and documents (PDF) a plan owner attaches to a
-- step of a milestone. A file is written once and never changed; the milestone's history names it by id, and the API
-- serves it to whoever may read the plan. The content type is the one its first bytes were found to be, not the
-- client's word. uploaded_at is ISO-8601 UTC text, as in the migration ledger.
CREATE TABLE governance_milestone_evidence (
    id           TEXT    PRIMARY KEY,
    plan_id      TEXT    NOT NULL,
    milestone_id TEXT    NOT NULL,
    file_name    TEXT    NOT NULL,
    content_type TEXT    NOT NULL,
    size_bytes   INTEGER NOT NULL,
    content      BLOB    NOT NULL,
    uploaded_by  TEXT    NOT NULL,
    uploaded_at  TEXT    NOT NULL
) STRICT;

CREATE INDEX governance_milestone_evidence_plan ON governance_milestone_evidence (plan_id, milestone_id);
