-- Children looked after all year (period of care began on or before 1 April and still open on 31 March)
-- who had one IRO allocated from 1 April to 31 March with no gap. Only years whose iro_allocations.csv
-- was supplied.
WITH years AS (
  SELECT y.* FROM model.iro_years y
  JOIN model.iro_files_loaded f ON f.la = y.la AND f.year = y.year AND f.table_name = 'iro_allocations'
), cohort AS (
  SELECT c.la, c.year, c.child, coalesce(w.workers = 1 AND w.covered, false) AS same_iro
  FROM years y
  JOIN model.iro_in_care_at_end c ON c.la = y.la AND c.year = y.year AND c.period_start <= y.year_start
  LEFT JOIN model.iro_worker_years w ON w.kind = 'iro' AND w.la = c.la AND w.year = c.year AND w.child = c.child
)
SELECT y.la, y.year, 'iro_continuity' AS measure, 'at_end' AS breakdown,
  100.0 * count(c.child) FILTER (WHERE c.same_iro) / nullif(count(c.child), 0) AS value,
  count(c.child) FILTER (WHERE c.same_iro) AS numerator, count(c.child) AS denominator
FROM years y LEFT JOIN cohort c ON c.la = y.la AND c.year = y.year
GROUP BY y.la, y.year
