-- model.years with data_start: 1 April of the LA's earliest loaded year. Reviews before it may simply be
-- missing from the input, so a review's place in its sequence is unknown when its period began earlier.
CREATE OR REPLACE VIEW model.iro_years AS
SELECT la, year, year_start, year_end, min(year_start) OVER (PARTITION BY la) AS data_start
FROM model.years;

-- Which optional extracts were supplied for each year: a measure is only emitted for a year whose file was
-- loaded, so a missing sw_episodes.csv (normal before 2023-24) gives no row rather than a false 0.
CREATE OR REPLACE VIEW model.iro_files_loaded AS
SELECT DISTINCT la, year, table_name FROM meta.files WHERE status = 'loaded' AND table_name IS NOT NULL;
