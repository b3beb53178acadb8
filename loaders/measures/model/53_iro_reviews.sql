-- Every review with its period of care, its place in that period's sequence, the date it was due by and
-- whether it was on time. Due dates (IRO Handbook / Care Planning Regulations 2010, reg. 33):
--   1st review of a period: within 20 working days of the period's start (day 0 = the start date);
--   2nd: within 3 months of the 1st; later: within 6 months of the one before.
-- "Within 3 months" is the same day of the month 3 months later (DuckDB date + INTERVAL 3 MONTH; a day that
-- does not exist clamps to the month's last day: 30 Nov + 3 months = 28/29 Feb); a review on that day is on time.
-- A break in care restarts the sequence: the first review of the new period is due 20 working days after it began.
CREATE OR REPLACE TABLE model.iro_reviews AS
WITH located AS (
  SELECT r.la, r.child, r.review, any_value(r.review_code) AS review_code,
    any_value(coalesce(h.dob, r.dob)) AS dob,
    arg_max(p.period_no, p.period_start) AS period_no, max(p.period_start) AS period_start,
    any_value(EXISTS (SELECT 1 FROM temp.model_episodes e WHERE e.la = r.la AND e.child = r.child AND e.short_break
            AND e.decom <= r.review AND coalesce(e.dec, DATE '9999-12-31') >= r.review)) AS short_break_episode
  FROM clean.reviews r
  LEFT JOIN clean.header h ON h.la = r.la AND h.child = r.child
  LEFT JOIN model.periods p ON p.la = r.la AND p.child = r.child
    AND p.period_start <= r.review AND coalesce(p.period_end, DATE '9999-12-31') >= r.review
  -- Open ends as a far date, not "IS NULL OR": an OR in a join condition stops DuckDB hashing on la, child
  -- (16 s instead of 0.4 s on the demo data). A period may end on the day the next begins (a cease and a new
  -- start): the review goes to the new one, the latest-starting period (a child's periods start on different
  -- days; CHILD + REVIEW is unique, so the rest of the row is the review's own).
  GROUP BY r.la, r.child, r.review
), sequenced AS (
  SELECT *,
    row_number() OVER w AS seq,
    lag(review) OVER w AS previous_review
  FROM located
  WHERE period_no IS NOT NULL
  WINDOW w AS (PARTITION BY la, child, period_no ORDER BY review)
), due AS (
  SELECT s.*, d.data_start,
    CASE
      WHEN s.seq = 1 THEN t.due
      -- Period began before the earliest loaded year: the first review we hold may not be the first held.
      WHEN s.period_start < d.data_start AND s.seq = 2 AND s.previous_review > t.due THEN CAST(s.previous_review + INTERVAL 6 MONTH AS DATE)
      WHEN s.seq = 2 THEN CAST(s.previous_review + INTERVAL 3 MONTH AS DATE)
      ELSE CAST(s.previous_review + INTERVAL 6 MONTH AS DATE)
    END AS due_by
  FROM sequenced s
  JOIN (SELECT DISTINCT la, data_start FROM model.iro_years) d ON d.la = s.la
  LEFT JOIN model.iro_twenty_working_days t ON t.date = s.period_start
)
SELECT la, child, review, review_code, dob,
  model.whole_years(dob, review) AS age,
  period_no, period_start, seq, due_by,
  NOT (seq = 1 AND period_start < data_start) AS assessable,
  review <= due_by AS on_time,
  false AS short_break
FROM due
UNION ALL
-- Reviews outside every period of care: on short breaks (excluded from every review measure), or with no
-- episode at all (counted as held, but their timeliness cannot be assessed).
SELECT la, child, review, review_code, dob,
  model.whole_years(dob, review),
  NULL, NULL, NULL, NULL, false, NULL, short_break_episode
FROM located
WHERE period_no IS NULL;

-- The reviews each collection year counts: held in the year, short breaks excluded.
CREATE OR REPLACE VIEW model.iro_reviews_in_year AS
SELECT y.year, r.*
FROM model.iro_years y
JOIN model.iro_reviews r ON r.la = y.la AND model.collection_year(r.review) = y.year
WHERE NOT r.short_break;
