-- Age in whole years on the snapshot date, DfE bands plus the 0_4 and 10_17 sums the reports use.
-- Every band is written (zeros included). A child without a date of birth is in no band.
WITH bands(band, lo, hi) AS (VALUES
  ('under_1', 0, 0), ('1_4', 1, 4), ('5_9', 5, 9), ('10_15', 10, 15), ('16_17', 16, 17),
  ('0_4', 0, 4), ('10_17', 10, 17)
), counted AS (
  -- children counted once by age, then summed into the (overlapping) bands
  SELECT la, year, snapshot, age, count(*) AS n FROM model.snapshots WHERE age IS NOT NULL GROUP BY ALL
)
SELECT t.la, t.year, 'cla_by_age_band' AS measure, t.snapshot || '|' || b.band AS breakdown,
  coalesce(sum(c.n), 0)::BIGINT AS value, coalesce(sum(c.n), 0)::BIGINT AS numerator, any_value(t.total) AS denominator
FROM model.snapshot_totals t
CROSS JOIN bands b
LEFT JOIN counted c ON c.la = t.la AND c.year = t.year AND c.snapshot = t.snapshot
  AND c.age BETWEEN b.lo AND b.hi
GROUP BY t.la, t.year, t.snapshot, b.band
