// The routine case of a newer year's copy winning: every return repeats what was open on 1 April, and
// the next return closes it. An older copy that differs from the newer one only by being closed there
// (its end date, and the fields recorded with the end, filled in) is not a data-quality finding, so it
// is reported once per pair of files instead of once per row (a sixth of a national input's rows).
import type {AcceptedRow, ParsedFile} from "./read-file.js";
import type {CoreTable} from "./tables.js";
import type {QualityRow} from "./report.js";

interface Closing {
  end: string;            // clean column of the end date, null while open
  with: string[];         // clean columns recorded only when the record ends
}

/**
 * From extract-format.md: REC is the reason an episode ceased and SW_REASON why a social worker's
 * episode ended; DUC, RESOLVED, MIS_END and END have nothing recorded with them. A DRN's STAGE can
 * rise while it is open, so a changed STAGE is a finding even when RESOLVED is filled in with it.
 */
const CLOSING: Partial<Record<CoreTable, Closing>> = {
  episodes: {end: "dec", with: ["rec"]},
  sw_episodes: {end: "sw_dec", with: ["sw_reason"]},
  uasc: {end: "duc", with: []},
  missing: {end: "mis_end", with: []},
  drn: {end: "resolved", with: []},
  iro_allocations: {end: "end_date", with: []}
};

/** Clean column -> its 903 column name, where they differ. */
const COLUMN_903: Record<string, string> = {end_date: "END", start_date: "START", category_label: "CATEGORY"};
export const column903 = (k: string) => COLUMN_903[k] ?? k.toUpperCase();

export const CLOSED_IN_NEWER_YEAR = "closed_in_newer_year";

/**
 * True when `older` was open and `changed` (the clean columns that differ from `newer`) are only its
 * end and the fields that go with it, each blank in `older`: filled in, not changed.
 */
export function closedInNewer(table: CoreTable, older: AcceptedRow, newer: AcceptedRow, changed: readonly string[]): boolean {
  const closing = CLOSING[table];
  if (!closing) return false;
  const row = older.row as Record<string, unknown>;
  if (row[closing.end] !== null || (newer.row as Record<string, unknown>)[closing.end] === null) return false;
  for (const k of changed) {
    if (row[k] !== null || (k !== closing.end && !closing.with.includes(k))) return false;
  }
  return true;
}

interface Pair {
  older: AcceptedRow;     // its first line
  newer: AcceptedRow;
  columns: Set<string>;
  count: number;
}

/** Collects the routine closes of one table, one entry per (older file, newer file). */
export class ClosedInNewerYear {
  private pairs: Pair[] = [];
  // Keyed by the files themselves: no string to build per row.
  private byFiles = new Map<ParsedFile, Map<ParsedFile, Pair>>();

  add(older: AcceptedRow, newer: AcceptedRow, changed: readonly string[]): void {
    let byNewer = this.byFiles.get(older.source);
    if (!byNewer) this.byFiles.set(older.source, (byNewer = new Map()));
    let pair = byNewer.get(newer.source);
    if (!pair) {
      pair = {older, newer, columns: new Set(), count: 0};
      byNewer.set(newer.source, pair);
      this.pairs.push(pair);
    }
    if (older.line < pair.older.line) pair.older = older;
    for (const k of changed) pair.columns.add(k);
    pair.count++;
  }

  /** One info row per pair, in the order the pairs were first seen; columns in the table's order. */
  report(la: string, quality: QualityRow[]): void {
    for (const {older, newer, columns, count} of this.pairs) {
      const order = Object.keys(older.row);
      const names = [...columns].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map(column903);
      const one = count === 1;
      quality.push({la, year: older.source.meta.year, file: older.source.meta.file, line: older.line, column: names.join(","), value: null,
        rule: CLOSED_IN_NEWER_YEAR, severity: "info", level: "row",
        message: `${thousands(count)} ${one ? "record" : "records"} open in this file ${one ? "was" : "were"} closed in ${newer.source.meta.file} ` +
          `(${names.join(", ")} filled in); the newer file's ${one ? "copy is" : "copies are"} used`});
    }
  }
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
