-- DfE LACDistance: placed at 31 March more than 20 miles from home and outside the LA, as a % of all
-- children in care at 31 March (unknown distance or location counts in the denominator only).
SELECT t.la, t.year, 'placed_over_20_miles_outside_la' AS measure, 'at_end' AS breakdown,
  CASE WHEN any_value(t.total) > 0
    THEN 100.0 * count(*) FILTER (WHERE s.pl_distance > 20 AND s.outside_la) / any_value(t.total) END AS value,
  count(*) FILTER (WHERE s.pl_distance > 20 AND s.outside_la) AS numerator,
  any_value(t.total) AS denominator
FROM model.snapshot_totals t
LEFT JOIN model.snapshots s ON s.la = t.la AND s.year = t.year AND s.snapshot = t.snapshot
WHERE t.snapshot = 'at_end'
GROUP BY t.la, t.year
