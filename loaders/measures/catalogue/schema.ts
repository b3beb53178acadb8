// One source of truth for what each measure means: the Definitions page, the chart
// captions and the CSV downloads all read this.
import {z} from "zod";

export const MeasureDefinition = z.object({
  id: z.string(),                           // the measure id of measures.md
  family: z.enum(["cohort", "distance", "stability", "flow", "social_work", "reviews", "disputes", "iro"]),
  title: z.string(),                        // plain English, for councillors
  definition: z.string(),                   // shown beside the chart; DfE's wording where DfE publishes it
  numerator: z.string().nullable(),
  denominator: z.string().nullable(),
  unit: z.enum(["count", "percent", "rate", "days", "ratio"]),
  polarity: z.enum(["high", "low", "neutral"]),  // is higher better?
  breakdowns: z.array(z.string()),          // breakdown patterns, e.g. 'at_end|<legal status>'
  source: z.string(),                       // which extract tables, e.g. 'SSDA903 episodes'
  dfe: z.object({measure_short: z.string(), breakdown: z.string()}).array().default([]), // LAIT series that match
  sql: z.string(),                          // path of the measure's SQL file, relative to loaders/measures
  notes: z.string().optional()              // caveats, e.g. not computable before 2023-24
});
export type MeasureDefinition = z.infer<typeof MeasureDefinition>;
