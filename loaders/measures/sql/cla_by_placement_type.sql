-- PLACE of the episode open on the date, in measures.md's groups (model/19_placement_groups.sql). Every
-- group is written (zeros included); codes as `at_end|code_U4` for codes present.
-- `foster` (U1-U6) is a sub-total of the two foster groups, like age's 0_4.
-- The same figures as percentages of all children on the date are cla_by_placement_type_pct (DfE's form).
-- The children are counted once by PLACE (counted); groups, codes and the foster sub-total are summed from those.
WITH counted AS (
  SELECT la, year, snapshot, grp, place, count(*) AS n FROM model.snapshot_placement_groups GROUP BY ALL
), per_group AS (
  SELECT la, year, snapshot, grp, sum(n)::BIGINT AS n FROM counted GROUP BY ALL
)
SELECT t.la, t.year, 'cla_by_placement_type' AS measure, t.snapshot || '|' || g.grp AS breakdown,
  coalesce(p.n, 0) AS value, coalesce(p.n, 0) AS numerator, t.total AS denominator
FROM model.snapshot_totals t
CROSS JOIN model.placement_groups g
LEFT JOIN per_group p ON p.la = t.la AND p.year = t.year AND p.snapshot = t.snapshot AND p.grp = g.grp
UNION ALL
SELECT c.la, c.year, 'cla_by_placement_type', c.snapshot || '|code_' || c.place, sum(c.n)::BIGINT, sum(c.n)::BIGINT, any_value(t.total)
FROM counted c
JOIN model.snapshot_totals t ON t.la = c.la AND t.year = c.year AND t.snapshot = c.snapshot
GROUP BY c.la, c.year, c.snapshot, c.place
UNION ALL
SELECT t.la, t.year, 'cla_by_placement_type', t.snapshot || '|foster',
  coalesce(sum(p.n), 0)::BIGINT, coalesce(sum(p.n), 0)::BIGINT, any_value(t.total)
FROM model.snapshot_totals t
LEFT JOIN per_group p ON p.la = t.la AND p.year = t.year AND p.snapshot = t.snapshot
  AND p.grp IN ('foster_relative_friend', 'foster_other')
GROUP BY t.la, t.year, t.snapshot
