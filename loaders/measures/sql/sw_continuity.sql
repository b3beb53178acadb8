-- Children looked after at 31 March who had one social worker (one SW_ID) throughout the year to 31 March,
-- of those looked after continuously for at least 12 months (period of care began on or before 1 April).
-- Kent's variant, `at_end|kent_18_months`: looked after 18+ months (began on or before 31 March less
-- 18 months plus a day: for 2024-25, on or before the first of October 2023), same social worker for the last 12 months.
-- Only years whose sw_episodes.csv was supplied (from 2023-24): otherwise no row.
WITH years AS (
  SELECT y.* FROM model.iro_years y
  JOIN model.iro_files_loaded f ON f.la = y.la AND f.year = y.year AND f.table_name = 'sw_episodes'
), cohort AS (
  SELECT y.la, y.year, c.child,
    c.period_start <= y.year_start AS months_12,
    c.period_start <= CAST(y.year_end - INTERVAL 18 MONTH AS DATE) + 1 AS months_18,
    coalesce(w.workers = 1 AND w.covered, false) AS same_sw
  FROM years y
  JOIN model.iro_in_care_at_end c ON c.la = y.la AND c.year = y.year
  LEFT JOIN model.iro_worker_years w ON w.kind = 'sw' AND w.la = c.la AND w.year = c.year AND w.child = c.child
), variants(breakdown, months) AS (VALUES ('at_end', 12), ('at_end|kent_18_months', 18))
SELECT y.la, y.year, 'sw_continuity' AS measure, v.breakdown,
  100.0 * count(c.child) FILTER (WHERE c.same_sw) / nullif(count(c.child), 0) AS value,
  count(c.child) FILTER (WHERE c.same_sw) AS numerator,
  count(c.child) AS denominator
FROM years y CROSS JOIN variants v
LEFT JOIN cohort c ON c.la = y.la AND c.year = y.year AND (CASE v.months WHEN 12 THEN c.months_12 ELSE c.months_18 END)
GROUP BY y.la, y.year, v.breakdown
