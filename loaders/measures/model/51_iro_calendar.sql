-- A day-by-day calendar with a running count of working days (not Saturday, Sunday or an England and Wales
-- bank holiday), so "N working days after d" is the working day whose count is count(d) + N.
-- ref.bank_holidays covers 2012-2027; outside that only weekends are skipped.
-- The running count is cast to BIGINT: a sum's HUGEINT joins and stores several times more slowly.
CREATE OR REPLACE TABLE model.iro_calendar AS
WITH days AS (
  SELECT CAST(d AS DATE) AS date FROM range(TIMESTAMP '2000-01-01', TIMESTAMP '2041-01-01', INTERVAL 1 DAY) t(d)
), flagged AS (
  SELECT days.date, dayofweek(days.date) NOT IN (0, 6) AND bh.date IS NULL AS working
  FROM days LEFT JOIN ref.bank_holidays bh ON bh.date = days.date
)
SELECT date, working, (sum(CASE WHEN working THEN 1 ELSE 0 END) OVER (ORDER BY date))::BIGINT AS working_days_to_date
FROM flagged;

-- The 20th working day after each date: the Handbook's deadline for a first review and for a DRN's resolution.
CREATE OR REPLACE VIEW model.iro_twenty_working_days AS
SELECT c1.date, c2.date AS due
FROM model.iro_calendar c1
JOIN model.iro_calendar c2 ON c2.working AND c2.working_days_to_date = c1.working_days_to_date + 20;
