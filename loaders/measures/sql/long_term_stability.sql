-- DfE 393: of children in care at 31 March aged under 16 and in care continuously for 2.5+ years, the %
-- in the same placement for 2+ years (or placed for adoption, with the placement before lasting 2+
-- years together). The cohort is built in model/26_long_term_stability.sql.
SELECT t.la, t.year, 'long_term_stability' AS measure, 'at_end' AS breakdown,
  CASE WHEN count(l.child) > 0 THEN 100.0 * count(*) FILTER (WHERE l.stable) / count(l.child) END AS value,
  count(*) FILTER (WHERE l.stable) AS numerator,
  count(l.child) AS denominator
FROM model.snapshot_totals t
LEFT JOIN model.long_term_stability l ON l.la = t.la AND l.year = t.year
WHERE t.snapshot = 'at_end'
GROUP BY t.la, t.year
