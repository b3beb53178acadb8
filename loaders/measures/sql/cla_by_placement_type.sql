-- PLACE of the episode open on the date, in measures.md's groups. Every group is written (zeros
-- included); codes as `at_end|code_U4` for codes present. A code in no group counts as residential_other.
-- `foster` (U1-U6, DfE's LAC_Foster_Placements) is a sub-total of the two foster groups, like age's 0_4.
WITH groups(grp) AS (VALUES
  ('foster_relative_friend'), ('foster_other'), ('placed_for_adoption'), ('childrens_homes_secure'),
  ('supported_semi_independent'), ('with_parents'), ('residential_other'), ('temporary')
), keyed AS (
  SELECT la, year, snapshot, place,
    CASE
      WHEN place IN ('U1', 'U2', 'U3') THEN 'foster_relative_friend'
      WHEN place IN ('U4', 'U5', 'U6') THEN 'foster_other'
      WHEN place IN ('A3', 'A4', 'A5', 'A6') THEN 'placed_for_adoption'
      WHEN place IN ('K1', 'K2') THEN 'childrens_homes_secure'
      WHEN place IN ('H5', 'K3', 'P2') THEN 'supported_semi_independent'
      WHEN place = 'P1' THEN 'with_parents'
      WHEN place LIKE 'T%' THEN 'temporary'
      ELSE 'residential_other'
    END AS grp
  FROM model.snapshots
)
SELECT t.la, t.year, 'cla_by_placement_type' AS measure, t.snapshot || '|' || g.grp AS breakdown,
  count(k.grp) AS value, count(k.grp) AS numerator, any_value(t.total) AS denominator
FROM model.snapshot_totals t
CROSS JOIN groups g
LEFT JOIN keyed k ON k.la = t.la AND k.year = t.year AND k.snapshot = t.snapshot AND k.grp = g.grp
GROUP BY t.la, t.year, t.snapshot, g.grp
UNION ALL
SELECT k.la, k.year, 'cla_by_placement_type', k.snapshot || '|code_' || k.place, count(*), count(*), any_value(t.total)
FROM keyed k
JOIN model.snapshot_totals t ON t.la = k.la AND t.year = k.year AND t.snapshot = k.snapshot
GROUP BY k.la, k.year, k.snapshot, k.place
UNION ALL
SELECT t.la, t.year, 'cla_by_placement_type', t.snapshot || '|foster', count(k.grp), count(k.grp), any_value(t.total)
FROM model.snapshot_totals t
LEFT JOIN keyed k ON k.la = t.la AND k.year = t.year AND k.snapshot = t.snapshot
  AND k.grp IN ('foster_relative_friend', 'foster_other')
GROUP BY t.la, t.year, t.snapshot
