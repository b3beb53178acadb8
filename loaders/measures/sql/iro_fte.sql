-- Total FTE of the IROs holding at least one child on 31 March (blank FTE = 1.0).
SELECT la, year, 'iro_fte' AS measure, 'at_end' AS breakdown, fte AS value, NULL AS numerator, NULL AS denominator
FROM model.iro_caseload_dates WHERE is_year_end
