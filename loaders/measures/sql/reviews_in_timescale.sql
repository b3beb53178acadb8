-- Reviews held on time (due dates in model/53_iro_reviews.sql): `year` = % of the year's assessable reviews
-- held by their due date; `year|children` = % of children with an assessable review in the year whose every
-- assessable review in the year was on time. A review that was due but not held by 31 March is not counted
-- until it is held (it then counts as late in the year it is held).
WITH assessed AS (
  SELECT * FROM model.iro_reviews_in_year WHERE assessable
), children AS (
  SELECT la, year, child, bool_and(on_time) AS all_on_time FROM assessed GROUP BY la, year, child
)
SELECT y.la, y.year, 'reviews_in_timescale' AS measure, 'year' AS breakdown,
  100.0 * count(a.child) FILTER (WHERE a.on_time) / nullif(count(a.child), 0) AS value,
  count(a.child) FILTER (WHERE a.on_time) AS numerator, count(a.child) AS denominator
FROM model.iro_years y LEFT JOIN assessed a ON a.la = y.la AND a.year = y.year
GROUP BY y.la, y.year
UNION ALL
SELECT y.la, y.year, 'reviews_in_timescale', 'year|children',
  100.0 * count(c.child) FILTER (WHERE c.all_on_time) / nullif(count(c.child), 0),
  count(c.child) FILTER (WHERE c.all_on_time), count(c.child)
FROM model.iro_years y LEFT JOIN children c ON c.la = y.la AND c.year = y.year
GROUP BY y.la, y.year
