// Builders for hand-made measure rows: one LA (887) and year unless told otherwise.
import type {MeasureRow} from "../../loaders/measures/schema.js";
import type {PublicMeasureRow} from "../../loaders/disclosure/schema.js";
import {DisclosureConfig} from "../../loaders/disclosure/config.js";

export const config = DisclosureConfig.parse({threshold: 5});

export function count(measure: string, breakdown: string, value: number | null, la = "887"): MeasureRow {
  return {la, year: "2024-25", measure, breakdown, value, numerator: null, denominator: null};
}

export function percent(measure: string, breakdown: string, numerator: number, denominator: number, la = "887"): MeasureRow {
  return {la, year: "2024-25", measure, breakdown, value: denominator ? (100 * numerator) / denominator : null, numerator, denominator};
}

/** Breakdowns of `measure` that came out suppressed. */
export function hidden(rows: readonly PublicMeasureRow[], measure?: string): string[] {
  return rows.filter((r) => r.flag === "c" && (!measure || r.measure === measure)).map((r) => `${r.measure} ${r.breakdown}`).sort();
}

export function find(rows: readonly PublicMeasureRow[], measure: string, breakdown: string): PublicMeasureRow {
  const row = rows.find((r) => r.measure === measure && r.breakdown === breakdown);
  if (!row) throw new Error(`no row ${measure} ${breakdown}`);
  return row;
}
