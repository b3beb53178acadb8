// The measures output: one row per figure, the shape of data/reference/published-figures.csv
// so the two join directly. The site's data loaders validate every file they write with these.
import {z} from "zod";

export const yearLabel = z.string().regex(/^\d{4}-\d{2}$/, "year must look like 2024-25");

export const MeasureRow = z.object({
  la: z.string().min(1),            // LA number, or a comparator area: '970' England, a region number, 'sn:887'
  year: yearLabel,
  measure: z.string().min(1),       // id from loaders/measures/catalogue
  breakdown: z.string().min(1),     // 'at_end', 'at_end|care_order', 'year|stage_2', 'at_end|age_13|placements_4'
  value: z.number().nullable(),     // count, or percentage 0-100; null = not available
  numerator: z.number().nullable(),
  denominator: z.number().nullable()
});
export type MeasureRow = z.infer<typeof MeasureRow>;

export const MeasuresFile = z.object({
  generated: z.string(),            // ISO timestamp
  input: z.string().optional(),     // the input folder, when known
  measures: z.array(MeasureRow)
});
export type MeasuresFile = z.infer<typeof MeasuresFile>;

/** 2025 -> '2024-25' */
export function formatYear(year: number): string {
  return `${year - 1}-${String(year % 100).padStart(2, "0")}`;
}

/** '2024-25' -> 2025 */
export function parseYear(label: string): number {
  const start = Number(label.slice(0, 4));
  return start + 1;
}
