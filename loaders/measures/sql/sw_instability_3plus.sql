-- DfE Stability_SocialWorker: children looked after at 31 March who had 3 or more different social workers
-- assigned at any time from 1 April to 31 March (looked after or not; a worker who returns counts once),
-- as a % of children looked after at 31 March. Only years whose sw_episodes.csv was supplied.
WITH years AS (
  SELECT y.* FROM model.iro_years y
  JOIN model.iro_files_loaded f ON f.la = y.la AND f.year = y.year AND f.table_name = 'sw_episodes'
)
SELECT y.la, y.year, 'sw_instability_3plus' AS measure, 'at_end' AS breakdown,
  100.0 * count(c.child) FILTER (WHERE w.workers >= 3) / nullif(count(c.child), 0) AS value,
  count(c.child) FILTER (WHERE w.workers >= 3) AS numerator,
  count(c.child) AS denominator
FROM years y
LEFT JOIN model.iro_in_care_at_end c ON c.la = y.la AND c.year = y.year
LEFT JOIN model.iro_worker_years w ON w.kind = 'sw' AND w.la = c.la AND w.year = c.year AND w.child = c.child
GROUP BY y.la, y.year
