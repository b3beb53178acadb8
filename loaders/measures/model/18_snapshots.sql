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

CREATE OR REPLACE TABLE model.snapshots AS
WITH open AS (
  SELECT d.year, d.snapshot, d.snapshot_date, e.*
  FROM model.snapshot_dates d
  JOIN model.placement_episodes e
    ON e.la = d.la AND e.decom <= d.snapshot_date AND coalesce(e.dec, DATE '9999-12-31') > d.snapshot_date
  QUALIFY row_number() OVER (PARTITION BY d.la, d.year, d.snapshot, e.child ORDER BY e.decom DESC) = 1
)
SELECT o.*, h.sex, h.dob, h.ethnic,
  model.whole_years(h.dob, o.snapshot_date) AS age,
  -- Outside the LA: PL_LOCATION when given; otherwise PL_LA against the LA's own number, but only when
  -- PL_LA is a 3-digit LA number (an ONS code cannot be compared): else unknown (NULL).
  CASE
    WHEN upper(o.pl_location) = 'OUT' THEN true
    WHEN upper(o.pl_location) = 'IN' THEN false
    WHEN regexp_full_match(o.pl_la, '[0-9]{3}') THEN o.pl_la <> o.la
  END AS outside_la
FROM open o
LEFT JOIN clean.header h ON h.la = o.la AND h.child = o.child
WHERE h.dob IS NULL OR model.whole_years(h.dob, o.snapshot_date) < 18;

CREATE OR REPLACE TABLE model.snapshot_totals AS
SELECT d.la, d.year, d.snapshot, d.snapshot_date, count(s.child) AS total
FROM model.snapshot_dates d
LEFT JOIN model.snapshots s ON s.la = d.la AND s.year = d.year AND s.snapshot = d.snapshot
GROUP BY ALL;
