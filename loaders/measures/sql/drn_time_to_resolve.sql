-- Median days from RAISED to RESOLVED for DRNs resolved in the year (an even count takes the mean of the
-- middle two); denominator = DRNs resolved in the year; value NULL when none was resolved.
SELECT y.la, y.year, 'drn_time_to_resolve' AS measure, 'year' AS breakdown,
  median(d.resolved - d.raised) AS value, NULL AS numerator, count(d.drn_id) AS denominator
FROM model.iro_drn_years y
LEFT JOIN model.iro_drn_events d ON d.la = y.la AND d.year = y.year AND d.event = 'resolved'
GROUP BY y.la, y.year
