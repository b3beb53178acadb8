-- Social worker episodes (kind 'sw') and IRO allocations (kind 'iro') as one set of spans, with stale open
-- ones ended: the rule of model.episodes' stale_open (12_episodes.sql), per table. Each year's file is
-- taken to repeat every assignment still open on 1 April (as the ingest does when it supersedes overlaps),
-- so an assignment left open (end blank) in year S's file that no later loaded file of the same table
-- carries (clean holds the newest copy by key) was over by then; without this it stays open for ever and
-- every later year counts its worker. A later year without that table's file says nothing: left open.
-- A stale assignment was current through 31 March S and not on 1 April S. The two readers take END
-- differently, so both are given and agree on that for a stale row:
--   last_day  the last day assigned (54_iro_worker_years: a next assignment the day after leaves no gap);
--             31 March S when stale, so it does not reach into year S+1;
--   end_date  the first day no longer current (56_iro_caseload: current on d when END > d, like an
--             episode's DEC); 1 April S when stale, so it is still counted on 31 March S.
-- A given END is both, as each reader already took it.
CREATE OR REPLACE VIEW model.iro_assignments AS
WITH spans AS (
  SELECT 'sw' AS kind, 'sw_episodes' AS table_name, la, year, child, sw_id AS worker,
    sw_decom AS start_date, sw_dec AS end_date, NULL::DOUBLE AS fte
  FROM clean.sw_episodes
  UNION ALL
  SELECT 'iro', 'iro_allocations', la, year, child, iro_id, start_date, end_date, fte
  FROM clean.iro_allocations
), latest_file AS (
  SELECT la, table_name, max(year) AS year FROM model.iro_files_loaded
  WHERE table_name IN ('sw_episodes', 'iro_allocations') GROUP BY la, table_name
), flagged AS (
  SELECT s.*, coalesce(s.end_date IS NULL AND s.year < l.year, false) AS stale_open
  FROM spans s
  LEFT JOIN latest_file l ON l.la = s.la AND l.table_name = s.table_name
)
SELECT kind, la, child, worker, start_date,
  CASE WHEN stale_open THEN make_date(year, 3, 31) ELSE end_date END AS last_day,
  CASE WHEN stale_open THEN make_date(year, 4, 1) ELSE end_date END AS end_date,
  fte, stale_open, year AS source_year
FROM flagged;
