-- The Kent table, children with 3+ placements only: cells `at_end|age_13|placements_4` (non-zero cells
-- only), row totals `at_end|age_13` for every age 0-17 (zeros included) and any other age present,
-- column totals `at_end|placements_4` for each number of placements present. numerator = value,
-- denominator = all children in care at 31 March.
WITH three_plus AS (
  SELECT * FROM model.placements_in_year WHERE placements >= 3 AND age IS NOT NULL
), ages AS (
  SELECT y.la, y.year, a.age
  FROM model.years y CROSS JOIN (SELECT unnest(range(0, 18)) AS age) a
  UNION
  SELECT la, year, age FROM three_plus
), totals AS (
  SELECT la, year, total FROM model.snapshot_totals WHERE snapshot = 'at_end'
)
SELECT c.la, c.year, 'placements_3plus_by_age' AS measure,
  'at_end|age_' || c.age || '|placements_' || c.placements AS breakdown,
  count(*) AS value, count(*) AS numerator, any_value(t.total) AS denominator
FROM three_plus c JOIN totals t ON t.la = c.la AND t.year = c.year
GROUP BY c.la, c.year, c.age, c.placements
UNION ALL
SELECT a.la, a.year, 'placements_3plus_by_age', 'at_end|age_' || a.age,
  count(c.child), count(c.child), any_value(t.total)
FROM ages a
JOIN totals t ON t.la = a.la AND t.year = a.year
LEFT JOIN three_plus c ON c.la = a.la AND c.year = a.year AND c.age = a.age
GROUP BY a.la, a.year, a.age
UNION ALL
SELECT c.la, c.year, 'placements_3plus_by_age', 'at_end|placements_' || c.placements,
  count(*), count(*), any_value(t.total)
FROM three_plus c JOIN totals t ON t.la = c.la AND t.year = c.year
GROUP BY c.la, c.year, c.placements
