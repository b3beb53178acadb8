-- The warehouse contract. Layers in the order data flows:
--   raw    every row as read (text), with its file and line
--   clean  typed, validated, de-duplicated across years (newest year wins)
--   ref    reference data shipped in data/reference (code lists, comparators, calendars)
--   meta   what was loaded and what was rejected
--   model  derived views (periods of care, placements, snapshots...) built by loaders/measures/model
--   measures  the measure rows
-- `year` is always the collection year as the year it ends (2025 = 1 Apr 2024 - 31 Mar 2025).
-- `la` is DfE's 3-digit LA number as text.
-- `file`/`line` point at the physical line (1-based, header = line 1) of the copy that won de-duplication.

CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS clean;
CREATE SCHEMA IF NOT EXISTS ref;
CREATE SCHEMA IF NOT EXISTS meta;

-- raw: every row of every recognised file, as read (text). Column names are the file's header
-- names in lower case; a column any file has beyond these is added (VARCHAR) when it appears, and
-- the other 903 tables (oc2, oc3, ad1, placed_for_adoption, previous_permanence, dolo) get a
-- raw.<name> table of their own columns. Rows rejected by validation are here too.
CREATE TABLE raw.header (la VARCHAR, year INTEGER, file VARCHAR, line INTEGER,
  child VARCHAR, sex VARCHAR, dob VARCHAR, ethnic VARCHAR, upn VARCHAR, mother VARCHAR, mc_dob VARCHAR);
CREATE TABLE raw.episodes (la VARCHAR, year INTEGER, file VARCHAR, line INTEGER,
  child VARCHAR, decom VARCHAR, rne VARCHAR, ls VARCHAR, cin VARCHAR, place VARCHAR, place_provider VARCHAR,
  dec VARCHAR, rec VARCHAR, reason_place_change VARCHAR, home_post VARCHAR, pl_post VARCHAR, urn VARCHAR);
CREATE TABLE raw.reviews (la VARCHAR, year INTEGER, file VARCHAR, line INTEGER,
  child VARCHAR, dob VARCHAR, review VARCHAR, review_code VARCHAR);
CREATE TABLE raw.uasc (la VARCHAR, year INTEGER, file VARCHAR, line INTEGER,
  child VARCHAR, sex VARCHAR, dob VARCHAR, duc VARCHAR);
CREATE TABLE raw.sw_episodes (la VARCHAR, year INTEGER, file VARCHAR, line INTEGER,
  child VARCHAR, dob VARCHAR, sw_id VARCHAR, sw_decom VARCHAR, sw_dec VARCHAR, sw_reason VARCHAR);
CREATE TABLE raw.missing (la VARCHAR, year INTEGER, file VARCHAR, line INTEGER,
  child VARCHAR, dob VARCHAR, missing VARCHAR, mis_start VARCHAR, mis_end VARCHAR);
CREATE TABLE raw.drn (la VARCHAR, year INTEGER, file VARCHAR, line INTEGER,
  drn_id VARCHAR, child VARCHAR, iro_id VARCHAR, raised VARCHAR, category VARCHAR, stage VARCHAR, resolved VARCHAR, cafcass VARCHAR);
CREATE TABLE raw.iro_allocations (la VARCHAR, year INTEGER, file VARCHAR, line INTEGER,
  iro_id VARCHAR, child VARCHAR, start VARCHAR, "end" VARCHAR, fte VARCHAR);

CREATE TABLE clean.header (
  la VARCHAR NOT NULL, year INTEGER NOT NULL,
  child VARCHAR NOT NULL,
  sex VARCHAR NOT NULL,            -- normalised: 'M', 'F', 'U' (1 -> M, 2 -> F)
  dob DATE NOT NULL,
  ethnic VARCHAR NOT NULL,         -- detailed code (WBRI ...); major group via ref.ethnicity_groups
  upn VARCHAR, mother VARCHAR, mc_dob DATE,
  file VARCHAR NOT NULL, line INTEGER NOT NULL
);

CREATE TABLE clean.episodes (
  la VARCHAR NOT NULL, year INTEGER NOT NULL,
  child VARCHAR NOT NULL,
  decom DATE NOT NULL,
  rne VARCHAR NOT NULL, ls VARCHAR NOT NULL, cin VARCHAR,
  place VARCHAR NOT NULL, place_provider VARCHAR,
  dec DATE,                        -- NULL while open
  rec VARCHAR,                     -- NULL while open; 'X1' = ends and a new episode starts the same day
  reason_place_change VARCHAR,
  home_post VARCHAR, pl_post VARCHAR, urn VARCHAR,
  pl_distance DOUBLE,              -- miles; NULL when unknown (never invented)
  pl_la VARCHAR,                   -- LA number (or ONS code) of the placement's area
  pl_location VARCHAR,             -- 'IN' / 'OUT' of the LA's area
  file VARCHAR NOT NULL, line INTEGER NOT NULL
);

