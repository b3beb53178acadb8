-- Periods of care: an episode ending X1 ("ends and a new episode starts the same day") continues into
-- the child's next episode, so a chain of X1 episodes is one continuous period of care.
-- The chain is found over all episodes (short breaks included) so that dropping a short-break
-- episode cannot glue two separate periods together; short breaks are then dropped.
-- period_no is 1 + the number of the child's earlier episodes that did not end X1 (the running count of
-- "the previous episode did not end X1"), in one window pass rather than a lag and then a sum; BIGINT, as a
-- sum's HUGEINT is several times slower to store, join on and read back.
-- The window runs over the key columns only (CHILD + DECOM is unique within an LA): sorting the whole wide
-- rows cost three times as much. temp.model_episode_periods holds each episode's period_no (and the DEC and
-- REC model.periods needs); 16_placements.sql adds period_start and the placement numbers, in its own window
-- over each period, and joins them to the episodes once. In the warehouse, model.cla_episodes is a view
-- (16_placements.sql).
CREATE OR REPLACE TEMP TABLE model_episode_periods AS
WITH flagged AS (
  SELECT la, child, decom, dec, rec, short_break, CASE WHEN rec IS DISTINCT FROM 'X1' THEN 1 ELSE 0 END AS not_x1
  FROM temp.model_episodes
), chained AS (
  SELECT la, child, decom, dec, rec, short_break,
    (1 + sum(not_x1) OVER (PARTITION BY la, child ORDER BY decom ROWS UNBOUNDED PRECEDING) - not_x1)::BIGINT AS period_no
  FROM flagged
)
SELECT la, child, decom, dec, rec, period_no
FROM chained
WHERE NOT short_break;

-- One row per period: it starts with its first episode (short breaks dropped); its end and reason are those
-- of its last episode.
CREATE OR REPLACE TABLE model.periods AS
SELECT la, child, period_no, min(decom) AS period_start,
  arg_max_null(dec, decom) AS period_end, arg_max_null(rec, decom) AS period_rec
FROM temp.model_episode_periods
GROUP BY la, child, period_no;
