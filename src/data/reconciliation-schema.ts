// Shapes of the Reconciliation page's data: the published-figures table (data/reference/published-figures.csv,
// copied from the councils' IRO annual reports) and the file src/data/reconciliation.json.ts writes.
import {z} from "zod";

const number = z.preprocess((v) => (v === "" || v === undefined || v === null ? null : Number(v)), z.number().nullable());

export const PublishedFigure = z.object({
  la_number: z.string(),
  la_name: z.string(),
  year: z.string().regex(/^\d{4}-\d{2}$/),
  measure: z.string(),
  breakdown: z.string(),
  value: number,
  denominator: number,
  unit: z.string(),          // count, percent, percent_of_code, fte, mean, rate, unit
  source: z.string(),
  quote: z.string(),
  note: z.string()
});
export type PublishedFigure = z.infer<typeof PublishedFigure>;

export const ReconStatus = z.enum(["matches", "differs", "not computed"]);

export const ReconRow = z.object({
  la: z.string(),
  laName: z.string(),
  year: z.string(),
  measure: z.string(),            // the report's measure id
  breakdown: z.string(),          // the report's breakdown key
  title: z.string(),              // what the figure is, in words
  unit: z.string(),               // the report's unit: the other columns are in it
  published: z.number().nullable(),
  publishedDenominator: z.number().nullable(),
  quote: z.string(),
  source: z.string(),
  dfe: z.number().nullable(),     // DfE's published figure for the same thing, when it has one
  computed: z.number().nullable(),
  computedFlag: z.string().nullable(),   // 'c' when the public build suppresses it
  computedKey: z.string().nullable(),    // 'measure breakdown' it was matched to
  difference: z.number().nullable(),     // computed - published, in the report's unit
  status: ReconStatus,
  reasons: z.array(z.string())
});
export type ReconRow = z.infer<typeof ReconRow>;

export const ReconFile = z.object({
  generated: z.string(),
  synthetic: z.boolean(),
  analyst: z.boolean(),
  threshold: z.number().int().nullable(),
  rows: z.array(ReconRow)
});
export type ReconFile = z.infer<typeof ReconFile>;
