-- Per 10,000 children aged 0-17. Without a population row for the LA and year the row is still
-- written, with value and denominator NULL ("not available") and the count as numerator.
SELECT t.la, t.year, 'cla_rate' AS measure, t.snapshot AS breakdown,
  CASE WHEN p.population_0_17 > 0 THEN t.total * 10000.0 / p.population_0_17 END AS value,
  t.total AS numerator, p.population_0_17 AS denominator
FROM model.snapshot_totals t
LEFT JOIN ref.population p ON p.la = t.la AND p.year = t.year
