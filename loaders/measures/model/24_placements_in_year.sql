-- For each child in care at 31 March: how many placements (DfE 372's count) they had in the year.
-- A placement is in the year when it was open at some point in it: started on or before 31 March and
-- not ended on or before 1 April (the snapshot rule of 18_snapshots.sql), so placements already open
-- on 1 April and those open on 31 March are included, as DfE says.
CREATE OR REPLACE TABLE model.placements_in_year AS
SELECT s.la, s.year, s.child, s.age,
  -- conditions in FILTER rather than in the join: an OR in a join condition makes DuckDB loop
  count(p.placement_no) FILTER (
    WHERE p.counted AND p.placement_start <= y.year_end
      AND coalesce(p.placement_end, DATE '9999-12-31') > y.year_start) AS placements
FROM model.snapshots s
JOIN model.years y ON y.la = s.la AND y.year = s.year
LEFT JOIN model.placements p ON p.la = s.la AND p.child = s.child
WHERE s.snapshot = 'at_end'
GROUP BY s.la, s.year, s.child, s.age;
