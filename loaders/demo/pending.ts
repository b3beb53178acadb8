// Calibration targets the demo does not yet meet within tolerance (regenerate with
// `npm run calibrate -- --write-pending` after tuning loaders/demo/params.ts). These are not
// judged impossible, only not yet reached; impossible ones are `unmeetable` in calibration-targets.csv.
export const PENDING: string[] = [
  "887 2023-24 placements_3plus at_end numerator",
  "887 2018-19 long_term_stability at_end percent",
  "886 2019-20 uasc_count at_end count",
  "887 2024-25 cla_by_legal_status at_start|care_order count",
  "887 2024-25 cla_by_legal_status at_end|interim_care_order count",
  "887 2024-25 cla_by_gender at_start|male count",
  "887 2024-25 cla_by_gender at_start|female count",
  "887 2024-25 placed_over_20_miles at_end count",
  "887 2024-25 ceased year|returned_home count",
  "887 2024-25 sw_continuity at_end percent",
  "887 2024-25 drn_resolved year count",
  "886 2017-18 cla_by_ethnicity at_end|black count",
  "886 2017-18 ceased year|returned_home count",
  "886 2017-18 placements_3plus_by_age at_end|age_14 count",
  "886 2017-18 placements_3plus_by_age at_end|placements_4 count",
  "886 2016-17 uasc_dispersals year count",
  "886 2016-17 cla_by_ethnicity at_end|asian count",
  "886 2016-17 cla_by_ethnicity at_end|black count",
  "886 2016-17 cla_by_age_band at_end|16_17 count",
  "886 2016-17 placements_3plus_by_age at_end|age_14 count",
  "886 2016-17 placements_3plus_by_age at_end|placements_3 count",
  "886 2016-17 placements_3plus_by_age at_end|placements_4 count",
  "886 2016-17 placements_3plus_by_age at_end|placements_5 count",
  "886 2016-17 placements_3plus_by_age at_end|placements_6 count",
  "886 2016-17 ceased year|returned_home count"
];
