-- Every known episode, whichever year's file it came from (clean has already kept the newest copy
-- of each CHILD+DECOM), with the flags the measures keep asking about.
-- Short breaks (LS V3/V4) stay here, flagged; the measures read model.cla_episodes, which drops them.
--
-- Stale open episodes. A year's return repeats every episode still open on 1 April, so an episode left
-- open (DEC blank) in year S's file must reappear in year S+1's file when that was loaded. When it does
-- not (the LA deleted or re-keyed it), the newer file no longer vouches for it: it stands for year S and
-- earlier and its DEC is taken as 1 April S (flag stale_open), never as a cease (REC stays blank).
-- Otherwise a child would stay "in care" in every later year.
--
-- PL_DISTANCE, PL_LA and PL_LOCATION come from the extract when given. When one is blank and the analyst
-- supplied ref.postcodes, it is derived as DfE's validator does: distance from HOME_POST to PL_POST =
-- sqrt(dE^2 + dN^2) / 1000 / 1.6093 miles, rounded to 0.1; PL_LA = the LA of PL_POST; PL_LOCATION = IN
-- when that LA is the child's LA, else OUT. A postcode missing from the lookup (or blank, as for most UASC)
-- leaves the value unknown: never invented.
-- Only the columns the measures read are kept (no file, line, HOME_POST): every model table copies these
-- rows, and over ~1M episodes the long text columns cost more than the arithmetic.
-- A warehouse built before the lookup existed has no ref.postcodes: an empty one derives nothing.
CREATE TABLE IF NOT EXISTS ref.postcodes (postcode VARCHAR PRIMARY KEY, easting DOUBLE NOT NULL, northing DOUBLE NOT NULL, la VARCHAR);

CREATE OR REPLACE TABLE model.episodes AS
WITH next_file AS (
  SELECT DISTINCT la, year - 1 AS year FROM meta.files WHERE table_name = 'episodes' AND status = 'loaded'
)
SELECT
  e.la, e.child, e.decom,
  CASE WHEN e.dec IS NULL AND n.la IS NOT NULL THEN make_date(e.year, 4, 1) ELSE e.dec END AS dec,
  e.rne, e.ls, e.cin, e.place, e.place_provider, e.rec, e.reason_place_change,
  e.pl_post, e.urn,
  coalesce(e.pl_distance,
    round(sqrt((pp.easting - hp.easting) ** 2 + (pp.northing - hp.northing) ** 2) / 1000 / 1.6093, 1)) AS pl_distance,
  coalesce(e.pl_la, pp.la) AS pl_la,
  coalesce(e.pl_location,
    CASE WHEN regexp_full_match(coalesce(e.pl_la, pp.la), '[0-9]{3}')
      THEN CASE WHEN coalesce(e.pl_la, pp.la) = e.la THEN 'IN' ELSE 'OUT' END END) AS pl_location,
  e.pl_distance IS NULL AND hp.postcode IS NOT NULL AND pp.postcode IS NOT NULL AS pl_distance_derived,
  e.dec IS NULL AND n.la IS NOT NULL AS stale_open,
  e.ls IN ('V3', 'V4') AS short_break,
  e.place LIKE 'T%' AS temporary,
  e.year AS source_year
FROM clean.episodes e
LEFT JOIN next_file n ON n.la = e.la AND n.year = e.year
LEFT JOIN ref.postcodes hp ON hp.postcode = upper(replace(e.home_post, ' ', ''))
LEFT JOIN ref.postcodes pp ON pp.postcode = upper(replace(e.pl_post, ' ', ''));
