-- PLACE of the episode open on the date, in measures.md's groups (model/19_placement_groups.sql). Every
-- group is written (zeros included); codes as `at_end|code_U4` for codes present.
-- `foster` (U1-U6) is a sub-total of the two foster groups, like age's 0_4.
-- The same figures as percentages of all children on the date are cla_by_placement_type_pct (DfE's form).
SELECT t.la, t.year, 'cla_by_placement_type' AS measure, t.snapshot || '|' || g.grp AS breakdown,
  count(k.grp) AS value, count(k.grp) AS numerator, any_value(t.total) AS denominator
FROM model.snapshot_totals t
CROSS JOIN model.placement_groups g
LEFT JOIN model.snapshot_placement_groups k ON k.la = t.la AND k.year = t.year AND k.snapshot = t.snapshot AND k.grp = g.grp
GROUP BY t.la, t.year, t.snapshot, g.grp
UNION ALL
SELECT k.la, k.year, 'cla_by_placement_type', k.snapshot || '|code_' || k.place, count(*), count(*), any_value(t.total)
FROM model.snapshot_placement_groups k
JOIN model.snapshot_totals t ON t.la = k.la AND t.year = k.year AND t.snapshot = k.snapshot
GROUP BY k.la, k.year, k.snapshot, k.place
UNION ALL
SELECT t.la, t.year, 'cla_by_placement_type', t.snapshot || '|foster', count(k.grp), count(k.grp), any_value(t.total)
FROM model.snapshot_totals t
LEFT JOIN model.snapshot_placement_groups k ON k.la = t.la AND k.year = t.year AND k.snapshot = t.snapshot
  AND k.grp IN ('foster_relative_friend', 'foster_other')
GROUP BY t.la, t.year, t.snapshot
