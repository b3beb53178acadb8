// The ingest report: what meta.files / meta.quality hold, plus per-table counts, as JSON.
import {z} from "zod";

export const Severity = z.enum(["error", "warning", "info"]);

export const QualityRow = z.object({
  la: z.string().nullable(),
  year: z.number().int().nullable(),
  file: z.string(),                 // relative to the input folder
  line: z.number().int().nullable(),// null for a file-level problem
  column: z.string().nullable(),
  value: z.string().nullable(),
  rule: z.string(),
  severity: Severity,
  message: z.string(),
  level: z.enum(["row", "file"])    // an 'error' at file level fails the whole load
});
export type QualityRow = z.infer<typeof QualityRow>;

export const FileRow = z.object({
  la: z.string(),
  year: z.number().int(),
  file: z.string(),
  table_name: z.string().nullable(),
  recognised_by: z.enum(["name", "columns"]).nullable(),
  status: z.enum(["loaded", "rejected", "raw_only"]),
  rows_read: z.number().int(),
  rows_loaded: z.number().int(),    // passed validation (a copy later superseded by a newer year still counts); raw_only: rows into raw
  rows_rejected: z.number().int()
});
export type FileRow = z.infer<typeof FileRow>;

export const TableCount = z.object({
  la: z.string(),
  year: z.number().int(),
  table: z.string(),
  rows_read: z.number().int(),
  rows_loaded: z.number().int(),
  rows_rejected: z.number().int(),
  rows_superseded: z.number().int() // valid, but a newer year's copy of the same key won
});
export type TableCount = z.infer<typeof TableCount>;

export const IngestReport = z.object({
  ok: z.boolean(),                  // false when any file-level error: the warehouse was not replaced
  generated: z.string(),
  input: z.string(),
  db: z.string().nullable(),
  collections: z.array(z.object({la: z.string(), year: z.number().int(), folder: z.string()})),
  files: z.array(FileRow),
  tables: z.array(TableCount),
  quality: z.array(QualityRow),
  totals: z.object({errors: z.number().int(), warnings: z.number().int(), info: z.number().int(), fatal: z.number().int()})
});
export type IngestReport = z.infer<typeof IngestReport>;

export function totals(quality: QualityRow[]): IngestReport["totals"] {
  const count = (s: string) => quality.filter((q) => q.severity === s).length;
  return {
    errors: count("error"), warnings: count("warning"), info: count("info"),
    fatal: quality.filter((q) => q.severity === "error" && q.level === "file").length
  };
}

/** The CLI's summary: files, rows per table and LA-year, and the first problems with reasons. */
export function formatSummary(report: IngestReport, firstN = 20): string {
  const out: string[] = [];
  out.push(`Input ${report.input}: ${report.collections.length} LA-year(s), ${report.files.length} file(s)`);
  const header = ["la", "year", "table", "read", "loaded", "rejected", "superseded"];
  const rows = report.tables.map((t) => [t.la, String(t.year), t.table, String(t.rows_read), String(t.rows_loaded), String(t.rows_rejected), String(t.rows_superseded)]);
  out.push(...table([header, ...rows]));
  const raw = report.files.filter((f) => f.status === "raw_only");
  if (raw.length) out.push(`Loaded raw only (not used yet): ${raw.map((f) => f.file).join(", ")}`);
  const t = report.totals;
  out.push(`Problems: ${t.errors} error(s) (${t.fatal} file-level), ${t.warnings} warning(s), ${t.info} info`);
  const byRule = new Map<string, {q: QualityRow; n: number}>();
  for (const q of report.quality) {
    const key = `${q.severity} ${q.rule}`;
    const entry = byRule.get(key);
    if (entry) entry.n++;
    else byRule.set(key, {q, n: 1});
  }
  if (byRule.size) out.push("By rule (count, first example):");
  for (const [key, {q, n}] of [...byRule].sort((a, b) => rank(a[1].q) - rank(b[1].q) || b[1].n - a[1].n)) {
    out.push(`  ${key.padEnd(36)} ${String(n).padStart(7)}  ${where(q)}`);
  }
  out.push(`First ${Math.min(firstN, report.quality.length)} problem(s):`);
  const shown = [...report.quality].sort((a, b) => rank(a) - rank(b)).slice(0, firstN);
  for (const q of shown) {
    out.push(`  ${q.severity.padEnd(7)} ${q.rule.padEnd(26)} ${where(q)}`);
  }
  if (report.quality.length > shown.length) out.push(`  ... and ${report.quality.length - shown.length} more in the report`);
  out.push(report.ok ? `Warehouse written: ${report.db}` : "FAILED: file-level errors above; the warehouse was not replaced");
  return out.join("\n");
}

function where(q: QualityRow): string {
  const at = [q.file, q.line !== null ? `line ${q.line}` : null, q.column].filter(Boolean).join(":");
  return `${at}${q.value !== null ? ` '${q.value}'` : ""} - ${q.message}`;
}

function rank(q: QualityRow): number {
  return (q.level === "file" && q.severity === "error" ? 0 : 1) * 10 + ["error", "warning", "info"].indexOf(q.severity);
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => "  " + r.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "));
}
