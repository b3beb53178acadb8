-- Flows in the year.
-- Starts: episodes with RNE S and DECOM in the year (a child who starts twice is two starts);
-- age is at DECOM, legal status is the LS of that first episode.
CREATE OR REPLACE TABLE model.starts AS
SELECT y.year, e.* EXCLUDE (new_placement, placement_no), model.whole_years(h.dob, e.decom) AS age
FROM model.years y
JOIN temp.model_placement_episodes e ON e.la = y.la AND e.rne = 'S' AND e.decom BETWEEN y.year_start AND y.year_end
LEFT JOIN clean.header h ON h.la = e.la AND h.child = e.child;

-- Ceases: episodes with DEC in the year and REC other than X1. reason_group follows measures.md;
-- E13 (to live with someone without parental responsibility) is not "returned home" (DfE's returned
-- home is to a person with PR), so it is 'other'; E3 (care taken over by another LA, mostly the
-- National Transfer Scheme for UASC) goes with E15 as 'uasc_18_or_transferred'.
-- last_in_year marks the child's last cease of the year: DfE counts children on that occasion.
-- The last cease is found by grouping (the latest DEC, then DECOM, of the child's ceases in the year) rather
-- than by a window over the whole rows.
CREATE OR REPLACE TABLE model.ceases AS
WITH ceased AS (
  SELECT y.year, e.* EXCLUDE (new_placement, placement_no)
  FROM model.years y
  JOIN temp.model_placement_episodes e ON e.la = y.la AND e.dec BETWEEN y.year_start AND y.year_end
    AND e.rec IS NOT NULL AND e.rec <> 'X1'
), last_cease AS (
  SELECT la, year, child, max({'dec': dec, 'decom': decom}) AS last FROM ceased GROUP BY la, year, child
)
SELECT c.*, model.whole_years(h.dob, c.dec) AS age,
  CASE
    WHEN c.rec IN ('E11', 'E12') THEN 'adopted'
    WHEN c.rec IN ('E43', 'E44', 'E45', 'E46', 'E47', 'E48') THEN 'sgo'
    WHEN c.rec = 'E41' THEN 'cao'
    WHEN c.rec IN ('E4A', 'E4B') THEN 'returned_home'
    WHEN c.rec IN ('E5', 'E6', 'E17', 'E7') THEN 'age_18'
    WHEN c.rec IN ('E15', 'E3') THEN 'uasc_18_or_transferred'
    ELSE 'other'
  END AS reason_group,
  l.last = {'dec': c.dec, 'decom': c.decom} AS last_in_year
FROM ceased c
JOIN last_cease l ON l.la = c.la AND l.year = c.year AND l.child = c.child
LEFT JOIN clean.header h ON h.la = c.la AND h.child = c.child;
