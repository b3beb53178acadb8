-- DfE 372: children in care at 31 March with three or more placements in the year, as a % of all
-- children in care at 31 March. Placements are counted by model/16 and model/24.
SELECT t.la, t.year, 'placements_3plus' AS measure, 'at_end' AS breakdown,
  CASE WHEN any_value(t.total) > 0
    THEN 100.0 * count(*) FILTER (WHERE p.placements >= 3) / any_value(t.total) END AS value,
  count(*) FILTER (WHERE p.placements >= 3) AS numerator,
  any_value(t.total) AS denominator
FROM model.snapshot_totals t
LEFT JOIN model.placements_in_year p ON p.la = t.la AND p.year = t.year
WHERE t.snapshot = 'at_end'
GROUP BY t.la, t.year
