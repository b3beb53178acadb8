-- IRO caseloads on each month end of the year (30 April ... 31 March), for years whose iro_allocations.csv
-- was supplied. An allocation is open on date d when START <= d and (END blank or END > d), the same rule as
-- an episode open at 31 March. Children are counted once however many IROs hold them. An IRO's FTE is the
-- largest FTE given on their open allocations; blank means full time (1.0). A stale open allocation (one no
-- later file carries) is current to 31 March of its file's year (51_iro_assignments.sql).
CREATE OR REPLACE TABLE model.iro_caseload_dates AS
WITH years AS (
  SELECT y.* FROM model.iro_years y
  JOIN model.iro_files_loaded f ON f.la = y.la AND f.year = y.year AND f.table_name = 'iro_allocations'
), month_ends AS (
  SELECT la, year, last_day(CAST(year_start + to_months(m) AS DATE)) AS d, m = 11 AS is_year_end
  FROM years CROSS JOIN range(0, 12) t(m)
), open AS (
  SELECT m.la, m.year, m.d, a.worker AS iro_id, a.child, a.fte
  FROM month_ends m
  JOIN model.iro_assignments a ON a.kind = 'iro' AND a.la = m.la AND a.start_date <= m.d
    AND coalesce(a.end_date, DATE '9999-12-31') > m.d
), per_iro AS (
  SELECT la, year, d, iro_id, coalesce(max(fte), 1.0) AS fte FROM open GROUP BY la, year, d, iro_id
)
SELECT m.la, m.year, m.d, m.is_year_end,
  coalesce(c.children, 0) AS children, coalesce(i.iros, 0) AS iros, coalesce(i.fte, 0) AS fte
FROM month_ends m
LEFT JOIN (SELECT la, year, d, count(DISTINCT child) AS children FROM open GROUP BY ALL) c USING (la, year, d)
LEFT JOIN (SELECT la, year, d, count(*) AS iros, sum(fte) AS fte FROM per_iro GROUP BY ALL) i USING (la, year, d);
