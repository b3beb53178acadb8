-- DfE's LAC_Cease_Rate: children who ceased to be looked after in the year (ceased `year|children`, the
-- last cease of each child) per 10,000 children aged 0-17 (ref.population for the LA and year). Without a
-- population the row is written with value and denominator NULL ("not available"), as cla_rate.
WITH children AS (
  SELECT y.la, y.year, count(DISTINCT c.child) AS n
  FROM model.years y LEFT JOIN model.ceases c ON c.la = y.la AND c.year = y.year
  GROUP BY y.la, y.year
)
SELECT c.la, c.year, 'ceased_rate' AS measure, 'year' AS breakdown,
  CASE WHEN p.population_0_17 > 0 THEN c.n * 10000.0 / p.population_0_17 END AS value,
  c.n AS numerator, p.population_0_17 AS denominator
FROM children c
LEFT JOIN ref.population p ON p.la = c.la AND p.year = c.year
