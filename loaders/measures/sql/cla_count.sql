-- Children in care on 1 April (at_start) and 31 March (at_end). DfE LACnum is at_end.
SELECT la, year, 'cla_count' AS measure, snapshot AS breakdown,
  total AS value, NULL AS numerator, NULL AS denominator
FROM model.snapshot_totals
