-- Starts in the year (model.starts): `year` counts episodes with RNE S (a child starting twice counts
-- twice); `year|children` counts children (DfE LACnum_Start counts a child once). Legal status on entry
-- in the legal-status groups (every group written) and codes (`year|code_V2`); age at entry as
-- `year|<age band>` (under_1, 1_4, ...) (every band written). numerator = value, denominator = all starts.
WITH groups(code, grp) AS (VALUES
  ('C2', 'care_order'), ('C1', 'interim_care_order'), ('E1', 'placement_order'), ('D1', 'placement_order'),
  ('V2', 's20'), ('L1', 'police_protection'), ('L2', 'police_protection'), ('L3', 'police_protection'),
  ('J1', 'youth_justice'), ('J2', 'youth_justice'), ('J3', 'youth_justice')
), bands(band, lo, hi) AS (VALUES
  ('under_1', 0, 0), ('1_4', 1, 4), ('5_9', 5, 9), ('10_15', 10, 15), ('16_17', 16, 17),
  ('0_4', 0, 4), ('10_17', 10, 17)
), counted AS (
  -- starts counted once by legal status and age; every breakdown is summed from these counts
  SELECT la, year, ls, age, count(*) AS n FROM model.starts GROUP BY ALL
), children AS (
  SELECT la, year, count(DISTINCT child) AS children FROM model.starts GROUP BY la, year
), totals AS (
  SELECT y.la, y.year, coalesce(sum(c.n), 0)::BIGINT AS total, coalesce(any_value(ch.children), 0) AS children
  FROM model.years y
  LEFT JOIN counted c ON c.la = y.la AND c.year = y.year
  LEFT JOIN children ch ON ch.la = y.la AND ch.year = y.year
  GROUP BY y.la, y.year
)
SELECT la, year, 'starts' AS measure, 'year' AS breakdown, total AS value, NULL AS numerator, NULL AS denominator
FROM totals
UNION ALL
SELECT la, year, 'starts', 'year|children', children, NULL, NULL FROM totals
UNION ALL
SELECT t.la, t.year, 'starts', 'year|' || g.grp, coalesce(sum(c.n), 0)::BIGINT, coalesce(sum(c.n), 0)::BIGINT, any_value(t.total)
FROM totals t
CROSS JOIN (SELECT DISTINCT grp FROM groups) g
LEFT JOIN (counted c JOIN groups sg ON sg.code = c.ls)
  ON c.la = t.la AND c.year = t.year AND sg.grp = g.grp
GROUP BY t.la, t.year, g.grp
UNION ALL
SELECT c.la, c.year, 'starts', 'year|code_' || c.ls, sum(c.n)::BIGINT, sum(c.n)::BIGINT, any_value(t.total)
FROM counted c JOIN totals t ON t.la = c.la AND t.year = c.year
GROUP BY c.la, c.year, c.ls
UNION ALL
SELECT t.la, t.year, 'starts', 'year|' || b.band, coalesce(sum(c.n), 0)::BIGINT, coalesce(sum(c.n), 0)::BIGINT, any_value(t.total)
FROM totals t
CROSS JOIN bands b
LEFT JOIN counted c ON c.la = t.la AND c.year = t.year AND c.age BETWEEN b.lo AND b.hi
GROUP BY t.la, t.year, b.band
