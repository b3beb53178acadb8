// Cohort profile: who is in care on 1 April and 31 March.
import {MeasureDefinition} from "./schema.js";

const snapshotRule =
  "A child is in care on a date when an episode started on or before it and had not ended by it (DEC blank or after the date). " +
  "Short breaks (legal status V3, V4) are excluded; each child is counted once.";

export const cohortMeasures: MeasureDefinition[] = MeasureDefinition.array().parse([
  {
    id: "cla_count",
    family: "cohort",
    title: "Children in care",
    definition: `Number of looked after children as at 31 March (DfE), and on 1 April. ${snapshotRule}`,
    numerator: null,
    denominator: null,
    unit: "count",
    polarity: "neutral",
    breakdowns: ["at_start", "at_end"],
    source: "SSDA903 episodes",
    dfe: [{measure_short: "LACnum", breakdown: "at_end"}],
    sql: "sql/cla_count.sql"
  },
  {
    id: "cla_rate",
    family: "cohort",
    title: "Children in care per 10,000 children",
    definition: "Number of children looked after on 31 March expressed as a rate per 10,000 children aged under 18 (DfE), and the same on 1 April.",
    numerator: "children in care on the date (cla_count)",
    denominator: "the LA's 0-17 population (ONS mid-year estimate, supplied by the analyst)",
    unit: "rate",
    polarity: "neutral",
    breakdowns: ["at_start", "at_end"],
    source: "SSDA903 episodes; ref.population",
    dfe: [{measure_short: "LAC", breakdown: "at_end"}],
    sql: "sql/cla_rate.sql",
    notes: "Not available (value and denominator empty) when no population is supplied for the LA and year."
  },
  {
    id: "cla_by_legal_status",
    family: "cohort",
    title: "Legal status",
    definition:
      "Legal status (LS) of the episode open on the date, grouped: care order (C2), interim care order (C1), placement order (E1, D1), " +
      "section 20 (V2), police protection / EPO / child assessment order (L1-L3), youth justice (J1-J3); and each code.",
    numerator: "children in care on the date with that legal status",
    denominator: "children in care on the date",
    unit: "count",
    polarity: "neutral",
    breakdowns: ["at_start|<legal status group>", "at_end|<legal status group>", "at_start|code_<LS>", "at_end|code_<LS>"],
    source: "SSDA903 episodes",
    sql: "sql/cla_by_legal_status.sql"
  },
  {
    id: "cla_by_age_band",
    family: "cohort",
    title: "Age",
    definition:
      "Age in whole years on the date (a birthday on the date counts), in DfE's bands: under 1, 1-4, 5-9, 10-15, 16-17; " +
      "with 0-4 and 10-17 as sums of those bands.",
    numerator: "children in care on the date in the band",
    denominator: "children in care on the date",
    unit: "count",
    polarity: "neutral",
    breakdowns: ["at_start|<band>", "at_end|<band>"],
    source: "SSDA903 episodes, header",
    sql: "sql/cla_by_age_band.sql",
    notes: "Bands: under_1, 1_4, 5_9, 10_15, 16_17, 0_4, 10_17. A child without a date of birth is in no band."
  },
  {
    id: "cla_by_gender",
    family: "cohort",
    title: "Gender",
    definition: "SEX of the child: male, female, and (from 2024-25) unknown.",
    numerator: "children in care on the date of that sex",
    denominator: "children in care on the date",
    unit: "count",
    polarity: "neutral",
    breakdowns: ["at_start|male", "at_start|female", "at_start|unknown", "at_end|male", "at_end|female", "at_end|unknown"],
    source: "SSDA903 header",
    sql: "sql/cla_by_gender.sql"
  },
  {
    id: "cla_by_ethnicity",
    family: "cohort",
    title: "Ethnicity",
    definition: "Major ethnic group of the child (from the ETHNIC code, via the project's ethnicity mapping), and the detailed code.",
    numerator: "children in care on the date in the group",
    denominator: "children in care on the date",
    unit: "count",
    polarity: "neutral",
    breakdowns: ["at_start|<group>", "at_end|<group>", "at_start|code_<ETHNIC>", "at_end|code_<ETHNIC>", "at_end|unmapped"],
    source: "SSDA903 header; data/reference/ethnicity-groups.csv",
    sql: "sql/cla_by_ethnicity.sql",
    notes: "Groups come from ref.ethnicity_groups, so where CHNE sits is set there. A code the mapping lacks counts as 'unmapped'."
  },
  {
    id: "uasc_count",
    family: "cohort",
    title: "Unaccompanied asylum-seeking children",
    definition:
      "Children in care at 31 March with a UASC record whose UASC status had not ceased by then (DUC after 31 March or blank); also on 1 April. " +
      "DfE: figures exclude children looked after under an agreed series of short term placements.",
    numerator: "children in care on the date who were UASC",
    denominator: "children in care on the date",
    unit: "count",
    polarity: "neutral",
    breakdowns: ["at_start", "at_end"],
    source: "SSDA903 episodes, UASC",
    dfe: [{measure_short: "Unacc_Asylmn_Seek_Childn", breakdown: "at_end"}],
    sql: "sql/uasc_count.sql"
  },
  {
    id: "cla_by_placement_type",
    family: "cohort",
    title: "Where children live",
    definition:
      "Placement type (PLACE) of the episode open on the date, grouped: foster care with relatives or friends (U1-U3), other foster care (U4-U6), " +
      "placed for adoption (A3-A6), children's homes and secure (K1, K2), supported / semi-independent (H5, K3, P2), with parents (P1), " +
      "residential and other (R*, S1, Z*, P3), temporary (T*); all foster care (U1-U6); and each code.",
    numerator: "children in care on the date in that placement type",
    denominator: "children in care on the date",
    unit: "count",
    polarity: "neutral",
    breakdowns: [
      "at_start|<group>", "at_end|<group>", "at_end|foster", "at_start|code_<PLACE>", "at_end|code_<PLACE>"
    ],
    source: "SSDA903 episodes",
    dfe: [],
    sql: "sql/cla_by_placement_type.sql",
    notes:
      "Groups: foster_relative_friend, foster_other, placed_for_adoption, childrens_homes_secure, supported_semi_independent, with_parents, " +
      "residential_other, temporary; 'foster' is the sum of the two foster groups. DfE publishes these as % of children at 31 March: " +
      "see cla_by_placement_type_pct."
  },
  {
    id: "cla_by_placement_type_pct",
    family: "cohort",
    title: "Where children live (% of children in care)",
    definition:
      "Children in each placement type (the groups of 'Where children live', and all foster care U1-U6) as a percentage of all children " +
      "in care on the date. DfE: \"The indicator is calculated by dividing the number of children placed into foster care by the total " +
      "number of children looked after on 31 March\" (and likewise for secure and children's homes, independent and semi-independent " +
      "living / supported accommodation, and placed with parents).",
    numerator: "children in care on the date in that placement type",
    denominator: "children in care on the date",
    unit: "percent",
    polarity: "neutral",
    breakdowns: ["at_start|<group>", "at_end|<group>", "at_start|foster", "at_end|foster"],
    source: "SSDA903 episodes",
    dfe: [
      {measure_short: "LAC_Foster_Placements", breakdown: "at_end|foster"},
      {measure_short: "LAC_SecHome_And_ChildHome", breakdown: "at_end|childrens_homes_secure"},
      {measure_short: "LAC_Ind_SInd_Liv_Arr", breakdown: "at_end|supported_semi_independent"},
      {measure_short: "LAC_Parents_OR_Others", breakdown: "at_end|with_parents"}
    ],
    sql: "sql/cla_by_placement_type_pct.sql",
    notes:
      "DfE's 'other residential settings' and 'other placements' series match none of our groups; their comparator rows keep the keys " +
      "at_end|dfe_other_residential and at_end|dfe_other_placements, with no figure of ours beside them."
  },
  {
    id: "uasc_pct",
    family: "cohort",
    title: "Unaccompanied asylum-seeking children (% of children in care, % of children starting care)",
    definition:
      "at_end: children in care at 31 March who were UASC (as uasc_count) as a percentage of all children in care at 31 March. " +
      "year|starts: children who started to be looked after in the year and were UASC on their start date (a UASC record with DUC " +
      "after it or blank) as a percentage of all children who started.",
    numerator: "UASC children (in care at 31 March, or starting in the year)",
    denominator: "children in care at 31 March, or children starting in the year",
    unit: "percent",
    polarity: "neutral",
    breakdowns: ["at_end", "year|starts"],
    source: "SSDA903 episodes, UASC",
    dfe: [
      {measure_short: "Unacc_Asylmn_Seek_Childn%", breakdown: "at_end"},
      {measure_short: "UASC_%_Starting", breakdown: "year|starts"}
    ],
    sql: "sql/uasc_pct.sql"
  }
]);
