// Placement stability.
import {MeasureDefinition} from "./schema.js";

const placementRules =
  "A placement starts with the first episode of each period of care and with every episode whose RNE is P, B, T or U; " +
  "an RNE L episode (legal status change only) is the same placement; a temporary placement (T0-T4) is not a placement, and the " +
  "placement the child returns to after it is the same placement; a child placed for adoption with their existing foster carer " +
  "(U1-U6 to A3-A6, RNE T or U) stays in the same placement. A placement that starts and ends on the same day is not counted.";

export const stabilityMeasures: MeasureDefinition[] = MeasureDefinition.array().parse([
  {
    id: "placements_3plus",
    family: "stability",
    title: "Three or more placements in the year",
    definition:
      "DfE 372: \"The indicator is calculated by dividing the number of children looked after at 31 March with three or more placements " +
      "over the course of the year by the total number of children looked after at 31 March. Any placements that were already open on " +
      "1 April at the beginning of the year and any which were open on 31 March at the end of the year are included. Where a child is " +
      "subsequently placed for adoption with their existing foster carers, then this is not counted as a placement change in this indicator.\"",
    numerator: "children at 31 March with 3 or more placements in the year",
    denominator: "all children in care at 31 March",
    unit: "percent",
    polarity: "low",
    breakdowns: ["at_end"],
    source: "SSDA903 episodes (all years known)",
    dfe: [
      {measure_short: "LACStable_2016on", breakdown: "at_end"},
      {measure_short: "LACStableNum_2016on", breakdown: "at_end"}
    ],
    sql: "sql/placements_3plus.sql",
    notes: `${placementRules} LACStableNum_2016on compares with the numerator.`
  },
  {
    id: "placements_3plus_by_age",
    family: "stability",
    title: "Three or more placements, by age and number of placements",
    definition:
      "Children in care at 31 March with three or more placements in the year, by age at 31 March (rows, 0-17) and number of placements " +
      "in the year (columns: 3, 4, 5, ...), as Kent's annual report tabulates them.",
    numerator: "children in the cell, row or column",
    denominator: "all children in care at 31 March",
    unit: "count",
    polarity: "low",
    breakdowns: ["at_end|age_<n>|placements_<k>", "at_end|age_<n>", "at_end|placements_<k>"],
    source: "SSDA903 episodes, header",
    sql: "sql/placements_3plus_by_age.sql",
    notes: `Cells are written only where non-zero; rows for every age 0-17; columns for each number of placements found. ${placementRules}`
  },
  {
    id: "long_term_stability",
    family: "stability",
    title: "Long-term stability",
    definition:
      "DfE 393: \"Children looked after at 31 March aged under 16 who had been looked after continuously for at least 2.5 years who were " +
      "living in the same placement for at least 2 years, or were placed for adoption and their adoptive placement together with their " +
      "previous placement, last for at least 2 years\", as a % of children looked after continuously for at least 2.5 years at 31 March aged under 16.",
    numerator: "of the denominator, children in the same placement for 2+ years (or adoptive placement plus the one before)",
    denominator: "children in care at 31 March aged under 16, in care continuously for 2.5+ years",
    unit: "percent",
    polarity: "high",
    breakdowns: ["at_end"],
    source: "SSDA903 episodes (all years known), header",
    dfe: [
      {measure_short: "LAC_LongStable%", breakdown: "at_end"},
      {measure_short: "LAC_LongStableNum", breakdown: "at_end"}
    ],
    sql: "sql/long_term_stability.sql",
    notes:
      "Continuously: one period of care (episodes joined by X1). 2.5 years: the period began on or before 30 September, 2.5 years before " +
      `31 March; 2 years: the placement began on or before 31 March two years before. ${placementRules} Needs earlier years' episodes ` +
      "(in this year's files or earlier years' folders). LAC_LongStableNum compares with the numerator."
  }
]);
