// Reads one CSV of an LA-year: file-level checks, recognition, then every row through its zod schema.
import {closeSync, openSync, readFileSync, readSync} from "node:fs";
import {join, basename} from "node:path";
import {decodeUtf8, notCsvReason, parseCsv, type CsvRecord} from "./csv.js";
import {recognise, CORE_SPECS, type CoreTable, type Recognition} from "./tables.js";
import {validatorFor, type AnyCleanRow} from "./schemas.js";
import {rowWarnings} from "./row-warnings.js";
import type {FileRow, QualityRow} from "./report.js";

export interface AcceptedRow {
  line: number;
  row: AnyCleanRow & Record<string, unknown>;
  fields: string[];               // the record as read, for reporting values (see textOf)
  source: ParsedFile;
  rejected: boolean;              // by a check across rows (la-checks.ts)
  superseded: boolean;            // a newer year's copy of the same key won
}

export interface ParsedFile {
  meta: FileRow;
  columns: string[];              // raw-layer column names, lower case, in file order
  index: Map<string, number>;     // upper-case column name -> field position
  records: CsvRecord[];           // every row as read (raw layer)
  table: CoreTable | null;        // set for the tables that load into clean
  accepted: AcceptedRow[];
}

export function readCsvFile(input: string, la: string, year: number, file: string, quality: QualityRow[]): ParsedFile {
  const meta: FileRow = {la, year, file, table_name: null, recognised_by: null, status: "rejected", rows_read: 0, rows_loaded: 0, rows_rejected: 0};
  const parsed: ParsedFile = {meta, columns: [], index: new Map(), records: [], table: null, accepted: []};
  const fileProblem = (rule: string, message: string, column: string | null = null, severity: QualityRow["severity"] = "error") =>
    quality.push({la, year, file, line: null, column, value: null, rule, severity, message, level: "file"});

  // Named for a table even when unreadable, so it is not also reported as a missing table.
  const byName = recognise(basename(file), []);
  meta.table_name = byName?.spec.name ?? null;
  meta.recognised_by = byName ? "name" : null;

  const bytes = readFileSync(join(input, file));
  const binary = notCsvReason(bytes);
  if (binary) {
    fileProblem("file_not_csv", `${file} is not a CSV file: ${binary}`);
    return parsed;
  }
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch {
    fileProblem("file_not_utf8", `${file} is not UTF-8 text; save it as CSV UTF-8`);
    return parsed;
  }
  const csv = parseCsv(text);
  if (csv.header.length === 0) {
    fileProblem("file_empty", `${file} is empty: no header row`);
    return parsed;
  }
  const upper = csv.header.map((h, i) => (h === "" ? `COLUMN_${i + 1}` : h.toUpperCase()));
  const duplicate = upper.find((h, i) => upper.indexOf(h) !== i);
  if (duplicate) {
    fileProblem("column_duplicate", `${file} has the column ${duplicate} twice`, duplicate);
    return parsed;
  }
  parsed.columns = rawColumnNames(upper);
  parsed.index = new Map(upper.map((h, i) => [h, i]));
  parsed.records = csv.records;
  meta.rows_read = csv.records.length;

  const recognition: Recognition | null = recognise(basename(file), upper);
  if (!recognition) {
    fileProblem("file_unrecognised", `${file}: neither its name nor its columns (${upper.join(", ")}) match a 903 or IRO table; not loaded`, null, "warning");
    meta.rows_rejected = meta.rows_read;
    return parsed;
  }
  meta.table_name = recognition.spec.name;
  meta.recognised_by = recognition.by;
  const missing = recognition.spec.required.filter((c) => !upper.includes(c));
  if (missing.length) {
    for (const column of missing) {
      fileProblem("column_missing", `${file} (${recognition.spec.name}) has no ${column} column`, column);
    }
    meta.rows_rejected = meta.rows_read;
    return parsed;
  }
  if (!(recognition.spec.name in CORE_SPECS)) {
    meta.status = "raw_only";
    meta.rows_loaded = meta.rows_read;   // into raw: nothing of it reaches clean
    fileProblem("table_not_used_yet", `${file} (${recognition.spec.name}) is loaded raw only: not used yet`, null, "info");
    return parsed;
  }
  const table = recognition.spec.name as CoreTable;
  parsed.table = table;
  meta.status = "loaded";
  if (meta.rows_read === 0) fileProblem("file_no_rows", `${file} has a header but no rows`, null, "warning");

  const validator = validatorFor(table, year);
  const knownColumns = CORE_SPECS[table].columns.filter((c) => upper.includes(c));
  const knownAt = knownColumns.map((c) => upper.indexOf(c));
  const problem = (line: number, rule: string, message: string, column: string | null, value: string | null, severity: QualityRow["severity"] = "error") =>
    quality.push({la, year, file, line, column, value, rule, severity, message, level: "row"});
  // One object for every row: the conversion and the warnings only read it, and zod copies it.
  const fields: Record<string, string> = {};
  for (const record of csv.records) {
    const f = record.fields;
    // Spreadsheets often add empty trailing cells; only non-empty extras make a row malformed.
    if (f.length < upper.length || (f.length > upper.length && f.slice(upper.length).some((v) => v.trim() !== ""))) {
      problem(record.line, "row_field_count", `row has ${f.length} fields, the header has ${upper.length}`, null, String(f.length));
      meta.rows_rejected++;
      continue;
    }
    for (let k = 0; k < knownColumns.length; k++) fields[knownColumns[k]!] = f[knownAt[k]!]!.trim();
    let row = validator.tryConvert(fields);
    if (row === null) {
      // A row with a problem goes through zod, whose issues name each problem's rule and column.
      const result = validator.schema.safeParse(fields);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const column = issue.path.length ? String(issue.path[0]) : null;
          const rule = (issue as {params?: {rule?: string}}).params?.rule ?? "value_invalid";
          problem(record.line, rule, issue.message, column, column ? (fields[column] ?? "") : null);
        }
        meta.rows_rejected++;
        continue;
      }
      row = result.data;
    }
    const warnings = rowWarnings(table, year, row, fields);
    for (const w of warnings) problem(record.line, w.rule, w.message, w.column, w.value, w.severity);
    parsed.accepted.push({line: record.line, row, fields: f, source: parsed, rejected: false, superseded: false});
  }
  meta.rows_loaded = parsed.accepted.length;
  return parsed;
}

