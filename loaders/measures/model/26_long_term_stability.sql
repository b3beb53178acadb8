-- DfE 393 cohort: children in care at 31 March, aged under 16, whose current period of care began at
-- least 2.5 years (30 months) before 31 March. stable: in the current placement for at least 2 years,
-- or placed for adoption (A3-A6) with the adoptive placement and the placement before it (in the
-- same period of care) together lasting at least 2 years.
CREATE OR REPLACE TABLE model.long_term_stability AS
SELECT s.la, s.year, s.child,
  coalesce(
    cur.placement_start <= (s.snapshot_date - INTERVAL 24 MONTH)::DATE
    OR (s.place IN ('A3', 'A4', 'A5', 'A6')
        AND prev.placement_start <= (s.snapshot_date - INTERVAL 24 MONTH)::DATE),
    false) AS stable
FROM model.snapshots s
JOIN model.placements cur ON cur.la = s.la AND cur.child = s.child AND cur.placement_no = s.placement_no
LEFT JOIN model.placements prev
  ON prev.la = s.la AND prev.child = s.child AND prev.placement_no = s.placement_no - 1
  AND prev.period_no = s.period_no
WHERE s.snapshot = 'at_end' AND s.age < 16
  AND s.period_start <= (s.snapshot_date - INTERVAL 30 MONTH)::DATE;
