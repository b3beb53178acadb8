// IRO caseloads and continuity, from the IRO service's iro_allocations.csv.
import {MeasureDefinition} from "./schema.js";

const onlyWithAllocations =
  "Written only for years whose iro_allocations.csv was supplied. An allocation is current on a date when it started on or before it and its END " +
  "is blank or after it. A blank FTE counts as full time (1.0).";

export const iroMeasures: MeasureDefinition[] = MeasureDefinition.array().parse([
  {
    id: "iro_caseload",
    family: "iro",
    title: "IRO caseload",
    definition:
      "Children allocated to an IRO per full-time-equivalent IRO: on 31 March, and as the average over the year's twelve month ends " +
      "(mean children allocated ÷ mean IRO FTE).",
    numerator: "children allocated (each child once)",
    denominator: "total FTE of the IROs holding at least one child",
    unit: "ratio",
    polarity: "low",
    breakdowns: ["at_end", "year|monthly_average"],
    source: "IRO service iro_allocations.csv",
    dfe: [],
    sql: "sql/iro_caseload.sql",
    notes: onlyWithAllocations
  },
  {
    id: "iro_count",
    family: "iro",
    title: "Number of IROs",
    definition: "IROs holding at least one child on 31 March (headcount).",
    numerator: null,
    denominator: null,
    unit: "count",
    polarity: "neutral",
    breakdowns: ["at_end"],
    source: "IRO service iro_allocations.csv",
    dfe: [],
    sql: "sql/iro_count.sql",
    notes: onlyWithAllocations
  },
  {
    id: "iro_fte",
    family: "iro",
    title: "IRO full-time equivalents",
    definition: "Total FTE of the IROs holding at least one child on 31 March.",
    numerator: null,
    denominator: null,
    unit: "ratio",
    polarity: "neutral",
    breakdowns: ["at_end"],
    source: "IRO service iro_allocations.csv",
    dfe: [],
    sql: "sql/iro_fte.sql",
    notes: onlyWithAllocations
  },
  {
    id: "iro_continuity",
    family: "iro",
    title: "Same IRO through the year",
    definition:
      "Children looked after throughout the year (in care on 1 April and still on 31 March, without a break) who had one IRO allocated from " +
      "1 April to 31 March with no day unallocated, as a % of those children. Short breaks (V3, V4) excluded.",
    numerator: "children who kept one IRO all year",
    denominator: "children looked after continuously from 1 April to 31 March",
    unit: "percent",
    polarity: "high",
    breakdowns: ["at_end"],
    source: "SSDA903 episodes; IRO service iro_allocations.csv",
    dfe: [],
    sql: "sql/iro_continuity.sql",
    notes: onlyWithAllocations
  }
]);
