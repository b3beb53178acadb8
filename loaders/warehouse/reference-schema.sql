-- Reference tables, loaded from data/reference/ by loaders/warehouse/reference.ts.

CREATE TABLE ref.ethnicity_groups (code VARCHAR PRIMARY KEY, group_key VARCHAR NOT NULL, label VARCHAR NOT NULL);
CREATE TABLE ref.drn_categories (category VARCHAR PRIMARY KEY, label VARCHAR NOT NULL, description VARCHAR NOT NULL);
CREATE TABLE ref.bank_holidays (date DATE PRIMARY KEY, name VARCHAR NOT NULL);  -- England and Wales
CREATE TABLE ref.la_codes (la_number VARCHAR PRIMARY KEY, la_name VARCHAR NOT NULL, region VARCHAR, la_type VARCHAR);
CREATE TABLE ref.regions (region VARCHAR PRIMARY KEY, region_number VARCHAR NOT NULL);
CREATE TABLE ref.stat_neighbours (la_number VARCHAR NOT NULL, rank INTEGER NOT NULL, neighbour_la_number VARCHAR NOT NULL, closeness VARCHAR);
-- DfE LAIT figures: value NULL where LAIT shows '-' (suppressed / not available).
CREATE TABLE ref.lait_measures (measure_short VARCHAR NOT NULL, year INTEGER NOT NULL, la_number VARCHAR NOT NULL, area_name VARCHAR, region VARCHAR, value DOUBLE, value_text VARCHAR);
CREATE TABLE ref.lait_definitions (measure_short VARCHAR PRIMARY KEY, measure_code VARCHAR, measure VARCHAR, chart_title VARCHAR, polarity VARCHAR, y_axis_name VARCHAR, description VARCHAR, methodology VARCHAR);
-- Optional: ONS mid-year 0-17 population, supplied by the analyst; cla_rate is 'not available' without it.
CREATE TABLE ref.population (la VARCHAR NOT NULL, year INTEGER NOT NULL, population_0_17 INTEGER NOT NULL);
-- Which LAIT series stands beside which of our measures (data/reference/lait-measure-map.csv); measure NULL = not mapped.
CREATE TABLE ref.lait_measure_map (measure_short VARCHAR PRIMARY KEY, measure VARCHAR, breakdown VARCHAR, field VARCHAR, note VARCHAR);
-- Optional postcode lookup (data/reference/postcodes.csv: postcode, easting, northing, la), supplied by the analyst,
-- e.g. from the ONS Postcode Directory. postcode is stored upper case without spaces; la is DfE's 3-digit LA number
-- of the postcode's upper-tier area. Used only to derive PL_DISTANCE / PL_LA / PL_LOCATION when an episode lacks them.
CREATE TABLE ref.postcodes (postcode VARCHAR PRIMARY KEY, easting DOUBLE NOT NULL, northing DOUBLE NOT NULL, la VARCHAR);
