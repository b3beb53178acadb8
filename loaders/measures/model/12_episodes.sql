-- Every known episode, whichever year's file it came from (clean has already kept the newest copy
-- of each CHILD+DECOM), with the flags the measures keep asking about.
-- Short breaks (LS V3/V4) stay here, flagged; the measures read model.cla_episodes, which drops them.
CREATE OR REPLACE TABLE model.episodes AS
SELECT
  la, child, decom, dec, rne, ls, cin, place, place_provider, rec, reason_place_change,
  home_post, pl_post, urn, pl_distance, pl_la, pl_location,
  ls IN ('V3', 'V4') AS short_break,
  place LIKE 'T%' AS temporary,
  year AS source_year, file, line
FROM clean.episodes;
