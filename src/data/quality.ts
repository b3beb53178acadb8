// The Data quality page's file: what the ingest loaded (meta.files) and what it rejected or flagged and
// why (meta.quality), summarised per LA-year. In the public build a problem's value is shown only when
// it is a code or a number in a column that holds neither an identifier nor a date, and the ingest's own
// message (which quotes child ids and dates) is replaced by the rule's plain meaning.
import {z} from "zod";
import {FileRow, QualityRow, Severity} from "../../loaders/ingest/report.js";

export {FileRow, QualityRow};

// The rules of docs/input-rules.md in plain words, for a councillor reading the page.
export const ruleMeanings: Record<string, string> = {
  input_empty: "No council or year folders were found",
  file_missing_required: "A required file (header, episodes or reviews) is missing for the year",
  file_not_csv: "The file is not a CSV file (perhaps a spreadsheet saved with a .csv name)",
  file_not_utf8: "The file is not saved as UTF-8 text",
  file_empty: "The file is empty",
  column_missing: "A required column is missing",
  column_duplicate: "A column appears twice",
  table_duplicate_file: "Two files hold the same table for the year",
  drn_map_invalid: "The dispute category map names a category that does not exist",
  file_unrecognised: "The file matches no known table, so it was not loaded",
  file_no_rows: "The file has a header but no rows",
  folder_unrecognised: "A folder is not a collection year, so it was skipped",
  table_not_used_yet: "A table loaded for the record but not used by any figure yet",
  file_ignored: "Not a CSV file, so skipped",
  row_field_count: "The row has a different number of fields from the header",
  value_missing: "A value that must be filled in is blank",
  date_unparseable: "A date is not written as a date",
  date_two_digit_year: "A date has a two-digit year",
  date_impossible: "A date does not exist (such as 31 September)",
  code_unknown: "A code is not one of the allowed codes",
  code_invalid_for_year: "A code is not allowed in that year's return",
  number_invalid: "A number is not a number",
  number_out_of_range: "A number is outside the allowed range",
  dec_before_decom: "An episode ends before it starts",
  end_before_start: "Something ends before it starts",
  rec_without_dec: "A reason for leaving is given without an end date",
  dec_without_rec: "An end date is given without a reason for leaving",
  review_before_dob: "A review is dated before the child was born",
  header_duplicate_child: "The same child appears twice in the header file",
  duplicate_key: "The same record appears twice in the file",
  child_not_in_header: "A record is for a child missing from the header file",
  episode_overlap: "Two of a child's episodes of care overlap",
  open_episode_rec_x1: "An open episode had a reason for leaving; it was treated as open",
  date_after_year_end: "A date falls after the end of the return's year; it was kept",
  drn_category_unmapped: "A dispute category is not mapped to a standard category; counted as other",
  superseded_by_newer_year: "A record was replaced by a newer year's copy that differs",
  // One row per pair of files, so the page's count is of files, not records.
  closed_in_newer_year: "A year's file had records still open that a later year's file closed; the later copies were used",
  overlap_superseded_by_newer_year: "An older year's record overlapped a newer year's, so the newer year's was used"
};

// Rules whose value is a code or a number, never an identifier or a date.
const valueRules = new Set(["code_unknown", "code_invalid_for_year", "number_invalid", "number_out_of_range"]);
// Columns that hold identifiers, dates of birth, postcodes or free text: their values are never published.
const privateColumns = new Set(["CHILD", "UPN", "SW_ID", "IRO_ID", "DRN_ID", "URN", "MOTHER", "DOB", "MC_DOB", "PL_POST", "HOME_POST", "CATEGORY"]);

