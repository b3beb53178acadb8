-- DRNs raised (model/55_iro_drn.sql): total, by standard category, by stage and Cafcass referrals.
-- Only years whose drn.csv was supplied.
SELECT la, year, 'drn_raised' AS measure, breakdown, value, numerator, denominator
FROM model.iro_drn_counts WHERE event = 'raised'
