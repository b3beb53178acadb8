-- Reviews held in the year (REVIEW from 1 April to 31 March; reviews while on short breaks V3/V4 excluded):
-- `year` reviews, `year|children` children reviewed, `year|PN0`..`year|PN7` reviews by participation code
-- (numerator = value, denominator = all reviews), `year|not_assessed` reviews whose timeliness could not be
-- judged (no episode covers the date, or the first review we hold of a period that began before our data).
WITH codes(code) AS (VALUES ('PN0'), ('PN1'), ('PN2'), ('PN3'), ('PN4'), ('PN5'), ('PN6'), ('PN7')),
totals AS (
  SELECT y.la, y.year, count(r.child) AS reviews, count(DISTINCT r.child) AS children,
    count(r.child) FILTER (WHERE NOT r.assessable) AS not_assessed
  FROM model.iro_years y LEFT JOIN model.iro_reviews_in_year r ON r.la = y.la AND r.year = y.year
  GROUP BY y.la, y.year
)
SELECT la, year, 'reviews_held' AS measure, 'year' AS breakdown, reviews AS value, NULL AS numerator, NULL AS denominator FROM totals
UNION ALL
SELECT la, year, 'reviews_held', 'year|children', children, NULL, NULL FROM totals
UNION ALL
SELECT la, year, 'reviews_held', 'year|not_assessed', not_assessed, not_assessed, reviews FROM totals
UNION ALL
SELECT t.la, t.year, 'reviews_held', 'year|' || c.code, count(r.child), count(r.child), any_value(t.reviews)
FROM totals t CROSS JOIN codes c
LEFT JOIN model.iro_reviews_in_year r ON r.la = t.la AND r.year = t.year AND r.review_code = c.code
GROUP BY t.la, t.year, c.code
