// Checks across one LA's files and years, then de-duplication: newest year wins per natural key, and
// per span it covers (newer-year-overlaps.ts).
import {CORE_TABLES, NATURAL_KEYS, REQUIRED_TABLES, type CoreTable} from "./tables.js";
import {textOf, type AcceptedRow, type ParsedFile} from "./read-file.js";
import type {DrnMap} from "./drn-categories.js";
import type {QualityRow, TableCount} from "./report.js";
import {SPAN_TABLES, supersedeOverlapped, type SpanTable} from "./newer-year-overlaps.js";
import {ClosedInNewerYear, closedInNewer, column903} from "./closed-in-newer-year.js";

export interface LaResult {
  clean: Record<CoreTable, AcceptedRow[]>;   // the rows that won, with their file and line
  counts: TableCount[];
}

type Candidate = AcceptedRow;

type KeyOf = (row: Record<string, unknown>) => string;

/** A row's natural key as one string; built for every row, so without an array per row. */
function keyFunction(columns: string[]): KeyOf {
  const [a, b, c] = columns as [string, string?, string?];
  if (columns.length === 1) return (row) => String(row[a]);
  if (columns.length === 2) return (row) => String(row[a]) + "\u0000" + String(row[b!]);
  if (columns.length === 3) return (row) => String(row[a]) + "\u0000" + String(row[b!]) + "\u0000" + String(row[c!]);
  return (row) => columns.map((k) => String(row[k])).join("\u0000");
}

const KEY_OF = Object.fromEntries(CORE_TABLES.map((t) => [t, keyFunction(NATURAL_KEYS[t])])) as Record<CoreTable, KeyOf>;

/** Which clean columns hold a key, reported under their 903 names. */
const KEY_COLUMN: Record<CoreTable, string> = {
  header: "CHILD", episodes: "DECOM", reviews: "REVIEW", uasc: "CHILD", sw_episodes: "SW_DECOM",
  missing: "MIS_START", drn: "DRN_ID", iro_allocations: "START"
};

