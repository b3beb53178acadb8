-- DfE's %_of LAC Adopted, LAC_ceased_SGO%, LAC_ceased_CAO%: children who ceased in the year by the reason of
-- their last cease in the year ("Only the last occasion on which a child ceased to be looked after in the
-- year has been included"), as a % of all children who ceased. Every reason group of model.ceases is written.
WITH reasons(reason) AS (VALUES
  ('adopted'), ('sgo'), ('cao'), ('returned_home'), ('age_18'), ('uasc_18_or_transferred'), ('other')
), children AS (
  SELECT y.la, y.year, count(c.child) AS total
  FROM model.years y LEFT JOIN model.ceases c ON c.la = y.la AND c.year = y.year AND c.last_in_year
  GROUP BY y.la, y.year
)
SELECT t.la, t.year, 'ceased_pct' AS measure, 'year|children|' || r.reason AS breakdown,
  100.0 * count(c.child) / nullif(any_value(t.total), 0) AS value, count(c.child) AS numerator, any_value(t.total) AS denominator
FROM children t
CROSS JOIN reasons r
LEFT JOIN model.ceases c ON c.la = t.la AND c.year = t.year AND c.last_in_year AND c.reason_group = r.reason
GROUP BY t.la, t.year, r.reason
