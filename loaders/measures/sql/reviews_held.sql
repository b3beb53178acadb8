-- Reviews held in the year (REVIEW from 1 April to 31 March; reviews while on short breaks V3/V4 excluded):
-- `year` reviews, `year|children` children reviewed, `year|PN0`..`year|PN7` reviews by participation code
-- (numerator = value, denominator = all reviews), `year|not_assessed` reviews whose timeliness could not be
-- judged (no episode covers the date, or the first review we hold of a period that began before our data).
-- The reviews are counted once by code (counted); the totals and code rows are summed from those counts.
WITH codes(code) AS (VALUES ('PN0'), ('PN1'), ('PN2'), ('PN3'), ('PN4'), ('PN5'), ('PN6'), ('PN7')),
counted AS (
  SELECT la, year, review_code, count(*) AS n, count(*) FILTER (WHERE NOT assessable) AS not_assessed
  FROM model.iro_reviews_in_year GROUP BY la, year, review_code
), children AS (
  SELECT la, year, count(DISTINCT child) AS children FROM model.iro_reviews_in_year GROUP BY la, year
), totals AS (
  SELECT y.la, y.year, coalesce(sum(c.n), 0)::BIGINT AS reviews, coalesce(any_value(ch.children), 0) AS children,
    coalesce(sum(c.not_assessed), 0)::BIGINT AS not_assessed
  FROM model.iro_years y
  LEFT JOIN counted c ON c.la = y.la AND c.year = y.year
  LEFT JOIN children ch ON ch.la = y.la AND ch.year = y.year
  GROUP BY y.la, y.year
)
SELECT la, year, 'reviews_held' AS measure, 'year' AS breakdown, reviews AS value, NULL AS numerator, NULL AS denominator FROM totals
UNION ALL
SELECT la, year, 'reviews_held', 'year|children', children, NULL, NULL FROM totals
UNION ALL
SELECT la, year, 'reviews_held', 'year|not_assessed', not_assessed, not_assessed, reviews FROM totals
UNION ALL
SELECT t.la, t.year, 'reviews_held', 'year|' || c.code, coalesce(r.n, 0), coalesce(r.n, 0), t.reviews
FROM totals t CROSS JOIN codes c
LEFT JOIN counted r ON r.la = t.la AND r.year = t.year AND r.review_code = c.code