CREATE TABLE clean.reviews (
  la VARCHAR NOT NULL, year INTEGER NOT NULL,
  child VARCHAR NOT NULL, dob DATE,
  review DATE NOT NULL,
  review_code VARCHAR NOT NULL,    -- PN0 ... PN7
  file VARCHAR NOT NULL, line INTEGER NOT NULL
);

CREATE TABLE clean.uasc (
  la VARCHAR NOT NULL, year INTEGER NOT NULL,
  child VARCHAR NOT NULL, sex VARCHAR, dob DATE,
  duc DATE,                        -- date UASC status ceased (NULL = not ceased)
  file VARCHAR NOT NULL, line INTEGER NOT NULL
);

CREATE TABLE clean.sw_episodes (
  la VARCHAR NOT NULL, year INTEGER NOT NULL,
  child VARCHAR NOT NULL, dob DATE,
  sw_id VARCHAR NOT NULL,
  sw_decom DATE NOT NULL,
  sw_dec DATE,                     -- NULL while current
  sw_reason VARCHAR,
  file VARCHAR NOT NULL, line INTEGER NOT NULL
);

CREATE TABLE clean.missing (
  la VARCHAR NOT NULL, year INTEGER NOT NULL,
  child VARCHAR NOT NULL, dob DATE,
  missing VARCHAR NOT NULL,        -- 'M' missing, 'A' away
  mis_start DATE NOT NULL, mis_end DATE,
  file VARCHAR NOT NULL, line INTEGER NOT NULL
);

CREATE TABLE clean.drn (
  la VARCHAR NOT NULL, year INTEGER NOT NULL,
  drn_id VARCHAR NOT NULL,
  child VARCHAR,                   -- NULL for a carer or service-level DRN
  iro_id VARCHAR,
  raised DATE NOT NULL,
  category_label VARCHAR NOT NULL, -- the LA's own label, as given
  category VARCHAR NOT NULL,       -- standard key (ref.drn_categories); 'other' when unmapped (reported)
  stage INTEGER,                   -- highest stage reached, 1-5
  resolved DATE,                   -- NULL while open
  cafcass BOOLEAN NOT NULL,
  file VARCHAR NOT NULL, line INTEGER NOT NULL
);

CREATE TABLE clean.iro_allocations (
  la VARCHAR NOT NULL, year INTEGER NOT NULL,
  iro_id VARCHAR NOT NULL,
  child VARCHAR NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE,                   -- NULL while current
  fte DOUBLE,                      -- the IRO's FTE, when given
  file VARCHAR NOT NULL, line INTEGER NOT NULL
);

-- One row per LA and collection year found in the input folder: the years measures are computed for.
CREATE TABLE meta.collections (
  la VARCHAR NOT NULL, year INTEGER NOT NULL,
  folder VARCHAR NOT NULL
);

CREATE TABLE meta.files (
  la VARCHAR NOT NULL, year INTEGER NOT NULL,
  file VARCHAR NOT NULL,           -- path relative to the input folder
  table_name VARCHAR,              -- header, episodes, ..., or NULL when unrecognised
  recognised_by VARCHAR,           -- 'name' or 'columns'
  status VARCHAR NOT NULL,         -- 'loaded', 'rejected', 'raw_only' (other 903 tables, not used yet)
  rows_read INTEGER NOT NULL, rows_loaded INTEGER NOT NULL, rows_rejected INTEGER NOT NULL
);

CREATE TABLE meta.quality (
  la VARCHAR, year INTEGER,
  file VARCHAR NOT NULL,
  line INTEGER,                    -- NULL for a file-level problem
  "column" VARCHAR,
  value VARCHAR,
  rule VARCHAR NOT NULL,           -- stable id, e.g. 'date_impossible', 'code_unknown' (docs/input-rules.md)
  severity VARCHAR NOT NULL,       -- 'error' (row or file rejected), 'warning' (loaded, corrected or flagged), 'info'
  message VARCHAR NOT NULL
);

-- What the warehouse was built from, so a rebuild with the ingest cache replaces only the councils
-- whose files changed (buildWarehouse): the key of the ingest code and reference data, and each
-- council's key (council-cache.ts). Empty keys when built without the cache.
CREATE TABLE meta.build (base_key VARCHAR NOT NULL);
CREATE TABLE meta.councils (la VARCHAR NOT NULL, ingest_key VARCHAR NOT NULL);
