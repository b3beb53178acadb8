// Checks across one LA's files and years, then de-duplication: newest year wins per natural key, and
// per span it covers (newer-year-overlaps.ts).
import {CORE_TABLES, NATURAL_KEYS, REQUIRED_TABLES, type CoreTable} from "./tables.js";
import {textOf, type AcceptedRow, type ParsedFile} from "./read-file.js";
import type {DrnMap} from "./drn-categories.js";
import type {QualityRow, TableCount} from "./report.js";
import {SPAN_TABLES, supersedeOverlapped, type SpanTable} from "./newer-year-overlaps.js";

export interface LaResult {
  clean: Record<CoreTable, AcceptedRow[]>;   // the rows that won, with their file and line
  counts: TableCount[];
}

type Candidate = AcceptedRow;

const keyOf = (table: CoreTable, row: Record<string, unknown>) => NATURAL_KEYS[table].map((k) => String(row[k])).join("\u0000");

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

  const candidates = {} as Record<CoreTable, Candidate[]>;
  for (const table of CORE_TABLES) {
    candidates[table] = files
      .filter((f) => f.table === table)
      .flatMap((source) => source.accepted);
  }

  // The same key twice in one file cannot be resolved by year: the later line is rejected.
  for (const table of CORE_TABLES) {
    const seen = new Map<string, Candidate>();
    for (const c of candidates[table]) {
      const key = `${c.source.meta.file}\u0000${keyOf(table, c.row)}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, c);
        continue;
      }
      const column = KEY_COLUMN[table];
      if (table === "header") reject(c, "header_duplicate_child", "CHILD", `CHILD '${textOf(c, "CHILD")}' appears twice in the header (first at line ${first.line})`);
      else reject(c, "duplicate_key", column, `the same ${NATURAL_KEYS[table].join(" + ")} appears twice in this file (first at line ${first.line})`);
    }
  }

  // Newest year wins; an older copy that differs is reported so a change is never silent.
  const winners = {} as Record<CoreTable, Candidate[]>;
  for (const table of CORE_TABLES) {
    const best = new Map<string, Candidate>();
    const live = candidates[table].filter((c) => !c.rejected).sort((a, b) => b.source.meta.year - a.source.meta.year);
    for (const c of live) {
      const key = keyOf(table, c.row);
      const winner = best.get(key);
      if (!winner) {
        best.set(key, c);
        continue;
      }
      c.superseded = true;
      const changed = Object.keys(c.row).filter((k) => c.row[k as keyof typeof c.row] !== winner.row[k as keyof typeof winner.row]);
      if (changed.length) {
        const column = changed[0]!.toUpperCase();
        quality.push({la, year: c.source.meta.year, file: c.source.meta.file, line: c.line, column: changed.map((k) => k.toUpperCase()).join(","),
          value: textOf(c, column), rule: "superseded_by_newer_year", severity: "info",
          message: `replaced by ${winner.source.meta.file} line ${winner.line}, which differs in ${changed.join(", ")}`, level: "row"});
      }
    }
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
  const byChild = new Map<string, Candidate[]>();
  for (const c of winners.episodes) {
    const key = `${c.row.child}\u0000${c.source.meta.year}`;
    const list = byChild.get(key) ?? [];
    list.push(c);
    byChild.set(key, list);
  }
  for (const list of byChild.values()) {
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
