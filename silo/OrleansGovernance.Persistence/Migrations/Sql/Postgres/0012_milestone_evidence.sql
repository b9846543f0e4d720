-- Evidence of milestones (IEvidenceStore): photos (JPEG, PNG, WebP) and documents (PDF) a plan owner attaches to a
-- step of a milestone. A file is written once and never changed; the milestone's history names it by id, and the API
-- serves it to whoever may read the plan. The content type is the one its first bytes were found to be, not the
-- client's word. Files are at most a few MiB (Api:MaxEvidenceBytes), so bytea holds them without large objects.
CREATE TABLE governance_milestone_evidence (
    id           varchar(64)  PRIMARY KEY,
    plan_id      varchar(300) NOT NULL,
    milestone_id varchar(100) NOT NULL,
    file_name    varchar(200) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   bigint       NOT NULL,
    content      bytea        NOT NULL,
    uploaded_by  varchar(200) NOT NULL,
    uploaded_at  timestamptz  NOT NULL
);

CREATE INDEX governance_milestone_evidence_plan ON governance_milestone_evidence (plan_id, milestone_id);
