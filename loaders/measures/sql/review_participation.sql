-- Children taking part in their reviews: reviews coded PN1-PN6 as a % of reviews coded PN1-PN7 (PN0, a child
-- under 4, is outside both), reviews held in the year, short breaks excluded.
--   `year`                 all reviews;
--   `year|PN1`..`year|PN7` share of the PN1-PN7 reviews with that code;
--   `year|5_9` ...     participation among reviews of children in that age band (age at the review;
--                          `under_5` holds 4-year-olds, and younger children not coded PN0);
--   `year|PN1|5_9` ... Kent's table: share of the code's reviews that fall in the band (bands sum to 100).
-- The reviews are counted once by code and band (counted), and every breakdown is summed from those counts.
WITH base AS (
  SELECT la, year, child, review_code,
    review_code IN ('PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6') AS took_part,
    CASE WHEN age < 5 THEN 'under_5' WHEN age < 10 THEN '5_9' WHEN age < 16 THEN '10_15' WHEN age >= 16 THEN '16_plus' END AS band
  FROM model.iro_reviews_in_year
  WHERE review_code IN ('PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7')
), counted AS (
  SELECT la, year, review_code, band, took_part, count(*) AS n FROM base GROUP BY ALL
), per_code AS (
  SELECT la, year, review_code, sum(n)::BIGINT AS n FROM counted GROUP BY ALL
), per_band AS (
  SELECT la, year, band, sum(n)::BIGINT AS n, coalesce(sum(n) FILTER (WHERE took_part), 0)::BIGINT AS took_part
  FROM counted GROUP BY ALL
), codes(code) AS (VALUES ('PN1'), ('PN2'), ('PN3'), ('PN4'), ('PN5'), ('PN6'), ('PN7')),
bands(band) AS (VALUES ('under_5'), ('5_9'), ('10_15'), ('16_plus')),
totals AS (
  SELECT y.la, y.year, coalesce(sum(b.n), 0)::BIGINT AS reviews,
    coalesce(sum(b.n) FILTER (WHERE b.took_part), 0)::BIGINT AS took_part
  FROM model.iro_years y LEFT JOIN counted b ON b.la = y.la AND b.year = y.year
  GROUP BY y.la, y.year
)
SELECT la, year, 'review_participation' AS measure, 'year' AS breakdown,
  100.0 * took_part / nullif(reviews, 0) AS value, took_part AS numerator, reviews AS denominator
FROM totals
UNION ALL
SELECT t.la, t.year, 'review_participation', 'year|' || c.code,
  100.0 * coalesce(p.n, 0) / nullif(t.reviews, 0), coalesce(p.n, 0), t.reviews
FROM totals t CROSS JOIN codes c
LEFT JOIN per_code p ON p.la = t.la AND p.year = t.year AND p.review_code = c.code
UNION ALL
SELECT t.la, t.year, 'review_participation', 'year|' || g.band,
  100.0 * coalesce(p.took_part, 0) / nullif(coalesce(p.n, 0), 0), coalesce(p.took_part, 0), coalesce(p.n, 0)
FROM totals t CROSS JOIN bands g
LEFT JOIN per_band p ON p.la = t.la AND p.year = t.year AND p.band = g.band
UNION ALL
SELECT t.la, t.year, 'review_participation', 'year|' || c.code || '|' || g.band,
  100.0 * coalesce(b.n, 0) / nullif(coded.n, 0), coalesce(b.n, 0), coded.n
FROM totals t CROSS JOIN codes c CROSS JOIN bands g
LEFT JOIN per_code coded ON coded.la = t.la AND coded.year = t.year AND coded.review_code = c.code
LEFT JOIN counted b ON b.la = t.la AND b.year = t.year AND b.review_code = c.code AND b.band = g.band
