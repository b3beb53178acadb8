-- DfE's placement figures (LAC_Foster_Placements, LAC_SecHome_And_ChildHome, LAC_Ind_SInd_Liv_Arr,
-- LAC_Parents_OR_Others) are percentages of all children looked after at 31 March: the groups of
-- cla_by_placement_type, and its `foster` sub-total, as a % of all children on the date. Value NULL when
-- no child was in care on the date.
-- The children are counted once per group (counted), the foster sub-total summed from those.
WITH per_group AS (
  SELECT la, year, snapshot, grp, count(*) AS n FROM model.snapshot_placement_groups GROUP BY ALL
), keyed AS (
  SELECT la, year, snapshot, grp, n FROM per_group
  UNION ALL
  SELECT la, year, snapshot, 'foster', sum(n)::BIGINT FROM per_group
  WHERE grp IN ('foster_relative_friend', 'foster_other')
  GROUP BY la, year, snapshot
), counted AS (
  SELECT t.la, t.year, t.snapshot, g.grp, coalesce(k.n, 0) AS n, t.total
  FROM model.snapshot_totals t
  CROSS JOIN (SELECT grp FROM model.placement_groups UNION ALL SELECT 'foster') g
  LEFT JOIN keyed k ON k.la = t.la AND k.year = t.year AND k.snapshot = t.snapshot AND k.grp = g.grp
)
SELECT la, year, 'cla_by_placement_type_pct' AS measure, snapshot || '|' || grp AS breakdown,
  100.0 * n / nullif(total, 0) AS value, n AS numerator, total AS denominator
FROM counted
