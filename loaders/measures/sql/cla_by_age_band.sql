-- Age in whole years on the snapshot date, DfE bands plus the 0_4 and 10_17 sums the reports use.
-- Every band is written (zeros included). A child without a date of birth is in no band.
WITH bands(band, lo, hi) AS (VALUES
  ('under_1', 0, 0), ('1_4', 1, 4), ('5_9', 5, 9), ('10_15', 10, 15), ('16_17', 16, 17),
  ('0_4', 0, 4), ('10_17', 10, 17)
)
SELECT t.la, t.year, 'cla_by_age_band' AS measure, t.snapshot || '|' || b.band AS breakdown,
  count(s.child) AS value, count(s.child) AS numerator, any_value(t.total) AS denominator
FROM model.snapshot_totals t
CROSS JOIN bands b
LEFT JOIN model.snapshots s ON s.la = t.la AND s.year = t.year AND s.snapshot = t.snapshot
  AND s.age BETWEEN b.lo AND b.hi
GROUP BY t.la, t.year, t.snapshot, b.band
