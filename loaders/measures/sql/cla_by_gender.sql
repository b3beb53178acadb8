-- SEX as normalised by the ingest (M, F, U). Anything else, or no header row, counts as unknown.
WITH genders(gender) AS (VALUES ('male'), ('female'), ('unknown')),
keyed AS (
  SELECT la, year, snapshot, CASE sex WHEN 'M' THEN 'male' WHEN 'F' THEN 'female' ELSE 'unknown' END AS gender
  FROM model.snapshots
)
SELECT t.la, t.year, 'cla_by_gender' AS measure, t.snapshot || '|' || g.gender AS breakdown,
  count(k.gender) AS value, count(k.gender) AS numerator, any_value(t.total) AS denominator
FROM model.snapshot_totals t
CROSS JOIN genders g
LEFT JOIN keyed k ON k.la = t.la AND k.year = t.year AND k.snapshot = t.snapshot AND k.gender = g.gender
GROUP BY t.la, t.year, t.snapshot, g.gender