export function checkLa(la: string, years: number[], files: ParsedFile[], drnMap: DrnMap, quality: QualityRow[]): LaResult {
  const reject = (c: Candidate, rule: string, column: string, message: string) => {
    c.rejected = true;
    c.source.meta.rows_loaded--;
    c.source.meta.rows_rejected++;
    quality.push({la, year: c.source.meta.year, file: c.source.meta.file, line: c.line, column, value: textOf(c, column), rule, severity: "error", message, level: "row"});
  };

  // One file per table per LA-year; every LA-year needs its required tables.
  for (const year of years) {
    const yearFiles = files.filter((f) => f.meta.year === year);
    for (const table of CORE_TABLES) {
      const same = yearFiles.filter((f) => f.meta.table_name === table);
      for (const extra of same.slice(1)) {
        quality.push({la, year, file: extra.meta.file, line: null, column: null, value: null, rule: "table_duplicate_file", severity: "error",
          message: `${extra.meta.file} and ${same[0]!.meta.file} both hold ${table} for ${la}/${year}; keep one`, level: "file"});
      }
    }
    for (const table of REQUIRED_TABLES) {
      if (!yearFiles.some((f) => f.meta.table_name === table)) {
        quality.push({la, year, file: `${la}/${year}/${table}.csv`, line: null, column: null, value: null, rule: "file_missing_required",
          severity: "error", message: `${la}/${year} has no ${table} file (required for every LA-year)`, level: "file"});
      }
    }
  }

  // Each table's files, and beside each file its rows' natural keys (built once, used twice).
  const sources = {} as Record<CoreTable, {source: ParsedFile; keys: string[]}[]>;
  for (const table of CORE_TABLES) {
    const keyOf = KEY_OF[table];
    sources[table] = files.filter((f) => f.table === table).map((source) => ({source, keys: source.accepted.map((c) => keyOf(c.row))}));
  }

  // The same key twice in one file cannot be resolved by year: the later line is rejected.
  for (const table of CORE_TABLES) {
    for (const {source, keys} of sources[table]) {
      const seen = new Map<string, Candidate>();
      for (let j = 0; j < keys.length; j++) {
        const c = source.accepted[j]!;
        const first = seen.get(keys[j]!);
        if (!first) {
          seen.set(keys[j]!, c);
          continue;
        }
        const column = KEY_COLUMN[table];
        if (table === "header") reject(c, "header_duplicate_child", "CHILD", `CHILD '${textOf(c, "CHILD")}' appears twice in the header (first at line ${first.line})`);
        else reject(c, "duplicate_key", column, `the same ${NATURAL_KEYS[table].join(" + ")} appears twice in this file (first at line ${first.line})`);
      }
    }
  }

  // Newest year wins; an older copy that differs is reported so a change is never silent.
  const winners = {} as Record<CoreTable, Candidate[]>;
  for (const table of CORE_TABLES) {
    const best = new Map<string, Candidate>();
    const closed = new ClosedInNewerYear();
    // Newest year first, each year's rows in file order (what a stable sort by year would give).
    const byYear = [...sources[table]].sort((a, b) => b.source.meta.year - a.source.meta.year);
    let columns: string[] | undefined;   // every row of a table has the same columns
    for (const {source, keys} of byYear) {
      const rows = source.accepted;
      for (let j = 0; j < rows.length; j++) {
        const c = rows[j]!;
        if (c.rejected) continue;
        const winner = best.get(keys[j]!);
        if (!winner) {
          best.set(keys[j]!, c);
          continue;
        }
        c.superseded = true;
        const changed = differences((columns ??= Object.keys(c.row)), c.row, winner.row);
        if (changed === null) continue;
        if (closedInNewer(table, c, winner, changed)) closed.add(c, winner, changed);
        else {
          // Named as in the file (END, not end_date), so the value can be read back from it.
          const column = column903(changed[0]!);
          quality.push({la, year: c.source.meta.year, file: c.source.meta.file, line: c.line, column: changed.map(column903).join(","),
            value: textOf(c, column), rule: "superseded_by_newer_year", severity: "info",
            message: `replaced by ${winner.source.meta.file} line ${winner.line}, which differs in ${changed.join(", ")}`, level: "row"});
        }
      }
    }
    closed.report(la, quality);
    winners[table] = [...best.values()];
  }

  // Episodes need their child in the header (of any year), and must not overlap.
  const headerByChild = new Map(winners.header.map((c) => [String(c.row.child), c]));
  winners.episodes = winners.episodes.filter((c) => {
    if (headerByChild.has(String(c.row.child))) return true;
    reject(c, "child_not_in_header", "CHILD", `CHILD '${textOf(c, "CHILD")}' has an episode but no row in any header file of LA ${la}`);
    return false;
  });
  // An older year's copy that a newer file re-keyed would otherwise win the overlap check below.
  for (const table of Object.keys(SPAN_TABLES) as SpanTable[]) winners[table] = supersedeOverlapped(la, table, winners[table], quality);
  // What still overlaps across years is an older open episode's tail past its own year, which its file
  // cannot vouch for (the measures end it on 1 April: stale_open); so only one year's episodes are compared.
  // Lists per child and year, in the order each pair is first seen; found by child, then year, so no key is built per row.
  const lists: Candidate[][] = [];
  const byChild = new Map<string, Map<number, Candidate[]>>();
  for (const c of winners.episodes) {
    const child = String(c.row.child);
    let byYear = byChild.get(child);
    if (!byYear) byChild.set(child, (byYear = new Map()));
    let list = byYear.get(c.source.meta.year);
    if (!list) {
      byYear.set(c.source.meta.year, (list = []));
      lists.push(list);
    }
    list.push(c);
  }
  for (const list of lists) {
    list.sort((a, b) => (String(a.row.decom) < String(b.row.decom) ? -1 : 1));
    let previous: Candidate | undefined;
    for (const c of list) {
      const prevEnd = previous?.row.dec as string | null | undefined;
      if (previous && (prevEnd === null || String(c.row.decom) < prevEnd!)) {
        const until = prevEnd === null ? "is still open" : `ends ${prevEnd}`;
        reject(c, "episode_overlap", "DECOM", `episode starting ${c.row.decom} overlaps the episode from ${previous.row.decom} (${previous.source.meta.file} line ${previous.line}), which ${until}`);
        continue;
      }
      previous = c;
    }
  }
  winners.episodes = winners.episodes.filter((c) => !c.rejected);

  // A review's own DOB was checked with the row; fall back to the header's DOB when it is blank.
  winners.reviews = winners.reviews.filter((c) => {
    const dob = c.row.dob ?? headerByChild.get(String(c.row.child))?.row.dob;
    if (typeof dob === "string" && String(c.row.review) < dob) {
      reject(c, "review_before_dob", "REVIEW", `REVIEW ${c.row.review} is before the child's DOB ${dob} (from the header)`);
      return false;
    }
    return true;
  });

  mapDrnCategories(la, winners.drn, drnMap, quality);

  return {clean: winners, counts: countTables(la, files)};
}

/** The columns whose values differ, in `columns` order; null when none do (the common case allocates nothing). */
function differences(columns: string[], a: object, b: object): string[] | null {
  const x = a as Record<string, unknown>, y = b as Record<string, unknown>;
  let out: string[] | null = null;
  for (const k of columns) if (x[k] !== y[k]) (out ??= []).push(k);
  return out;
}

function mapDrnCategories(la: string, drns: Candidate[], drnMap: DrnMap, quality: QualityRow[]): void {
  const reported = new Set<string>();
  for (const c of drns) {
    const label = String(c.row.category_label);
    const category = drnMap.lookup(la, label);
    (c.row as {category: string}).category = category ?? "other";
    const once = `${c.source.meta.file}\u0000${label}`;
    if (!category && !reported.has(once)) {
      reported.add(once);
      const rows = drns.filter((d) => d.source === c.source && d.row.category_label === label).length;
      quality.push({la, year: c.source.meta.year, file: c.source.meta.file, line: c.line, column: "CATEGORY", value: label,
        rule: "drn_category_unmapped", severity: "warning", level: "row",
        message: `DRN category '${label}' (${rows} row(s) in this file) is not in data/reference/drn-category-map.csv for LA ${la}; counted as 'other'`});
    }
  }
}

function countTables(la: string, files: ParsedFile[]): TableCount[] {
  const counts: TableCount[] = [];
  for (const f of files) {
    if (!f.meta.table_name) continue;
    const superseded = f.accepted.filter((c) => c.superseded && !c.rejected).length;
    counts.push({la, year: f.meta.year, table: f.meta.table_name, rows_read: f.meta.rows_read, rows_loaded: f.meta.rows_loaded,
      rows_rejected: f.meta.rows_rejected, rows_superseded: superseded});
  }
  return counts.sort((a, b) => a.year - b.year || a.table.localeCompare(b.table));
}
