-- At 31 March, PL_DISTANCE > 20 miles, as a % of children with a known distance (Medway's 163/493
-- style). `at_end|unknown_distance` counts the children with no distance (numerator), out of all (denominator).
WITH counts AS (
  SELECT t.la, t.year, any_value(t.total) AS total,
    count(*) FILTER (WHERE s.pl_distance > 20) AS over_20,
    count(s.pl_distance) AS known,
    count(s.child) FILTER (WHERE s.pl_distance IS NULL) AS unknown
  FROM model.snapshot_totals t
  LEFT JOIN model.snapshots s ON s.la = t.la AND s.year = t.year AND s.snapshot = t.snapshot
  WHERE t.snapshot = 'at_end'
  GROUP BY t.la, t.year
)
SELECT la, year, 'placed_over_20_miles' AS measure, 'at_end' AS breakdown,
  CASE WHEN known > 0 THEN 100.0 * over_20 / known END AS value, over_20 AS numerator, known AS denominator
FROM counts
UNION ALL
SELECT la, year, 'placed_over_20_miles', 'at_end|unknown_distance', unknown, unknown, total
FROM counts
