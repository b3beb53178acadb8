-- The placement-type group of each child in a snapshot (measures.md "Where children live"), in one place
-- for the count (sql/cla_by_placement_type.sql) and the percentage (sql/cla_by_placement_type_pct.sql).
-- A PLACE in no group (should the code lists grow) falls into residential_other.
CREATE OR REPLACE VIEW model.snapshot_placement_groups AS
SELECT la, year, snapshot, child, place,
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
FROM model.snapshots;

CREATE OR REPLACE TABLE model.placement_groups(grp) AS VALUES
  ('foster_relative_friend'), ('foster_other'), ('placed_for_adoption'), ('childrens_homes_secure'),
  ('supported_semi_independent'), ('with_parents'), ('residential_other'), ('temporary');
