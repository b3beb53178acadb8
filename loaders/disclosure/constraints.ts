// Turns the table definitions into additive constraints over the figures of one LA and
// year: terms[0] = terms[1] + terms[2] + ...
import {figureKey, rowKey} from "./figures.js";
import type {FigureRef, TableDef} from "./tables.js";
import type {MeasureRow} from "../measures/schema.js";

export interface Constraint {
  id: string;          // table id and snapshot, for messages
  terms: string[];     // figure keys; terms[0] is the total
}

/** The rows of one LA and year, by measure and breakdown. */
export type RowIndex = Map<string, MeasureRow>;

export function indexRows(rows: Iterable<MeasureRow>): RowIndex {
  const index: RowIndex = new Map();
  for (const row of rows) index.set(rowKey(row.measure, row.breakdown), row);
  return index;
}

function breakdownOf(snapshot: string, group: string | null): string {
  return group === null ? snapshot : `${snapshot}|${group}`;
}

function refKey(snapshot: string, ref: FigureRef): string {
  return figureKey(ref.measure, breakdownOf(snapshot, ref.group), ref.field);
}

function hasRow(index: RowIndex, key: string): boolean {
  const [measure, breakdown] = key.split(" ");
  return index.has(rowKey(measure!, breakdown!));
}

/** Breakdowns of `measure` in `snapshot` (the parts after the snapshot), in data order. */
function groupsIn(index: RowIndex, measure: string, snapshot: string): string[] {
  const groups: string[] = [];
  for (const row of index.values()) {
    if (row.measure !== measure) continue;
    if (row.breakdown.startsWith(`${snapshot}|`)) groups.push(row.breakdown.slice(snapshot.length + 1));
  }
  return groups;
}

/** A grid dimension: does a group belong to it, and in what order do its groups come. */
function dimension(spec: string | string[]) {
  if (Array.isArray(spec)) {
    return {has: (g: string) => spec.includes(g), order: (a: string, b: string) => spec.indexOf(a) - spec.indexOf(b)};
  }
  const n = (s: string) => Number(s.slice(spec.length).replace(/\D.*$/, "")) || 0;
  return {has: (g: string) => g.startsWith(spec), order: (a: string, b: string) => n(a) - n(b) || (a < b ? -1 : a > b ? 1 : 0)};
}

export function buildConstraints(index: RowIndex, tables: readonly TableDef[]): Constraint[] {
  const out: Constraint[] = [];
  for (const table of tables) {
    for (const snapshot of table.snapshots) {
      const id = `${table.id}@${snapshot}`;
      switch (table.kind) {
        case "groups": {
          const prefix = table.groups;
          const groups = typeof prefix === "string"
            ? groupsIn(index, table.measure, snapshot).filter((g) => g.startsWith(prefix) && !g.includes("|")).sort()
            : prefix;
          const parts = groups.map((g) => figureKey(table.measure, breakdownOf(snapshot, g), "count"));
          if (parts.some((p) => hasRow(index, p))) out.push({id, terms: [refKey(snapshot, table.total), ...parts]});
          break;
        }
        case "sum": {
          const parts = table.parts.map((p) => refKey(snapshot, p));
          if (parts.every((p) => hasRow(index, p))) out.push({id, terms: [refKey(snapshot, table.total), ...parts]});
          break;
        }
        case "follows": {
          // Sorted so the result does not depend on the order rows arrive in.
          const breakdowns = [snapshot, ...groupsIn(index, table.measure, snapshot).sort().map((g) => `${snapshot}|${g}`)];
          for (const b of breakdowns) {
            const a = figureKey(table.measure, b, "count");
            const c = figureKey(table.of, b, "count");
            if (hasRow(index, a) && hasRow(index, c)) out.push({id: `${id}|${b}`, terms: [c, a]});
          }
          break;
        }
        case "outside":
          break;
        case "denominator": {
          const spec = table.groups;
          const groups = typeof spec === "string"
            ? groupsIn(index, table.measure, snapshot).filter((g) => g.startsWith(spec)).sort()
            : spec;
          const of = refKey(snapshot, table.of);
          if (!hasRow(index, of)) break;
          for (const g of groups) {
            // Only a denominator the row carries is a published figure to link.
            const row = index.get(rowKey(table.measure, breakdownOf(snapshot, g)));
            if (row && row.denominator !== null) {
              out.push({id: `${id}|${g ?? ""}`, terms: [figureKey(table.measure, breakdownOf(snapshot, g), "denominator"), of]});
            }
          }
          break;
        }
        case "grid": {
          const rowDim = dimension(table.rows);
          const colDim = dimension(table.columns);
          const rows = new Set<string>();
          const cols = new Set<string>();
          const cells: [string, string][] = [];
          for (const g of groupsIn(index, table.measure, snapshot)) {
            const parts = g.split("|");
            if (parts.length === 2 && rowDim.has(parts[0]!) && colDim.has(parts[1]!)) {
              cells.push([parts[0]!, parts[1]!]);
              rows.add(parts[0]!);
              cols.add(parts[1]!);
            } else if (parts.length === 1 && rowDim.has(parts[0]!)) rows.add(parts[0]!);
            else if (parts.length === 1 && colDim.has(parts[0]!)) cols.add(parts[0]!);
          }
          if (rows.size === 0 && cols.size === 0) break;
          const cell = (r: string, c: string) => figureKey(table.measure, `${snapshot}|${r}|${c}`, "count");
          const line = (g: string) => figureKey(table.measure, `${snapshot}|${g}`, "count");
          const sortedRows = [...rows].sort(rowDim.order);
          const sortedCols = [...cols].sort(colDim.order);
          // Only cells with a row are listed: a missing cell is a published zero.
          const present = new Set(cells.map(([r, c]) => cell(r, c)));
          for (const r of sortedRows) {
            out.push({id: `${id}|${r}`, terms: [line(r), ...sortedCols.map((c) => cell(r, c)).filter((k) => present.has(k))]});
          }
          for (const c of sortedCols) {
            out.push({id: `${id}|${c}`, terms: [line(c), ...sortedRows.map((r) => cell(r, c)).filter((k) => present.has(k))]});
          }
          const total = refKey(snapshot, table.total);
          if (sortedRows.length) out.push({id: `${id}|rows`, terms: [total, ...sortedRows.map(line)]});
          if (sortedCols.length) out.push({id: `${id}|columns`, terms: [total, ...sortedCols.map(line)]});
          break;
        }
      }
    }
  }
  return out;
}