/** The value of a problem as the public page may show it, or null (redacted). */
export function publicValue(q: Pick<QualityRow, "rule" | "column" | "value">): string | null {
  if (!q.value || !valueRules.has(q.rule)) return null;
  if (!q.column || privateColumns.has(q.column.toUpperCase())) return null;
  // Codes and numbers are short and plain; anything else (a pasted id, a date) is not shown.
  return /^[A-Za-z0-9.+-]{1,8}$/.test(q.value) && !/^\d{5,}$/.test(q.value) ? q.value : null;
}

export const QualityFile = z.object({
  generated: z.string(),
  analyst: z.boolean(),
  source: z.enum(["warehouse", "ingest report"]).nullable(),   // null: this build has no record of its input
  files: z.array(z.object({
    la: z.string(), year: z.string(), file: z.string(), table: z.string().nullable(), status: FileRow.shape.status,
    rows_read: z.number().int(), rows_loaded: z.number().int(), rows_rejected: z.number().int()
  })),
  rules: z.array(z.object({
    la: z.string().nullable(), year: z.string().nullable(), rule: z.string(), severity: Severity, count: z.number().int(), meaning: z.string()
  })),
  examples: z.array(z.object({
    la: z.string().nullable(), year: z.string().nullable(), rule: z.string(), severity: Severity,
    file: z.string(), line: z.number().int().nullable(), column: z.string().nullable(),
    value: z.string().nullable(),      // null: none, or withheld in the public build
    redacted: z.boolean(),             // a value existed but is withheld
    message: z.string()
  }))
});
export type QualityFile = z.infer<typeof QualityFile>;

/** 2025 -> '2024-25' (meta's collection year is the year it ends). */
export function yearLabel(year: number | null): string | null {
  return year === null ? null : `${year - 1}-${String(year % 100).padStart(2, "0")}`;
}

const severityOrder = ["error", "warning", "info"];

/** Summarise the ingest's record. `examplesPer`: how many problems to show for each LA, year and rule. */
export function summariseQuality(input: {files: FileRow[]; quality: QualityRow[]; analyst: boolean; generated: string; source: QualityFile["source"]; examplesPer?: number}): QualityFile {
  const per = input.examplesPer ?? 3;
  const files = [...input.files]
    .sort((a, b) => a.la.localeCompare(b.la) || a.year - b.year || a.file.localeCompare(b.file))
    .map((f) => ({la: f.la, year: yearLabel(f.year)!, file: f.file, table: f.table_name, status: f.status,
      rows_read: f.rows_read, rows_loaded: f.rows_loaded, rows_rejected: f.rows_rejected}));
  const sorted = [...input.quality].sort((a, b) =>
    (a.la ?? "").localeCompare(b.la ?? "") || (a.year ?? 0) - (b.year ?? 0) ||
    severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) || a.rule.localeCompare(b.rule) ||
    a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const rules = new Map<string, QualityFile["rules"][number]>();
  const examples: QualityFile["examples"] = [];
  for (const q of sorted) {
    const key = `${q.la}|${q.year}|${q.rule}|${q.severity}`;
    const meaning = ruleMeanings[q.rule] ?? q.rule.replace(/_/g, " ");
    const entry = rules.get(key) ?? {la: q.la, year: yearLabel(q.year), rule: q.rule, severity: q.severity, count: 0, meaning};
    entry.count++;
    rules.set(key, entry);
    if (entry.count > per) continue;
    // The analyst build is pseudonymised too (disclosure.md: no ids, month and year of birth only), so both
    // builds show a value only where it is a code or a number; the ingest's JSON report has the rest.
    const value = publicValue(q);
    examples.push({
      la: q.la, year: yearLabel(q.year), rule: q.rule, severity: q.severity, file: q.file, line: q.line, column: q.column,
      value: value || null, redacted: Boolean(q.value) && !value,
      // The ingest's message quotes ids and dates: described in plain words instead.
      message: `${meaning}${q.column ? ` (column ${q.column})` : ""}.`
    });
  }
  return QualityFile.parse({generated: input.generated, analyst: input.analyst, source: input.source, files, rules: [...rules.values()], examples});
}
