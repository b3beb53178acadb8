// A "figure" is one published number of one row: its count or its denominator. Secondary
// suppression reasons about figures, because a percentage's numerator can be recovered from
// value x denominator, so a row's count is the thing to protect whichever field shows it.
import type {MeasureDefinition} from "../measures/catalogue/schema.js";
import type {MeasureRow} from "../measures/schema.js";

export type Unit = MeasureDefinition["unit"];
export type Field = "count" | "denominator";

/** measure id -> unit, from the catalogue; rows of unlisted measures are read by shape. */
export type Units = Partial<Record<string, Unit>>;

export function unitsFromCatalogue(definitions: readonly Pick<MeasureDefinition, "id" | "unit">[]): Units {
  return Object.fromEntries(definitions.map((d) => [d.id, d.unit]));
}

export function rowKey(measure: string, breakdown: string): string {
  return `${measure} ${breakdown}`;
}

export function figureKey(measure: string, breakdown: string, field: Field): string {
  return `${measure} ${breakdown} ${field}`;
}

/**
 * A row is a plain count when it has no numerator or denominator, unless its measure is a
 * rate, duration or ratio (then a bare value is not a number of children at all).
 * Percentages always carry numerator and denominator (measures.md), so a bare value under
 * a percent measure is a count sub-row such as the unknown-distance children.
 */
export function isCountRow(row: MeasureRow, unit: Unit | undefined): boolean {
  if (row.numerator !== null || row.denominator !== null) return false;
  return unit !== "rate" && unit !== "days" && unit !== "ratio";
}

/** The number of children (or events) the row's figure is built on, or null when not shown. */
export function countOf(row: MeasureRow, unit: Unit | undefined): number | null {
  if (isCountRow(row, unit)) return row.value;
  if (row.numerator !== null) return row.numerator;
  if (unit === "percent" && row.value !== null && row.denominator !== null) {
    return Math.round((row.value * row.denominator) / 100);
  }
  return null;
}

/** Which fields of a derived row are numbers of children, so fall under the threshold. */
export function countedFields(unit: Unit | undefined): {numerator: boolean; denominator: boolean} {
  switch (unit) {
    case "ratio":
    case "rate":
      return {numerator: true, denominator: false}; // per FTE, per 10,000 population
    default:
      return {numerator: true, denominator: true};
  }
}

export function comparatorTest(pattern: string): (la: string) => boolean {
  const re = new RegExp(pattern);
  return (la) => re.test(la);
}
