-- Major group from ref.ethnicity_groups (the one configurable mapping; groups are not written here),
-- every group in that table written (zeros included); a code the mapping lacks, or a child without a
-- header row, counts under 'unmapped' (only written when there is one). Detailed codes as `code_WBRI`.
-- The children are counted once by code (counted); groups and codes are summed from those counts.
WITH counted AS (
  SELECT la, year, snapshot, ethnic, count(*) AS n FROM model.snapshots GROUP BY ALL
), keyed AS (
  SELECT c.la, c.year, c.snapshot, c.ethnic, c.n, coalesce(g.group_key, 'unmapped') AS group_key
  FROM counted c
  LEFT JOIN ref.ethnicity_groups g ON g.code = c.ethnic
), per_group AS (
  SELECT la, year, snapshot, group_key, sum(n)::BIGINT AS n FROM keyed GROUP BY ALL
), group_keys AS (
  SELECT DISTINCT group_key FROM ref.ethnicity_groups
)
SELECT t.la, t.year, 'cla_by_ethnicity' AS measure, t.snapshot || '|' || g.group_key AS breakdown,
  coalesce(p.n, 0) AS value, coalesce(p.n, 0) AS numerator, t.total AS denominator
FROM model.snapshot_totals t
CROSS JOIN group_keys g
LEFT JOIN per_group p ON p.la = t.la AND p.year = t.year AND p.snapshot = t.snapshot AND p.group_key = g.group_key
UNION ALL
SELECT p.la, p.year, 'cla_by_ethnicity', p.snapshot || '|unmapped', p.n, p.n, t.total
FROM per_group p
JOIN model.snapshot_totals t ON t.la = p.la AND t.year = p.year AND t.snapshot = p.snapshot
WHERE p.group_key = 'unmapped'
UNION ALL
SELECT k.la, k.year, 'cla_by_ethnicity', k.snapshot || '|code_' || k.ethnic, sum(k.n)::BIGINT, sum(k.n)::BIGINT, any_value(t.total)
FROM keyed k
JOIN model.snapshot_totals t ON t.la = k.la AND t.year = k.year AND t.snapshot = k.snapshot
WHERE k.ethnic IS NOT NULL
GROUP BY k.la, k.year, k.snapshot, k.ethnic
