-- When a step of a milestone first named an evidence file (IEvidenceStore.MarkReferenced). Files never named stay
-- NULL: at most Api:MaxUnreferencedEvidence of them per milestone, and the API's sweep deletes them a day after
-- their upload. Files stored before this migration may be named by a step already and the history lives in the plan's
-- grain state, out of reach of SQL, so they count as referenced from their upload and are never swept.
ALTER TABLE governance_milestone_evidence ADD COLUMN referenced_at timestamptz NULL;

UPDATE governance_milestone_evidence SET referenced_at = uploaded_at;

CREATE INDEX governance_milestone_evidence_unreferenced ON governance_milestone_evidence (uploaded_at) WHERE referenced_at IS NULL;
