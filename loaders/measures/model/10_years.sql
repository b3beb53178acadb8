-- The (la, year) pairs measures are computed for, with the collection year's first and last day.
-- Year Y runs 1 April Y-1 to 31 March Y.
CREATE OR REPLACE TABLE model.years AS
SELECT DISTINCT la, year,
  make_date(year - 1, 4, 1) AS year_start,
  make_date(year, 3, 31) AS year_end
FROM meta.collections;

-- Age in completed years on a date: a birthday falling on the date counts as reached.
-- Written out rather than date_diff('year', ...), which counts calendar-year boundaries, not birthdays.
CREATE OR REPLACE MACRO model.whole_years(dob, d) AS
  year(d) - year(dob) - CASE WHEN month(d) * 100 + day(d) < month(dob) * 100 + day(dob) THEN 1 ELSE 0 END;

-- The collection year a date falls in (1 April Y-1 to 31 March Y is year Y): joining on it is an equality
-- join, where "BETWEEN year_start AND year_end" compares every row with every year of its LA.
CREATE OR REPLACE MACRO model.collection_year(d) AS year(d) + CASE WHEN month(d) >= 4 THEN 1 ELSE 0 END;
