-- The analyst build's child-level table: one row per child per LA and collection year, for every child
-- looked after at 31 March (model.snapshots 'at_end', the cohort of cla_count at_end and its breakdowns).
-- Built on the measures' model layer (loaders/measures/model), so placements, periods, the 18+ rule and
-- the snapshot rule are the measures' own. Group mappings repeat the measure SQL's
-- (cla_by_legal_status, cla_by_placement_type, placed_over_20_miles); tests/analyst checks the counts
-- against the measures so the two cannot drift apart unnoticed.
-- CHILD is selected only so the builder can give each child a random key; it never leaves the builder.
-- No UPN, postcode, URN, SW_ID, IRO_ID or DRN_ID is read; the date of birth leaves as yyyy-mm only.
WITH legal_groups(code, grp) AS (VALUES
  ('C2', 'care_order'), ('C1', 'interim_care_order'), ('E1', 'placement_order'), ('D1', 'placement_order'),
  ('V2', 's20'), ('L1', 'police_protection'), ('L2', 'police_protection'), ('L3', 'police_protection'),
  ('J1', 'youth_justice'), ('J2', 'youth_justice'), ('J3', 'youth_justice')
), cohort AS (
  SELECT s.*, y.year_start, y.year_end
  FROM model.snapshots s
  JOIN model.years y ON y.la = s.la AND y.year = s.year
  WHERE s.snapshot = 'at_end'
)
SELECT
  c.la, c.year, c.child,
  strftime(c.dob, '%Y-%m') AS birth_month,
  c.age::INTEGER AS age,
  CASE
    WHEN c.age IS NULL THEN 'unknown'
    WHEN c.age < 1 THEN 'under_1'
    WHEN c.age <= 4 THEN '1_4'
    WHEN c.age <= 9 THEN '5_9'
    WHEN c.age <= 15 THEN '10_15'
    ELSE '16_17'
  END AS age_band,
  CASE c.sex WHEN 'M' THEN 'male' WHEN 'F' THEN 'female' ELSE 'unknown' END AS gender,
  coalesce(eg.group_key, 'unmapped') AS ethnicity_group,
  c.ethnic AS ethnicity_code,
  coalesce(lg.grp, 'other') AS legal_status_group,
  c.ls AS legal_status_code,
  CASE
    WHEN c.place IN ('U1', 'U2', 'U3') THEN 'foster_relative_friend'
    WHEN c.place IN ('U4', 'U5', 'U6') THEN 'foster_other'
    WHEN c.place IN ('A3', 'A4', 'A5', 'A6') THEN 'placed_for_adoption'
    WHEN c.place IN ('K1', 'K2') THEN 'childrens_homes_secure'
    WHEN c.place IN ('H5', 'K3', 'P2') THEN 'supported_semi_independent'
    WHEN c.place = 'P1' THEN 'with_parents'
    WHEN c.place LIKE 'T%' THEN 'temporary'
    ELSE 'residential_other'
  END AS placement_type_group,
  c.place AS placement_type_code,
  -- as uasc_count: a UASC record whose DUC is blank or after 31 March
  EXISTS (SELECT 1 FROM clean.uasc u WHERE u.la = c.la AND u.child = c.child
    AND coalesce(u.duc, DATE '9999-12-31') > c.snapshot_date) AS uasc,
  coalesce(p.placements, 0)::INTEGER AS placements,
  coalesce(p.placements, 0) >= 3 AS placements_3plus,
  -- bands close at the top (5.0 is 0-5), so 20_plus is exactly placed_over_20_miles' "> 20"
  CASE
    WHEN c.pl_distance IS NULL THEN 'unknown'
    WHEN c.pl_distance <= 5 THEN '0_5'
    WHEN c.pl_distance <= 10 THEN '5_10'
    WHEN c.pl_distance <= 20 THEN '10_20'
    ELSE '20_plus'
  END AS distance_band,
  c.outside_la,
  -- days from the start of the current period of care (X1 chains joined) to 31 March
  date_diff('day', c.period_start, c.snapshot_date)::INTEGER AS days_in_care,
  c.period_start >= c.year_start AS started_in_year,
  EXISTS (SELECT 1 FROM model.ceases x WHERE x.la = c.la AND x.year = c.year AND x.child = c.child) AS ceased_in_year
FROM cohort c
LEFT JOIN ref.ethnicity_groups eg ON eg.code = c.ethnic
LEFT JOIN legal_groups lg ON lg.code = c.ls
LEFT JOIN model.placements_in_year p ON p.la = c.la AND p.year = c.year AND p.child = c.child
