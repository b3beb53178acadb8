-- Children in care on the date with a UASC record whose DUC is after the date (or blank).
-- DfE Unacc_Asylmn_Seek_Childn is at_end. numerator = value; denominator = all children in care then.
SELECT t.la, t.year, 'uasc_count' AS measure, t.snapshot AS breakdown,
  count(u.child) FILTER (WHERE coalesce(u.duc, DATE '9999-12-31') > t.snapshot_date) AS value,
  count(u.child) FILTER (WHERE coalesce(u.duc, DATE '9999-12-31') > t.snapshot_date) AS numerator,
  any_value(t.total) AS denominator
FROM model.snapshot_totals t
LEFT JOIN model.snapshots s ON s.la = t.la AND s.year = t.year AND s.snapshot = t.snapshot
LEFT JOIN clean.uasc u ON u.la = s.la AND u.child = s.child
GROUP BY t.la, t.year, t.snapshot
