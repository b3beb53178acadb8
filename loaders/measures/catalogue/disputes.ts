// Dispute resolution (Medway: DRN, later LAN; Kent: dispute resolution), from the IRO service's drn.csv.
import {MeasureDefinition} from "./schema.js";

const onlyWithDrn = "Written only for years whose drn.csv was supplied.";
const groups = ["<category>", "stage_1", "stage_2", "stage_3", "stage_4", "stage_5", "stage_unknown", "cafcass"];

export const disputeMeasures: MeasureDefinition[] = MeasureDefinition.array().parse([
  {
    id: "drn_raised",
    family: "disputes",
    title: "Dispute resolutions raised",
    definition: "Dispute resolutions raised by IROs in the year (RAISED from 1 April to 31 March), by standard category and by the highest stage reached.",
    numerator: null,
    denominator: null,
    unit: "count",
    polarity: "neutral",
    breakdowns: ["year", ...groups.map((g) => `year|${g}`)],
    source: "IRO service drn.csv",
    dfe: [],
    sql: "sql/drn_raised.sql",
    notes: `${onlyWithDrn} Category and stage rows carry the year's total as denominator. cafcass = referred to Cafcass.`
  },
  {
    id: "drn_resolved",
    family: "disputes",
    title: "Dispute resolutions resolved",
    definition: "Dispute resolutions resolved in the year (RESOLVED from 1 April to 31 March), whenever they were raised.",
    numerator: null,
    denominator: null,
    unit: "count",
    polarity: "neutral",
    breakdowns: ["year", ...groups.map((g) => `year|${g}`)],
    source: "IRO service drn.csv",
    dfe: [],
    sql: "sql/drn_resolved.sql",
    notes: onlyWithDrn
  },
  {
    id: "drn_open",
    family: "disputes",
    title: "Dispute resolutions open at year end",
    definition: "Dispute resolutions raised on or before 31 March and not resolved by then (one resolved on 31 March is not open).",
    numerator: null,
    denominator: null,
    unit: "count",
    polarity: "low",
    breakdowns: ["at_end", ...groups.map((g) => `at_end|${g}`)],
    source: "IRO service drn.csv",
    dfe: [],
    sql: "sql/drn_open.sql",
    notes: onlyWithDrn
  },
  {
    id: "drn_time_to_resolve",
    family: "disputes",
    title: "Days to resolve a dispute",
    definition: "Median number of days from raising to resolving, for dispute resolutions resolved in the year.",
    numerator: null,
    denominator: "dispute resolutions resolved in the year",
    unit: "days",
    polarity: "low",
    breakdowns: ["year"],
    source: "IRO service drn.csv",
    dfe: [],
    sql: "sql/drn_time_to_resolve.sql",
    notes: `${onlyWithDrn} With an even number resolved, the mean of the middle two.`
  },
  {
    id: "drn_resolved_in_timescale",
    family: "disputes",
    title: "Disputes resolved within 20 working days",
    definition:
      "Dispute resolutions resolved in the year that were resolved within 20 working days of being raised (the IRO Handbook's expectation), " +
      "as a % of those resolved in the year. Working days skip weekends and England and Wales bank holidays.",
    numerator: "resolved within 20 working days",
    denominator: "dispute resolutions resolved in the year",
    unit: "percent",
    polarity: "high",
    breakdowns: ["year"],
    source: "IRO service drn.csv",
    dfe: [],
    sql: "sql/drn_resolved_in_timescale.sql",
    notes: onlyWithDrn
  }
]);
