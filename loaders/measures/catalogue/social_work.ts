// Social worker continuity and instability (SSDA903 sw_episodes, collected from 2023-24).
import {MeasureDefinition} from "./schema.js";

const onlyWithSwEpisodes =
  "Needs the sw_episodes table (collected from 2023-24): for a year loaded without sw_episodes.csv no figure is written.";

export const socialWorkMeasures: MeasureDefinition[] = MeasureDefinition.array().parse([
  {
    id: "sw_continuity",
    family: "social_work",
    title: "Same social worker for 12 months",
    definition:
      "Children looked after at 31 March who had one social worker (one SW_ID) throughout the previous 12 months " +
      "(1 April to 31 March, with no day unallocated), as a % of children looked after at 31 March who had been looked after " +
      "continuously for at least 12 months. Short breaks (V3, V4) excluded. Kent's variant: looked after for 18 months or more, same social worker for the last 12.",
    numerator: "children with one social worker throughout the year",
    denominator: "children looked after at 31 March whose period of care began on or before 1 April (Kent's variant: 18 months before 31 March)",
    unit: "percent",
    polarity: "high",
    breakdowns: ["at_end", "at_end|kent_18_months"],
    source: "SSDA903 episodes, sw_episodes",
    dfe: [],
    sql: "sql/sw_continuity.sql",
    notes: `${onlyWithSwEpisodes} A worker who leaves and returns, or a gap between allocations, breaks continuity.`
  },
  {
    id: "sw_instability_3plus",
    family: "social_work",
    title: "Three or more social workers in the year",
    definition:
      "The number of social workers assigned to a child during the year is defined as the number of unique social workers assigned to a child " +
      "between 1 April and 31 March. For example, if a child had a social worker, moved to a different social worker, then back to the original " +
      "social worker during the course of the year, then this would count as 2 social workers during the year. The count of social workers includes " +
      "any social workers assigned to a child within the relevant timescale when the child was not looked after. High social worker instability is " +
      "defined as a looked after child experiencing 3 or more social workers during the year ending 31 March. (DfE)",
    numerator: "children looked after at 31 March with 3 or more different social workers in the year",
    denominator: "children looked after at 31 March",
    unit: "percent",
    polarity: "low",
    breakdowns: ["at_end"],
    source: "SSDA903 episodes, sw_episodes",
    dfe: [{measure_short: "Stability_SocialWorker", breakdown: "at_end"}],
    sql: "sql/sw_instability_3plus.sql",
    notes: onlyWithSwEpisodes
  }
]);
