-- Reviews held on time (due dates in model/53_iro_reviews.sql): `year` = % of the year's assessable reviews
-- held by their due date; `year|children` = % of children with an assessable review in the year whose every
-- assessable review in the year was on time. A review that was due but not held by 31 March is not counted
-- until it is held (it then counts as late in the year it is held).
-- Counted per LA and year first, then set beside every year.
WITH assessed AS (
  SELECT * FROM model.iro_reviews_in_year WHERE assessable
), children AS (
  SELECT la, year, child, bool_and(on_time) AS all_on_time FROM assessed GROUP BY la, year, child
), reviews AS (
  SELECT la, year, count(*) FILTER (WHERE on_time) AS on_time, count(*) AS n FROM assessed GROUP BY la, year
), reviewed AS (
  SELECT la, year, count(*) FILTER (WHERE all_on_time) AS on_time, count(*) AS n FROM children GROUP BY la, year
)
SELECT y.la, y.year, 'reviews_in_timescale' AS measure, 'year' AS breakdown,
  100.0 * coalesce(r.on_time, 0) / nullif(coalesce(r.n, 0), 0) AS value,
  coalesce(r.on_time, 0) AS numerator, coalesce(r.n, 0) AS denominator
FROM model.iro_years y LEFT JOIN reviews r ON r.la = y.la AND r.year = y.year
UNION ALL
SELECT y.la, y.year, 'reviews_in_timescale', 'year|children',
  100.0 * coalesce(c.on_time, 0) / nullif(coalesce(c.n, 0), 0),
  coalesce(c.on_time, 0), coalesce(c.n, 0)
FROM model.iro_years y LEFT JOIN reviewed c ON c.la = y.la AND c.year = y.year
