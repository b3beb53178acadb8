-- Children looked after at 31 March (model.snapshots at_end: short breaks excluded, under 18), with the start
-- of their current period of care: the denominators of the continuity measures need how long care has lasted.
-- Read from the snapshot so that every measure's "looked after at 31 March" is the same set of children.
CREATE OR REPLACE VIEW model.iro_in_care_at_end AS
SELECT la, year, child, period_start
FROM model.snapshots
WHERE snapshot = 'at_end';
