// Across years, the newest file is authoritative for the span it covers: an older year's record whose
// span overlaps one kept from a newer year's file is superseded (and reported), never the newer one rejected.
// Why: each return repeats what was open on 1 April, and case systems re-key a corrected record (a new
// DECOM, or an open episode closed and followed by new ones), so the stale older copy has a different
// natural key and survives de-duplication by key.
import {textOf, type AcceptedRow} from "./read-file.js";
import type {CoreTable} from "./tables.js";
import type {QualityRow} from "./report.js";

interface Span {
  group: string[];        // clean columns: records that cannot overlap share these
  start: string;          // clean column of the start date (ISO text)
  end: string;            // clean column of the end date (ISO text), null while open
  startColumn: string;    // its 903 name, for the report
  what: string;
}

/**
 * The tables whose records are spans keyed by their start date. Social worker and IRO assignments
 * are grouped by worker too: a child may have two workers at once, but one worker's assignment
 * recorded twice with different start dates is the same assignment re-keyed.
 */
export const SPAN_TABLES = {
  episodes: {group: ["child"], start: "decom", end: "dec", startColumn: "DECOM", what: "episode"},
  sw_episodes: {group: ["child", "sw_id"], start: "sw_decom", end: "sw_dec", startColumn: "SW_DECOM", what: "social worker episode"},
  missing: {group: ["child"], start: "mis_start", end: "mis_end", startColumn: "MIS_START", what: "missing/away episode"},
  iro_allocations: {group: ["child", "iro_id"], start: "start_date", end: "end_date", startColumn: "START", what: "IRO allocation"}
} satisfies Partial<Record<CoreTable, Span>>;

export type SpanTable = keyof typeof SPAN_TABLES;

export const OVERLAP_SUPERSEDED = "overlap_superseded_by_newer_year";

const startOf = (span: Span, c: AcceptedRow) => String(c.row[span.start]);
const endOf = (span: Span, c: AcceptedRow) => (c.row[span.end] ?? null) as string | null;

/**
 * An open record is vouched for by its file only to the end of that file's year: past 1 April the next
 * year's return speaks. Without this an episode left open in 2023-24 and simply dropped from 2024-25
 * would be superseded by the child's next period of care, losing 2023-24's care altogether.
 */
const vouchedEnd = (span: Span, c: AcceptedRow) => endOf(span, c) ?? `${c.source.meta.year}-04-01`;

const spanText = (span: Span, c: AcceptedRow) => `${startOf(span, c)} to ${endOf(span, c) ?? "open"}`;

/**
 * `rows` are one LA's rows of the table after de-duplication by key. Works from the newest year back:
 * a row overlapping a row already kept from a newer year is marked superseded and reported as a
 * warning naming both files and lines. Rows of the same year are never compared here (overlaps within
 * one file stay errors, checked afterwards). Returns the rows kept, in their given order.
 */
export function supersedeOverlapped(la: string, table: SpanTable, rows: AcceptedRow[], quality: QualityRow[]): AcceptedRow[] {
  const span: Span = SPAN_TABLES[table];
  const groups = new Map<string, AcceptedRow[]>();
  // Every group is one or two columns; the key is built for every row, so without an array.
  const [g0, g1] = span.group as [string, string?];
  const keyOf = span.group.length === 1 ? (c: AcceptedRow) => String(c.row[g0])
    : span.group.length === 2 ? (c: AcceptedRow) => String(c.row[g0]) + "\u0000" + String(c.row[g1!])
    : (c: AcceptedRow) => span.group.map((k) => String(c.row[k])).join("\u0000");
  for (const c of rows) {
    const key = keyOf(c);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  // Strict overlap below: a span ending on the day the next begins (an X1 change, a handover) does not overlap it.
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => b.source.meta.year - a.source.meta.year);
    // Each row's span once: every row is compared with every newer row kept, and an open end is built as text.
    const starts = group.map((c) => startOf(span, c));
    const ends = group.map((c) => vouchedEnd(span, c));
    const newer: number[] = [];   // positions in group
    let i = 0;
    while (i < group.length) {
      const year = group[i]!.source.meta.year;
      const keptThisYear: number[] = [];
      for (; i < group.length && group[i]!.source.meta.year === year; i++) {
        const c = group[i]!;
        const over: AcceptedRow[] = [];
        for (const n of newer) if (starts[i]! < ends[n]! && starts[n]! < ends[i]!) over.push(group[n]!);
        if (!over.length) {
          keptThisYear.push(i);
          continue;
        }
        c.superseded = true;
        // Name the newest year's earliest overlapping row: the one a reader would look at first.
        over.sort((a, b) => b.source.meta.year - a.source.meta.year || (startOf(span, a) < startOf(span, b) ? -1 : 1));
        const by = over[0]!;
        const more = over.length > 1 ? ` (and ${over.length - 1} more newer-year ${span.what}(s))` : "";
        quality.push({la, year, file: c.source.meta.file, line: c.line, column: span.startColumn, value: textOf(c, span.startColumn),
          rule: OVERLAP_SUPERSEDED, severity: "warning", level: "row",
          message: `${span.what} ${spanText(span, c)} is superseded: it overlaps the ${span.what} ${spanText(span, by)} in ` +
            `${by.source.meta.file} line ${by.line}${more}, and a newer year's file is authoritative for the span it covers`});
      }
      newer.push(...keptThisYear);
    }
  }
  return rows.filter((c) => !c.superseded);
}
