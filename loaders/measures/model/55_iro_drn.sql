-- DRN events per year, for the years whose drn.csv was supplied: raised in the year, resolved in the year,
-- open at 31 March (raised by then and not resolved by then; resolved on 31 March counts as resolved).
CREATE OR REPLACE VIEW model.iro_drn_years AS
SELECT y.* FROM model.iro_years y
JOIN model.iro_files_loaded f ON f.la = y.la AND f.year = y.year AND f.table_name = 'drn';

CREATE OR REPLACE VIEW model.iro_drn_events AS
SELECT y.la, y.year, 'raised' AS event, d.drn_id, d.category, d.stage, d.cafcass, d.raised, d.resolved
FROM model.iro_drn_years y JOIN clean.drn d ON d.la = y.la AND d.raised BETWEEN y.year_start AND y.year_end
UNION ALL
SELECT y.la, y.year, 'resolved', d.drn_id, d.category, d.stage, d.cafcass, d.raised, d.resolved
FROM model.iro_drn_years y JOIN clean.drn d ON d.la = y.la AND d.resolved BETWEEN y.year_start AND y.year_end
UNION ALL
SELECT y.la, y.year, 'open', d.drn_id, d.category, d.stage, d.cafcass, d.raised, d.resolved
FROM model.iro_drn_years y JOIN clean.drn d ON d.la = y.la AND d.raised <= y.year_end
  AND coalesce(d.resolved, DATE '9999-12-31') > y.year_end;

-- Counts by event: total, each standard category and stages 1-5 (zeros written so charts keep every bar),
-- an unknown stage when some DRN has none, and Cafcass referrals. numerator = value, denominator = the total.
-- A table, not a view: drn_raised, drn_resolved and drn_open each read it, and as a view it was computed
-- three times over.
CREATE OR REPLACE TABLE model.iro_drn_counts AS
WITH events(event, snapshot) AS (VALUES ('raised', 'year'), ('resolved', 'year'), ('open', 'at_end')),
groups AS (
  SELECT 'category' AS kind, category AS grp FROM ref.drn_categories
  UNION ALL SELECT 'stage', 'stage_' || s FROM range(1, 6) t(s)
  UNION ALL SELECT 'cafcass', 'cafcass'
), totals AS (
  SELECT y.la, y.year, e.event, e.snapshot, count(d.drn_id) AS total
  FROM model.iro_drn_years y CROSS JOIN events e
  LEFT JOIN model.iro_drn_events d ON d.la = y.la AND d.year = y.year AND d.event = e.event
  GROUP BY ALL
), keyed AS (
  SELECT la, year, event, drn_id, category AS grp FROM model.iro_drn_events
  UNION ALL SELECT la, year, event, drn_id, coalesce('stage_' || stage, 'stage_unknown') FROM model.iro_drn_events
  UNION ALL SELECT la, year, event, drn_id, 'cafcass' FROM model.iro_drn_events WHERE cafcass
)
SELECT la, year, event, snapshot AS breakdown, total AS value, NULL::BIGINT AS numerator, NULL::BIGINT AS denominator
FROM totals
UNION ALL
SELECT t.la, t.year, t.event, t.snapshot || '|' || g.grp, count(k.drn_id), count(k.drn_id), any_value(t.total)
FROM totals t CROSS JOIN groups g
LEFT JOIN keyed k ON k.la = t.la AND k.year = t.year AND k.event = t.event AND k.grp = g.grp
GROUP BY t.la, t.year, t.event, t.snapshot, g.grp
UNION ALL
SELECT t.la, t.year, t.event, t.snapshot || '|stage_unknown', count(*), count(*), any_value(t.total)
FROM totals t JOIN keyed k ON k.la = t.la AND k.year = t.year AND k.event = t.event AND k.grp = 'stage_unknown'
GROUP BY t.la, t.year, t.event, t.snapshot;
