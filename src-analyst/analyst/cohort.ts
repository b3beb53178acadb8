// Cohort slicing for the analyst explorer: the child-level file as an arquero table, filtered with arquero,
// then counted by one dimension or cross-tabulated by two from the filtered columns, and written as CSV.
// No DOM here, so the same module runs in the browser (from the
// analyst page) and in Node (tests/analyst check its counts against the measures).
// arquero comes in as an argument: the page passes `npm:arquero` (bundled offline by prepare-site into
// Framework's npm cache; Framework's own bundle of the bare `arquero` pulls in node:fs), the tests `arquero`.
import type {ColumnTable, escape, table} from "arquero";
import type {ChildrenFile} from "../../loaders/analyst/schema.js";

/** What the slicing needs from arquero. */
export interface Arquero { table: typeof table; escape: typeof escape }

export interface Dimension {
  key: string;                    // the table's column
  label: string;
  order?: string[];               // values in display order; others follow, sorted
  labels?: Record<string, string>; // where the site's groupLabel would say the wrong thing
}

const yesNo = {yes: "Yes", no: "No"};

export const dimensions: Dimension[] = [
  {key: "la", label: "Council", labels: {"887": "Medway", "886": "Kent"}},
  {key: "year", label: "Year"},
  {key: "age_band", label: "Age at 31 March", order: ["under_1", "1_4", "5_9", "10_15", "16_17", "unknown"]},
  {key: "gender", label: "Gender", order: ["female", "male", "unknown"]},
  {key: "ethnicity_group", label: "Ethnicity", order: ["white", "mixed", "asian", "black", "other", "refused_or_not_obtained", "unmapped"],
    labels: {unmapped: "Code not in the mapping"}},
  {key: "legal_status_group", label: "Legal status at 31 March",
    order: ["care_order", "interim_care_order", "placement_order", "s20", "police_protection", "youth_justice", "other"],
    labels: {other: "Other legal status"}},
  {key: "placement_type_group", label: "Placement type at 31 March",
    order: ["foster_relative_friend", "foster_other", "placed_for_adoption", "childrens_homes_secure", "supported_semi_independent", "with_parents", "residential_other", "temporary"]},
  {key: "uasc", label: "Unaccompanied asylum-seeking child", order: ["yes", "no"], labels: yesNo},
  {key: "placement_moves", label: "Placements in the year", order: ["0", "1", "2", "3", "4", "5+"],
    labels: {"0": "None counted", "1": "1", "2": "2", "3": "3", "4": "4", "5+": "5 or more"}},
  {key: "placements_3plus", label: "3 or more placements in the year", order: ["yes", "no"], labels: yesNo},
  {key: "distance_band", label: "Distance from home", order: ["0_5", "5_10", "10_20", "20_plus", "unknown"],
    labels: {"0_5": "Up to 5 miles", "5_10": "Over 5, up to 10 miles", "10_20": "Over 10, up to 20 miles", "20_plus": "Over 20 miles", unknown: "Not recorded"}},
  {key: "outside_la", label: "Placed outside the council's area", order: ["outside", "inside", "unknown"],
    labels: {outside: "Outside", inside: "Inside", unknown: "Not recorded"}},
  {key: "started_in_year", label: "Came into care in the year", order: ["yes", "no"], labels: yesNo},
  {key: "ceased_in_year", label: "Also left care in the year", order: ["yes", "no"], labels: yesNo}
];

export function dimension(key: string): Dimension {
  const found = dimensions.find((d) => d.key === key);
  if (!found) throw new Error(`unknown dimension ${key}`);
  return found;
}

const flag = (v: unknown) => (v === true ? "yes" : v === false ? "no" : "unknown");

/**
 * The explorer's table: the file's columns, with true/false fields as yes/no text and placements also
 * as a band, so every dimension is a text column that filters, groups and writes to CSV alike.
 */
export function cohortTable(aq: Arquero, file: ChildrenFile): ColumnTable {
  const c = file.columns;
  const placements = c.placements as number[];
  return aq.table({
    ...c,
    uasc: c.uasc.map(flag),
    placements_3plus: c.placements_3plus.map(flag),
    started_in_year: c.started_in_year.map(flag),
    ceased_in_year: c.ceased_in_year.map(flag),
    outside_la: c.outside_la.map((v) => (v === true ? "outside" : v === false ? "inside" : "unknown")),
    placement_moves: placements.map((n) => (n >= 5 ? "5+" : String(n)))
  });
}

/** Dimension key -> the values kept; an absent or empty list keeps everything. */
export type Filters = Record<string, string[] | undefined>;

export function filterCohort(aq: Arquero, table: ColumnTable, filters: Filters): ColumnTable {
  const active = Object.entries(filters)
    .filter((entry): entry is [string, string[]] => Boolean(entry[1]?.length))
    .map(([key, values]) => [key, new Set(values)] as const);
  if (!active.length) return table;
  // One escaped JS predicate: a single pass over the rows, whatever the number of filters.
  return table.filter(aq.escape((row: Record<string, unknown>) => active.every(([key, keep]) => keep.has(String(row[key])))));
}

