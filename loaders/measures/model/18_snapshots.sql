-- Snapshots: who was in care on 1 April (at_start) and 31 March (at_end) of each year.
-- One rule for both dates: an episode is open on date D when DECOM <= D and (DEC IS NULL OR DEC > D),
-- so a child who starts on D is counted on D and a child who leaves on D is not.
-- (at_start of year Y therefore equals at_end of Y-1, plus children starting on 1 April, minus those
-- leaving on 1 April.) One row per child: should two episodes overlap, the later DECOM is taken.
-- A young person aged 18 or over on the date is not a looked-after child, whatever the episode says: care
-- ends on the 18th birthday, so an episode left open past it (DEC not yet recorded) is not counted.
-- DfE's published figures have no one aged 18+ in them.
CREATE OR REPLACE TABLE model.snapshot_dates AS
SELECT la, year, 'at_start' AS snapshot, year_start AS snapshot_date FROM model.years
UNION ALL
SELECT la, year, 'at_end' AS snapshot, year_end AS snapshot_date FROM model.years;

-- The episode open on each date is found from the key columns alone (the latest DECOM, as one row per child
-- needs) and aged there, then joined back to the whole row: carrying every column through the de-duplication
-- and the header join cost twice as much.
CREATE OR REPLACE TABLE model.snapshots AS
WITH open_keys AS (
  SELECT d.la, d.year, d.snapshot, d.snapshot_date, e.child, max(e.decom) AS decom
  FROM model.snapshot_dates d
  JOIN temp.model_placement_episodes e
    ON e.la = d.la AND e.decom <= d.snapshot_date AND coalesce(e.dec, DATE '9999-12-31') > d.snapshot_date
  GROUP BY d.la, d.year, d.snapshot, d.snapshot_date, e.child
), under_18 AS (
  SELECT k.*, h.sex, h.dob, h.ethnic, model.whole_years(h.dob, k.snapshot_date) AS age
  FROM open_keys k
  LEFT JOIN clean.header h ON h.la = k.la AND h.child = k.child
  WHERE h.dob IS NULL OR model.whole_years(h.dob, k.snapshot_date) < 18
)
SELECT u.year, u.snapshot, u.snapshot_date, e.*, u.sex, u.dob, u.ethnic, u.age,
  -- Outside the LA: PL_LOCATION when given; otherwise PL_LA against the LA's own number, but only when
  -- PL_LA is a 3-digit LA number (an ONS code cannot be compared): else unknown (NULL).
  CASE
    WHEN upper(e.pl_location) = 'OUT' THEN true
    WHEN upper(e.pl_location) = 'IN' THEN false
    WHEN regexp_full_match(e.pl_la, '[0-9]{3}') THEN e.pl_la <> e.la
  END AS outside_la
FROM under_18 u
JOIN temp.model_placement_episodes e ON e.la = u.la AND e.child = u.child AND e.decom = u.decom;

CREATE OR REPLACE TABLE model.snapshot_totals AS
SELECT d.la, d.year, d.snapshot, d.snapshot_date, count(s.child) AS total
FROM model.snapshot_dates d
LEFT JOIN model.snapshots s ON s.la = d.la AND s.year = d.year AND s.snapshot = d.snapshot
GROUP BY ALL;
