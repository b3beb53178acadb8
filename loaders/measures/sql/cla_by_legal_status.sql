-- LS of the episode open on the date. Group rows are written for every group (zeros included);
-- code rows (`at_end|code_C2`) only for codes present. numerator = value, denominator = all children
-- in care on the date, so a share can be shown.
WITH groups(code, grp) AS (VALUES
  ('C2', 'care_order'), ('C1', 'interim_care_order'), ('E1', 'placement_order'), ('D1', 'placement_order'),
  ('V2', 's20'), ('L1', 'police_protection'), ('L2', 'police_protection'), ('L3', 'police_protection'),
  ('J1', 'youth_justice'), ('J2', 'youth_justice'), ('J3', 'youth_justice')
), counted AS (
  SELECT s.la, s.year, s.snapshot, g.grp, count(*) AS n
  FROM model.snapshots s JOIN groups g ON g.code = s.ls
  GROUP BY ALL
)
SELECT t.la, t.year, 'cla_by_legal_status' AS measure, t.snapshot || '|' || g.grp AS breakdown,
  coalesce(c.n, 0) AS value, coalesce(c.n, 0) AS numerator, t.total AS denominator
FROM model.snapshot_totals t
CROSS JOIN (SELECT DISTINCT grp FROM groups) g
LEFT JOIN counted c ON c.la = t.la AND c.year = t.year AND c.snapshot = t.snapshot AND c.grp = g.grp
UNION ALL
SELECT s.la, s.year, 'cla_by_legal_status', s.snapshot || '|code_' || s.ls,
  count(*), count(*), any_value(t.total)
FROM model.snapshots s
JOIN model.snapshot_totals t ON t.la = s.la AND t.year = s.year AND t.snapshot = s.snapshot
GROUP BY s.la, s.year, s.snapshot, s.ls
