-- At 31 March, placed outside the LA's area (PL_LOCATION = OUT, or PL_LA another LA's number), as a %
-- of all children in care at 31 March. `at_end|unknown_location`: children whose location cannot be told.
WITH counts AS (
  SELECT t.la, t.year, any_value(t.total) AS total,
    count(*) FILTER (WHERE s.outside_la) AS outside,
    count(s.child) FILTER (WHERE s.outside_la IS NULL) AS unknown
  FROM model.snapshot_totals t
  LEFT JOIN model.snapshots s ON s.la = t.la AND s.year = t.year AND s.snapshot = t.snapshot
  WHERE t.snapshot = 'at_end'
  GROUP BY t.la, t.year
)
SELECT la, year, 'placed_outside_la' AS measure, 'at_end' AS breakdown,
  CASE WHEN total > 0 THEN 100.0 * outside / total END AS value, outside AS numerator, total AS denominator
FROM counts
UNION ALL
SELECT la, year, 'placed_outside_la', 'at_end|unknown_location', unknown, unknown, total
FROM counts
