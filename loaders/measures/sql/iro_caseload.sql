-- Children allocated per IRO FTE (model/56_iro_caseload.sql). `at_end`: on 31 March, numerator = children
-- allocated, denominator = total FTE of the IROs holding them. `year|monthly_average`: the 12 month-end
-- counts averaged, numerator = mean children, denominator = mean FTE, value = their ratio.
SELECT la, year, 'iro_caseload' AS measure, 'at_end' AS breakdown,
  children / nullif(fte, 0) AS value, children AS numerator, fte AS denominator
FROM model.iro_caseload_dates WHERE is_year_end
UNION ALL
SELECT la, year, 'iro_caseload', 'year|monthly_average',
  avg(children) / nullif(avg(fte), 0), avg(children), avg(fte)
FROM model.iro_caseload_dates GROUP BY la, year
