-- Ceases in the year (model.ceases). `year` and `year|<reason>` count ceases (a child who ceased twice
-- counts twice); `year|children` counts children once, and `year|children|<reason>` counts them by the
-- reason of their last cease in the year, as DfE does (LACceased, No_of LAC Adopted, LAC_ceased_SGO).
-- Codes as `year|code_E11` (ceases). Every reason group is written (zeros included).
-- numerator = value; denominator = all ceases (or all children who ceased, for the children rows).
WITH reasons(reason) AS (VALUES
  ('adopted'), ('sgo'), ('cao'), ('returned_home'), ('age_18'), ('uasc_18_or_transferred'), ('other')
), counted AS (
  -- ceases counted once by reason, code and last-in-year; every breakdown is summed from these counts
  SELECT la, year, reason_group, rec, last_in_year, count(*) AS n FROM model.ceases GROUP BY ALL
), children AS (
  SELECT la, year, count(DISTINCT child) AS children FROM model.ceases GROUP BY la, year
), totals AS (
  SELECT y.la, y.year, coalesce(sum(c.n), 0)::BIGINT AS total, coalesce(any_value(ch.children), 0) AS children
  FROM model.years y
  LEFT JOIN counted c ON c.la = y.la AND c.year = y.year
  LEFT JOIN children ch ON ch.la = y.la AND ch.year = y.year
  GROUP BY y.la, y.year
)
SELECT la, year, 'ceased' AS measure, 'year' AS breakdown, total AS value, NULL AS numerator, NULL AS denominator
FROM totals
UNION ALL
SELECT la, year, 'ceased', 'year|children', children, NULL, NULL FROM totals
UNION ALL
SELECT t.la, t.year, 'ceased', 'year|' || r.reason, coalesce(sum(c.n), 0)::BIGINT, coalesce(sum(c.n), 0)::BIGINT, any_value(t.total)
FROM totals t
CROSS JOIN reasons r
LEFT JOIN counted c ON c.la = t.la AND c.year = t.year AND c.reason_group = r.reason
GROUP BY t.la, t.year, r.reason
UNION ALL
SELECT t.la, t.year, 'ceased', 'year|children|' || r.reason, coalesce(sum(c.n), 0)::BIGINT, coalesce(sum(c.n), 0)::BIGINT, any_value(t.children)
FROM totals t
CROSS JOIN reasons r
LEFT JOIN counted c ON c.la = t.la AND c.year = t.year AND c.reason_group = r.reason AND c.last_in_year
GROUP BY t.la, t.year, r.reason
UNION ALL
SELECT c.la, c.year, 'ceased', 'year|code_' || c.rec, sum(c.n)::BIGINT, sum(c.n)::BIGINT, any_value(t.total)
FROM counted c JOIN totals t ON t.la = c.la AND c.year = t.year
GROUP BY c.la, c.year, c.rec
