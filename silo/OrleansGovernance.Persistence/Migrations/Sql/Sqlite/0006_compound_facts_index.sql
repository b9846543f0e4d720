-- A compound's figures are derived from its tickets and plans, which are the truth. When a compound activates it
-- reads them back from here, and at intervals it reads what changed since its last read, which heals any event
-- lost on the way. This index serves exactly that query: by compound, then by time of last change, over the two
-- state names that carry a compoundId.
CREATE INDEX orleans_grain_state_by_compound
    ON orleans_grain_state (json_extract(payload, '$.compoundId'), modified_on)
    WHERE state_name IN ('ticket', 'plan');
