-- Children looked after at 31 March (short breaks excluded, as in model.periods), with the start of their
-- current period of care: the denominators of the continuity measures need how long care has lasted.
CREATE OR REPLACE VIEW model.iro_in_care_at_end AS
SELECT y.la, y.year, p.child, min(p.period_start) AS period_start
FROM model.iro_years y
JOIN model.periods p ON p.la = y.la AND p.period_start <= y.year_end
  AND (p.period_end IS NULL OR p.period_end > y.year_end)
GROUP BY y.la, y.year, p.child;
