-- Children taking part in their reviews: reviews coded PN1-PN6 as a % of reviews coded PN1-PN7 (PN0, a child
-- under 4, is outside both), reviews held in the year, short breaks excluded.
--   `year`                 all reviews;
--   `year|PN1`..`year|PN7` share of the PN1-PN7 reviews with that code;
--   `year|5_9` ...     participation among reviews of children in that age band (age at the review;
--                          `under_5` holds 4-year-olds, and younger children not coded PN0);
--   `year|PN1|5_9` ... Kent's table: share of the code's reviews that fall in the band (bands sum to 100).
WITH base AS (
  SELECT la, year, child, review_code,
    review_code IN ('PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6') AS took_part,
    CASE WHEN age < 5 THEN 'under_5' WHEN age < 10 THEN '5_9' WHEN age < 16 THEN '10_15' WHEN age >= 16 THEN '16_plus' END AS band
  FROM model.iro_reviews_in_year
  WHERE review_code IN ('PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7')
), codes(code) AS (VALUES ('PN1'), ('PN2'), ('PN3'), ('PN4'), ('PN5'), ('PN6'), ('PN7')),
bands(band) AS (VALUES ('under_5'), ('5_9'), ('10_15'), ('16_plus')),
totals AS (
  SELECT y.la, y.year, count(b.child) AS reviews, count(b.child) FILTER (WHERE b.took_part) AS took_part
  FROM model.iro_years y LEFT JOIN base b ON b.la = y.la AND b.year = y.year
  GROUP BY y.la, y.year
)
SELECT la, year, 'review_participation' AS measure, 'year' AS breakdown,
  100.0 * took_part / nullif(reviews, 0) AS value, took_part AS numerator, reviews AS denominator
FROM totals
UNION ALL
SELECT t.la, t.year, 'review_participation', 'year|' || c.code,
  100.0 * count(b.child) / nullif(any_value(t.reviews), 0), count(b.child), any_value(t.reviews)
FROM totals t CROSS JOIN codes c
LEFT JOIN base b ON b.la = t.la AND b.year = t.year AND b.review_code = c.code
GROUP BY t.la, t.year, c.code
UNION ALL
SELECT t.la, t.year, 'review_participation', 'year|' || g.band,
  100.0 * count(b.child) FILTER (WHERE b.took_part) / nullif(count(b.child), 0),
  count(b.child) FILTER (WHERE b.took_part), count(b.child)
FROM totals t CROSS JOIN bands g
LEFT JOIN base b ON b.la = t.la AND b.year = t.year AND b.band = g.band
GROUP BY t.la, t.year, g.band
UNION ALL
SELECT t.la, t.year, 'review_participation', 'year|' || c.code || '|' || g.band,
  100.0 * count(b.child) / nullif(any_value(coded.n), 0), count(b.child), any_value(coded.n)
FROM totals t CROSS JOIN codes c CROSS JOIN bands g
LEFT JOIN (SELECT la, year, review_code, count(*) AS n FROM base GROUP BY ALL) coded
  ON coded.la = t.la AND coded.year = t.year AND coded.review_code = c.code
LEFT JOIN base b ON b.la = t.la AND b.year = t.year AND b.review_code = c.code AND b.band = g.band
GROUP BY t.la, t.year, c.code, g.band