function ordered(key: string, present: Iterable<string>): string[] {
  const order = dimensions.find((d) => d.key === key)?.order ?? [];
  const values = new Set(present);
  return [...order.filter((v) => values.has(v)), ...[...values].filter((v) => !order.includes(v)).sort()];
}

/** The values a dimension takes in the table, in display order. */
export function valuesOf(table: ColumnTable, key: string): string[] {
  return ordered(key, (table.array(key) as unknown[]).map(String));
}

/** Children per value of one dimension. */
export function countBy(table: ColumnTable, key: string): Map<string, number> {
  const byValue = new Map<string, number>();
  for (const v of table.array(key) as unknown[]) byValue.set(String(v), (byValue.get(String(v)) ?? 0) + 1);
  return new Map(ordered(key, byValue.keys()).map((v) => [v, byValue.get(v)!] as const));
}

export interface CrossTab {
  rowKey: string;
  colKey: string;
  rows: string[];
  cols: string[];
  counts: number[][];             // counts[i][j]: children with rows[i] and cols[j]
  rowTotals: number[];
  colTotals: number[];
  total: number;
}

export function crossTab(table: ColumnTable, rowKey: string, colKey: string): CrossTab {
  if (rowKey === colKey) throw new Error("cross-tabulate two different dimensions");
  // Counted over the filtered table's two columns: arquero's groupby compiles its key expressions on every
  // call, which at Kent's size costs more than the whole count.
  const rowValues = table.array(rowKey) as unknown[];
  const colValues = table.array(colKey) as unknown[];
  const cells = new Map<string, Map<string, number>>();
  for (let i = 0; i < rowValues.length; i++) {
    const r = String(rowValues[i]);
    const c = String(colValues[i]);
    const row = cells.get(r) ?? cells.set(r, new Map()).get(r)!;
    row.set(c, (row.get(c) ?? 0) + 1);
  }
  const rows = ordered(rowKey, cells.keys());
  const cols = ordered(colKey, [...cells.values()].flatMap((m) => [...m.keys()]));
  const counts = rows.map((r) => cols.map((c) => cells.get(r)?.get(c) ?? 0));
  const rowTotals = counts.map((r) => r.reduce((a, b) => a + b, 0));
  const colTotals = cols.map((_, j) => counts.reduce((a, r) => a + r[j]!, 0));
  return {rowKey, colKey, rows, cols, counts, rowTotals, colTotals, total: rowTotals.reduce((a, b) => a + b, 0)};
}

/** n as a % of d to one decimal place (the analyst build's precision); null when d is 0. */
export function percent(n: number, d: number): number | null {
  return d > 0 ? Math.round((1000 * n) / d) / 10 : null;
}

export type Share = "count" | "row" | "col";

/** A cell as a count, a % of its row's total, or a % of its column's total. */
export function cellValue(tab: CrossTab, i: number, j: number, share: Share): number | null {
  const n = tab.counts[i]![j]!;
  if (share === "row") return percent(n, tab.rowTotals[i]!);
  if (share === "col") return percent(n, tab.colTotals[j]!);
  return n;
}

function csvField(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csv = (lines: Array<Array<string | number | null>>) => `${lines.map((l) => l.map(csvField).join(",")).join("\n")}\n`;

/** Long form: one line per cell, then the row totals, the column totals and the grand total ("Total"). */
export function crossTabCsv(tab: CrossTab): string {
  const lines: Array<Array<string | number | null>> = [[tab.rowKey, tab.colKey, "children", "row_percent", "column_percent"]];
  tab.rows.forEach((r, i) => tab.cols.forEach((c, j) =>
    lines.push([r, c, tab.counts[i]![j]!, cellValue(tab, i, j, "row"), cellValue(tab, i, j, "col")])));
  tab.rows.forEach((r, i) => lines.push([r, "Total", tab.rowTotals[i]!, percent(tab.rowTotals[i]!, tab.rowTotals[i]!), percent(tab.rowTotals[i]!, tab.total)]));
  tab.cols.forEach((c, j) => lines.push(["Total", c, tab.colTotals[j]!, percent(tab.colTotals[j]!, tab.total), percent(tab.colTotals[j]!, tab.colTotals[j]!)]));
  lines.push(["Total", "Total", tab.total, percent(tab.total, tab.total), percent(tab.total, tab.total)]);
  return csv(lines);
}

/** The filtered children, every column. */
export function rowsCsv(table: ColumnTable): string {
  const names = table.columnNames();
  const columns = names.map((n) => table.array(n) as unknown[]);
  const lines: Array<Array<string | number | null>> = [names];
  for (let i = 0; i < table.numRows(); i++) {
    lines.push(columns.map((col) => {
      const v = col[i];
      return v === null || v === undefined ? null : typeof v === "number" ? v : String(v);
    }));
  }
  return csv(lines);
}

/** Years in the current period of care at 31 March, for the histogram. */
export function yearsInCare(table: ColumnTable): number[] {
  return (table.array("days_in_care") as number[]).map((d) => d / 365.25);
}
