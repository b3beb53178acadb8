-- Major group from ref.ethnicity_groups (the one configurable mapping; groups are not written here),
-- every group in that table written (zeros included); a code the mapping lacks, or a child without a
-- header row, counts under 'unmapped' (only written when there is one). Detailed codes as `code_WBRI`.
WITH keyed AS (
  SELECT s.la, s.year, s.snapshot, s.ethnic, coalesce(g.group_key, 'unmapped') AS group_key
  FROM model.snapshots s
  LEFT JOIN ref.ethnicity_groups g ON g.code = s.ethnic
), group_keys AS (
  SELECT DISTINCT group_key FROM ref.ethnicity_groups
)
SELECT t.la, t.year, 'cla_by_ethnicity' AS measure, t.snapshot || '|' || g.group_key AS breakdown,
  count(k.group_key) AS value, count(k.group_key) AS numerator, any_value(t.total) AS denominator
FROM model.snapshot_totals t
CROSS JOIN group_keys g
LEFT JOIN keyed k ON k.la = t.la AND k.year = t.year AND k.snapshot = t.snapshot AND k.group_key = g.group_key
GROUP BY t.la, t.year, t.snapshot, g.group_key
UNION ALL
SELECT k.la, k.year, 'cla_by_ethnicity', k.snapshot || '|unmapped', count(*), count(*), any_value(t.total)
FROM keyed k
JOIN model.snapshot_totals t ON t.la = k.la AND t.year = k.year AND t.snapshot = k.snapshot
WHERE k.group_key = 'unmapped'
GROUP BY k.la, k.year, k.snapshot
UNION ALL
SELECT k.la, k.year, 'cla_by_ethnicity', k.snapshot || '|code_' || k.ethnic, count(*), count(*), any_value(t.total)
FROM keyed k
JOIN model.snapshot_totals t ON t.la = k.la AND t.year = k.year AND t.snapshot = k.snapshot
WHERE k.ethnic IS NOT NULL
GROUP BY k.la, k.year, k.snapshot, k.ethnic
