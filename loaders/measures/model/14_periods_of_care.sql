-- Periods of care: an episode ending X1 ("ends and a new episode starts the same day") continues into
-- the child's next episode, so a chain of X1 episodes is one continuous period of care.
-- The chain is found over all episodes (short breaks included) so that dropping a short-break
-- episode cannot glue two separate periods together; short breaks are then dropped.
CREATE OR REPLACE TABLE model.cla_episodes AS
WITH prev AS (
  SELECT *, lag(rec) OVER (PARTITION BY la, child ORDER BY decom) AS prev_rec
  FROM model.episodes
), chained AS (
  SELECT * EXCLUDE (prev_rec),
    sum(CASE WHEN prev_rec = 'X1' THEN 0 ELSE 1 END)
      OVER (PARTITION BY la, child ORDER BY decom ROWS UNBOUNDED PRECEDING) AS period_no
  FROM prev
)
SELECT c.*, min(decom) OVER (PARTITION BY la, child, period_no) AS period_start
FROM chained c
WHERE NOT short_break;

CREATE OR REPLACE TABLE model.periods AS
SELECT la, child, period_no, period_start, dec AS period_end, rec AS period_rec
FROM (
  SELECT *, row_number() OVER (PARTITION BY la, child, period_no ORDER BY decom DESC) AS from_last
  FROM model.cla_episodes
)
WHERE from_last = 1;