/** The field of an accepted row under a 903 column name, as read (trimmed). */
export function textOf(row: AcceptedRow, column: string): string | null {
  const i = row.source.index.get(column);
  return i === undefined ? null : (row.fields[i] ?? "").trim();
}

export function rawColumnNames(upper: string[]): string[] {
  return upper.map((h) => h.toLowerCase().replace(/[^a-z0-9_]/g, "_"));
}

/** The column names of a CSV from its first line only, or null when it cannot be read as CSV. */
export function scanColumns(path: string): string[] | null {
  const fd = openSync(path, "r");
  try {
    // 64 KB (what notCsvReason inspects) nearly always holds the header; read more, up to 1 MB, only when
    // it does not. Reading and splitting 1 MB of every file was 15% of a national ingest (bench/findings.md).
    for (let size = 1 << 16; ; size *= 16) {
      const buffer = Buffer.alloc(size);
      const bytes = buffer.subarray(0, readSync(fd, buffer, 0, size, 0));
      if (notCsvReason(bytes)) return null;
      let text = new TextDecoder("utf-8").decode(bytes);
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const whole = bytes.length < size || size >= 1 << 20;
      const line = firstNonBlankLine(text, whole);
      if (line === undefined) continue;
      const header = parseCsv(line ?? "").header;
      return header.length ? header.map((h, i) => (h === "" ? `COLUMN_${i + 1}` : h.toUpperCase())) : null;
    }
  } finally {
    closeSync(fd);
  }
}

/** The first line with anything but spaces; null when there is none; undefined when more text is needed to tell. */
function firstNonBlankLine(text: string, whole: boolean): string | null | undefined {
  const end = /\r?\n|\r/g;
  let start = 0;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const line = text.slice(start, m.index);
    if (line.trim() !== "") return line;
    start = end.lastIndex;
  }
  if (!whole) return undefined;
  const last = text.slice(start);
  return last.trim() !== "" ? last : null;
}
