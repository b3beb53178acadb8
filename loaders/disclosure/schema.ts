// The public measure row: a MeasureRow after suppression, with a GSS symbol saying why a
// figure is missing or shown specially.
import {z} from "zod";
import {MeasureRow} from "../measures/schema.js";

// GSS symbols: c confidential, x not available, z not applicable, k rounds to zero.
export const DisclosureFlag = z.enum(["c", "x", "z", "k"]);
export type DisclosureFlag = z.infer<typeof DisclosureFlag>;

export const PublicMeasureRow = MeasureRow.extend({
  flag: DisclosureFlag.nullable()
});
export type PublicMeasureRow = z.infer<typeof PublicMeasureRow>;

export const PublicMeasuresFile = z.object({
  generated: z.string(),
  threshold: z.number().int(),
  measures: z.array(PublicMeasureRow)
});
export type PublicMeasuresFile = z.infer<typeof PublicMeasuresFile>;

/** The key text a page shows beside any figure carrying the symbol. */
export function flagKey(threshold: number): Record<DisclosureFlag, string> {
  return {
    c: `c = confidential: fewer than ${threshold} children, or a figure that would reveal one`,
    x: "x = not available",
    z: "z = not applicable",
    k: "k = more than zero but rounds to zero"
  };
}
