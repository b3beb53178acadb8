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
CREATE OR REPLACE TABLE model.placement_episodes AS
WITH ordered AS (
  SELECT *,
    row_number() OVER w AS position_in_period,
    lag(temporary) OVER w AS prev_temporary,
    last_value(CASE WHEN NOT temporary THEN decom END IGNORE NULLS)
      OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS settled_decom
  FROM model.cla_episodes
  WINDOW w AS (PARTITION BY la, child, period_no ORDER BY decom)
), flagged AS (
  SELECT o.*,
    CASE
      WHEN o.position_in_period = 1 THEN true
      WHEN o.temporary THEN false
      WHEN s.decom IS NULL THEN true          -- the period began with a temporary episode
      WHEN o.prev_temporary THEN NOT (
        o.place = s.place
        AND o.place_provider IS NOT DISTINCT FROM s.place_provider
        AND (o.pl_post IS NULL OR s.pl_post IS NULL OR o.pl_post = s.pl_post)
        AND (o.urn IS NULL OR s.urn IS NULL OR o.urn = s.urn))
      WHEN o.rne = 'L' THEN false
      WHEN o.rne IN ('T', 'U') AND o.place IN ('A3', 'A4', 'A5', 'A6')
        AND s.place IN ('U1', 'U2', 'U3', 'U4', 'U5', 'U6') THEN false
      ELSE true
    END AS new_placement
  FROM ordered o
  LEFT JOIN model.cla_episodes s ON s.la = o.la AND s.child = o.child AND s.decom = o.settled_decom
)
SELECT * EXCLUDE (position_in_period, prev_temporary, settled_decom),
  sum(new_placement::INTEGER) OVER (PARTITION BY la, child ORDER BY decom ROWS UNBOUNDED PRECEDING) AS placement_no
FROM flagged;

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
FROM model.placement_episodes
GROUP BY la, child, placement_no;
