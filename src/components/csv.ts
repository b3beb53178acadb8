// The CSV of exactly what a figure draws. Pure text building (unit-tested); the Blob URL is made in table.ts.

export interface DrawnRow {
  area: string;            // display name, e.g. 'Medway', 'England'
  la: string;              // code: '887', '970', 'sn:887'
  year: string;
  measure: string;
  breakdown: string;
  group: string;           // display label of the breakdown group ('' for a total)
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  flag?: string;           // 'c' suppressed, 'x' not available...
}

function cell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function num(value: number | null, flag?: string): string {
  if (value === null) return flag ?? "";
  return String(value);
}

export const csvColumns = ["area", "la", "year", "measure", "breakdown", "group", "value", "numerator", "denominator"] as const;

/** A suppressed value is written as its symbol ('c'), never as 0 or blank. */
export function toCsv(rows: DrawnRow[]): string {
  const lines = [csvColumns.join(",")];
  for (const r of rows) {
    const suppressed = r.value === null ? r.flag : undefined;
    lines.push([
      cell(r.area), cell(r.la), r.year, r.measure, cell(r.breakdown), cell(r.group),
      num(r.value, r.flag), num(r.numerator, suppressed), num(r.denominator, suppressed)
    ].join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
