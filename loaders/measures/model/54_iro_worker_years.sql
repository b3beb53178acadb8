-- For each child and year: how many different social workers (kind 'sw', from sw_episodes) or IROs
-- (kind 'iro', from iro_allocations) were assigned at any time from 1 April to 31 March, and whether
-- assignments covered every day of that year. An end date is the last day of the assignment, so a next
-- assignment starting on or the day after it leaves no gap. A worker who leaves and returns counts once
-- (DfE's example), but the time between is a gap. Stale open assignments end on 31 March of their file's
-- year (51_iro_assignments.sql).
CREATE OR REPLACE TABLE model.iro_worker_years AS
WITH spans AS (
  SELECT kind, la, child, worker, start_date AS s, last_day AS e FROM model.iro_assignments
), clipped AS (
  SELECT sp.kind, y.la, y.year, sp.child, sp.worker, y.year_start, y.year_end,
    greatest(sp.s, y.year_start) AS s,
    least(coalesce(sp.e, y.year_end), y.year_end) AS e
  FROM spans sp
  JOIN model.iro_years y ON y.la = sp.la AND sp.s <= y.year_end AND coalesce(sp.e, DATE '9999-12-31') >= y.year_start
), ordered AS (
  SELECT *, max(e) OVER (PARTITION BY kind, la, year, child ORDER BY s, e
                         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
  FROM clipped
)
SELECT kind, la, year, child,
  count(DISTINCT worker) AS workers,
  min(s) <= min(year_start) AND max(e) >= max(year_end) AND bool_and(reach IS NULL OR s <= reach + 1) AS covered
FROM ordered
GROUP BY kind, la, year, child;
