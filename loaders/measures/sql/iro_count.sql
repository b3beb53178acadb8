-- IROs holding at least one child on 31 March (headcount).
SELECT la, year, 'iro_count' AS measure, 'at_end' AS breakdown, iros AS value, NULL AS numerator, NULL AS denominator
FROM model.iro_caseload_dates WHERE is_year_end
