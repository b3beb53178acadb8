-- DRNs resolved in the year that were resolved within 20 working days of being raised (the IRO Handbook's
-- expectation; weekends and England and Wales bank holidays skipped; resolved on the 20th working day counts).
SELECT y.la, y.year, 'drn_resolved_in_timescale' AS measure, 'year' AS breakdown,
  100.0 * count(d.drn_id) FILTER (WHERE d.resolved <= t.due) / nullif(count(d.drn_id), 0) AS value,
  count(d.drn_id) FILTER (WHERE d.resolved <= t.due) AS numerator, count(d.drn_id) AS denominator
FROM model.iro_drn_years y
LEFT JOIN model.iro_drn_events d ON d.la = y.la AND d.year = y.year AND d.event = 'resolved'
LEFT JOIN model.iro_twenty_working_days t ON t.date = d.raised
GROUP BY y.la, y.year
