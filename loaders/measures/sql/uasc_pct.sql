-- DfE's Unacc_Asylmn_Seek_Childn% (`at_end`: UASC as a % of children looked after at 31 March, the same
-- UASC rule as uasc_count) and UASC_%_Starting (`year|starts`: children who started to be looked after in
-- the year who were UASC on a start date, i.e. with a UASC record whose DUC is after it or blank, as a % of
-- the children who started).
WITH at_end AS (
  SELECT t.la, t.year, any_value(t.total) AS total,
    count(DISTINCT u.child) FILTER (WHERE coalesce(u.duc, DATE '9999-12-31') > t.snapshot_date) AS uasc
  FROM model.snapshot_totals t
  LEFT JOIN model.snapshots s ON s.la = t.la AND s.year = t.year AND s.snapshot = t.snapshot
  LEFT JOIN clean.uasc u ON u.la = s.la AND u.child = s.child
  WHERE t.snapshot = 'at_end'
  GROUP BY t.la, t.year
), starters AS (
  SELECT y.la, y.year, count(DISTINCT s.child) AS total,
    count(DISTINCT s.child) FILTER (WHERE u.child IS NOT NULL AND coalesce(u.duc, DATE '9999-12-31') > s.decom) AS uasc
  FROM model.years y
  LEFT JOIN model.starts s ON s.la = y.la AND s.year = y.year
  LEFT JOIN clean.uasc u ON u.la = s.la AND u.child = s.child
  GROUP BY y.la, y.year
)
SELECT la, year, 'uasc_pct' AS measure, 'at_end' AS breakdown,
  100.0 * uasc / nullif(total, 0) AS value, uasc AS numerator, total AS denominator
FROM at_end
UNION ALL
SELECT la, year, 'uasc_pct', 'year|starts', 100.0 * uasc / nullif(total, 0), uasc, total
FROM starters
