-- DfE's published figures (ref.lait_measures) beside ours, through ref.lait_measure_map (one row per LAIT
-- series: which measure and breakdown it stands for, and whether it is the value or the numerator).
-- Comparator areas, in `la`:
--   '970'            England
--   '989' etc.       the region of each LA in meta.collections (LAIT's region numbers, via ref.regions)
--   'dfe:<la>'       the LA's own figure as DfE published it
--   'sn:<la>'        LAIT's statistical-neighbour average: the simple mean of the LA's ten neighbours
--                    (ref.stat_neighbours) that have a value for that year; numerator/denominator NULL
--   'quartile:<la>'  where the LA's DfE value falls among all LAs with a value (at least 20): value = band
--                    1-4 (1 = lowest quarter of values; read polarity to say which is better), numerator =
--                    its rank from the lowest (ties share the lower rank), denominator = LAs ranked
-- England, region and dfe rows carry DfE's '-' as value NULL; every LAIT year is written.
WITH mapped AS (
  SELECT l.measure_short, l.year, l.la_number, l.value, m.measure, m.breakdown, m.field
  FROM ref.lait_measures l JOIN ref.lait_measure_map m USING (measure_short)
  WHERE m.measure IS NOT NULL
), our_las AS (
  SELECT DISTINCT la FROM meta.collections
), areas AS (
  SELECT '970' AS la, '970' AS source
  UNION
  SELECT r.region_number, r.region_number
  FROM our_las o JOIN ref.la_codes c ON c.la_number = o.la JOIN ref.regions r ON r.region = c.region
  UNION
  SELECT 'dfe:' || la, la FROM our_las
), published AS (
  SELECT a.la, m.year, m.measure, m.breakdown,
    max(m.value) FILTER (WHERE m.field = 'value') AS value,
    max(m.value) FILTER (WHERE m.field = 'numerator') AS numerator,
    NULL::DOUBLE AS denominator
  FROM areas a JOIN mapped m ON m.la_number = a.source
  GROUP BY a.la, m.year, m.measure, m.breakdown
  HAVING bool_or(m.field = 'value')
), neighbours AS (
  SELECT 'sn:' || o.la AS la, m.year, m.measure, m.breakdown,
    avg(m.value) AS value, NULL::DOUBLE AS numerator, NULL::DOUBLE AS denominator
  FROM our_las o
  JOIN ref.stat_neighbours s ON s.la_number = o.la
  JOIN mapped m ON m.la_number = s.neighbour_la_number AND m.field = 'value' AND m.value IS NOT NULL
  GROUP BY o.la, m.year, m.measure, m.breakdown
), ranked AS (
  SELECT m.la_number, m.year, m.measure, m.breakdown,
    rank() OVER w AS position, count(*) OVER (PARTITION BY m.measure_short, m.year) AS n_ranked
  FROM mapped m JOIN ref.la_codes c ON c.la_number = m.la_number AND c.la_type IS NOT NULL
  WHERE m.field = 'value' AND m.value IS NOT NULL
  WINDOW w AS (PARTITION BY m.measure_short, m.year ORDER BY m.value)
), quartiles AS (
  SELECT 'quartile:' || la_number AS la, year, measure, breakdown,
    ceil(4.0 * position / n_ranked) AS value, position AS numerator, n_ranked AS denominator
  FROM ranked
  WHERE n_ranked >= 20 AND la_number IN (SELECT la FROM our_las)
)
SELECT * FROM published
UNION ALL SELECT * FROM neighbours
UNION ALL SELECT * FROM quartiles
