-- Placements: runs of episodes with the same carer and placement. Decisions (docs/measures.md):
--  * the first episode of a period of care starts a placement;
--  * RNE P, B (new carer) and T, U (same carer, but the placement itself changes, e.g. a move to a
--    long-term foster placement) start a placement: DfE 372 counts every placement, not every carer;
--  * RNE L (legal status only) continues the placement;
--  * a temporary episode (T0-T4) inside a period is not a placement of its own: it belongs to the
--    placement before it, and the episode after it continues that placement when it resumes the same
--    placement (same PLACE and PLACE_PROVIDER, and the same PL_POST and URN where both copies give them);
--  * foster care (U1-U6) becoming placed for adoption (A3-A6) with RNE T or U, i.e. adoption by the
--    existing foster carer, continues the placement (DfE: "not counted as a placement change").
-- The episode a resumed placement is compared with (the last settled, i.e. not temporary, episode before it
-- in the period) is carried along the window as a struct, rather than found again by a self-join. As in
-- 14_periods_of_care.sql, the windows sort only the columns they need, and the numbers are then joined to
-- the episodes: temp.model_placement_episodes, which the rest of the model reads (short breaks dropped).
CREATE OR REPLACE TEMP TABLE model_placement_episodes AS
WITH ordered AS (
  SELECT e.la, e.child, e.decom, p.period_no, e.temporary, e.rne, e.place, e.place_provider, e.pl_post, e.urn,
    min(e.decom) OVER w AS period_start,   -- ordered by DECOM: the period's first
    row_number() OVER w AS position_in_period,
    lag(e.temporary) OVER w AS prev_temporary,
    last_value(CASE WHEN NOT e.temporary THEN {'place': e.place, 'place_provider': e.place_provider, 'pl_post': e.pl_post, 'urn': e.urn} END IGNORE NULLS)
      OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS settled
  FROM temp.model_episode_periods p
  JOIN temp.model_episodes e ON e.la = p.la AND e.child = p.child AND e.decom = p.decom
  WINDOW w AS (PARTITION BY p.la, p.child, p.period_no ORDER BY p.decom)
), flagged AS (
  SELECT la, child, decom, period_no, period_start,
    CASE
      WHEN position_in_period = 1 THEN true
      WHEN temporary THEN false
      WHEN settled IS NULL THEN true          -- the period began with a temporary episode
      WHEN prev_temporary THEN NOT (
        place = settled.place
        AND place_provider IS NOT DISTINCT FROM settled.place_provider
        AND (pl_post IS NULL OR settled.pl_post IS NULL OR pl_post = settled.pl_post)
        AND (urn IS NULL OR settled.urn IS NULL OR urn = settled.urn))
      WHEN rne = 'L' THEN false
      WHEN rne IN ('T', 'U') AND place IN ('A3', 'A4', 'A5', 'A6')
        AND settled.place IN ('U1', 'U2', 'U3', 'U4', 'U5', 'U6') THEN false
      ELSE true
    END AS new_placement
  FROM ordered
), numbered AS (
  -- placement_no counts the placements begun so far (BIGINT: see 14_periods_of_care.sql)
  SELECT la, child, decom, period_no, period_start, new_placement,
    sum(new_placement::INTEGER) OVER (PARTITION BY la, child ORDER BY decom ROWS UNBOUNDED PRECEDING)::BIGINT AS placement_no
  FROM flagged
)
SELECT e.*, n.period_no, n.period_start, n.new_placement, n.placement_no
FROM temp.model_episodes e
JOIN numbered n ON n.la = e.la AND n.child = e.child AND n.decom = e.decom;

-- In the warehouse: the numbers alone (one row per episode, CHILD + DECOM), and model.placement_episodes and
-- model.cla_episodes as views joining them to model.episodes, for readers outside the model layer (the
-- measures read the tables above and below). Compressing ~1M wide rows into the file cost more than the
-- placement logic.
CREATE OR REPLACE TABLE model.episode_numbers AS
SELECT la, child, decom, period_no, period_start, new_placement, placement_no FROM temp.model_placement_episodes;

CREATE OR REPLACE VIEW model.placement_episodes AS
SELECT e.*, n.period_no, n.period_start, n.new_placement, n.placement_no
FROM model.episodes e
JOIN model.episode_numbers n ON n.la = e.la AND n.child = e.child AND n.decom = e.decom;

-- The episodes of the periods of care (short breaks dropped, 14_periods_of_care.sql).
CREATE OR REPLACE VIEW model.cla_episodes AS
SELECT * EXCLUDE (new_placement, placement_no) FROM model.placement_episodes;

-- One row per placement. placement_end is the DEC of its last episode (NULL while open).
-- counted: what DfE 372 counts. A placement made only of temporary episodes is not counted, nor one
-- that starts and ends on the same day (DfE counts "placements of 24 hours or more"; with dates only,
-- a same-day placement is the one we can tell was shorter).
CREATE OR REPLACE TABLE model.placements AS
SELECT la, child, placement_no,
  any_value(period_no) AS period_no,
  min(decom) AS placement_start,
  arg_max_null(dec, decom) AS placement_end,
  arg_max_null(place, decom) AS last_place,
  bool_and(temporary) AS temporary_only,
  NOT bool_and(temporary) AND arg_max_null(dec, decom) IS DISTINCT FROM min(decom) AS counted
FROM temp.model_placement_episodes
GROUP BY la, child, placement_no;
