-- Every known episode, whichever year's file it came from (clean has already kept the newest copy
-- of each CHILD+DECOM), with the flags the measures keep asking about.
-- Short breaks (LS V3/V4) stay here, flagged; the measures read model.cla_episodes, which drops them.
--
-- Stale open episodes. A year's return repeats every episode still open on 1 April, so an episode left
-- open (DEC blank) in year S's file must reappear in every later loaded year's file. clean holds the newest
-- copy of each CHILD+DECOM, so an open row from year S while a later year's episodes file was loaded is one
-- no later file carries (the LA closed, deleted or re-keyed it). It stands for year S and earlier: its DEC
-- is taken as 1 April S, the end of what its own file vouches for (flag stale_open), never as a cease (REC
-- stays blank). Not a later date when a year in between is missing: nothing says it ran on, and a chain the
-- child has in a later file may begin in that missing year (one beginning before 1 April S overlaps the
-- stale span and the ingest has superseded the stale copy), so 1 April S is the one end that cannot overlap
-- it. The later chain is a period of care of its own (docs/measures.md "Stale open episodes").
--
-- PL_DISTANCE, PL_LA and PL_LOCATION come from the extract when given. When one is blank and the analyst
-- supplied ref.postcodes, it is derived as DfE's validator does: distance from HOME_POST to PL_POST =
-- sqrt(dE^2 + dN^2) / 1000 / 1.6093 miles, rounded to 0.1; PL_LA = the LA of PL_POST; PL_LOCATION = IN
-- when that LA is the child's LA, else OUT. A postcode missing from the lookup (or blank, as for most UASC)
-- leaves the value unknown: never invented.
-- Only the columns the measures read are kept (no file, line, HOME_POST): every model table copies these
-- rows, and over ~1M episodes the long text columns cost more than the arithmetic.
-- model.episodes is a view (for readers outside the model layer); the model itself reads the in-memory copy
-- temp.model_episodes made below, so the postcode lookups run once and ~1M wide rows are not compressed
-- into the warehouse only to be read back.
-- A warehouse built before the lookup existed has no ref.postcodes: an empty one derives nothing.
CREATE TABLE IF NOT EXISTS ref.postcodes (postcode VARCHAR PRIMARY KEY, easting DOUBLE NOT NULL, northing DOUBLE NOT NULL, la VARCHAR);

CREATE OR REPLACE VIEW model.episodes AS
WITH latest_file AS (
  SELECT la, max(year) AS year FROM meta.files WHERE table_name = 'episodes' AND status = 'loaded' GROUP BY la
), flagged AS (
  SELECT e.*, coalesce(e.dec IS NULL AND e.year < l.year, false) AS stale_open
  FROM clean.episodes e
  LEFT JOIN latest_file l ON l.la = e.la
)
SELECT
  e.la, e.child, e.decom,
  CASE WHEN e.stale_open THEN make_date(e.year, 4, 1) ELSE e.dec END AS dec,
  e.rne, e.ls, e.cin, e.place, e.place_provider, e.rec, e.reason_place_change,
  e.pl_post, e.urn,
  coalesce(e.pl_distance,
    round(sqrt((pp.easting - hp.easting) ** 2 + (pp.northing - hp.northing) ** 2) / 1000 / 1.6093, 1)) AS pl_distance,
  coalesce(e.pl_la, pp.la) AS pl_la,
  coalesce(e.pl_location,
    CASE WHEN regexp_full_match(coalesce(e.pl_la, pp.la), '[0-9]{3}')
      THEN CASE WHEN coalesce(e.pl_la, pp.la) = e.la THEN 'IN' ELSE 'OUT' END END) AS pl_location,
  e.pl_distance IS NULL AND hp.postcode IS NOT NULL AND pp.postcode IS NOT NULL AS pl_distance_derived,
  e.stale_open,
  e.ls IN ('V3', 'V4') AS short_break,
  e.place LIKE 'T%' AS temporary,
  e.year AS source_year
FROM flagged e
LEFT JOIN ref.postcodes hp ON hp.postcode = upper(replace(e.home_post, ' ', ''))
LEFT JOIN ref.postcodes pp ON pp.postcode = upper(replace(e.pl_post, ' ', ''));

CREATE OR REPLACE TEMP TABLE model_episodes AS SELECT * FROM model.episodes;
