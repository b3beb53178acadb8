-- Flows in the year.
-- Starts: episodes with RNE S and DECOM in the year (a child who starts twice is two starts);
-- age is at DECOM, legal status is the LS of that first episode.
CREATE OR REPLACE TABLE model.starts AS
SELECT y.year, e.*, model.whole_years(h.dob, e.decom) AS age
FROM model.years y
JOIN model.cla_episodes e ON e.la = y.la AND e.rne = 'S' AND e.decom BETWEEN y.year_start AND y.year_end
LEFT JOIN clean.header h ON h.la = e.la AND h.child = e.child;

-- Ceases: episodes with DEC in the year and REC other than X1. reason_group follows measures.md;
-- E13 (to live with someone without parental responsibility) is not "returned home" (DfE's returned
-- home is to a person with PR), so it is 'other'; E3 (care taken over by another LA, mostly the
-- National Transfer Scheme for UASC) goes with E15 as 'uasc_18_or_transferred'.
-- last_in_year marks the child's last cease of the year: DfE counts children on that occasion.
CREATE OR REPLACE TABLE model.ceases AS
SELECT y.year, e.*, model.whole_years(h.dob, e.dec) AS age,
  CASE
    WHEN e.rec IN ('E11', 'E12') THEN 'adopted'
    WHEN e.rec IN ('E43', 'E44', 'E45', 'E46', 'E47', 'E48') THEN 'sgo'
    WHEN e.rec = 'E41' THEN 'cao'
    WHEN e.rec IN ('E4A', 'E4B') THEN 'returned_home'
    WHEN e.rec IN ('E5', 'E6', 'E17', 'E7') THEN 'age_18'
    WHEN e.rec IN ('E15', 'E3') THEN 'uasc_18_or_transferred'
    ELSE 'other'
  END AS reason_group,
  row_number() OVER (PARTITION BY y.la, y.year, e.child ORDER BY e.dec DESC, e.decom DESC) = 1 AS last_in_year
FROM model.years y
JOIN model.cla_episodes e ON e.la = y.la AND e.dec BETWEEN y.year_start AND y.year_end
  AND e.rec IS NOT NULL AND e.rec <> 'X1'
LEFT JOIN clean.header h ON h.la = e.la AND h.child = e.child;
