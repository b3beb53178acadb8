// The Data quality page's tables: what was loaded, what was rejected or flagged and why, with examples.
// Works on the QualityFile of src/data/quality.ts (types only: zod stays out of the browser).
import type {QualityFile} from "../data/quality.js";
import {formatCount} from "./format.js";
import {listText} from "./year-gaps.js";

export type {QualityFile};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export interface LoadSummary { las: number; years: number; files: number; read: number; loaded: number; rejected: number; errors: number; warnings: number; info: number }

/** Totals over the files and problems chosen. Pure. */
export function loadSummary(q: Pick<QualityFile, "files" | "rules">): LoadSummary {
  const sum = (f: (x: QualityFile["files"][number]) => number) => q.files.reduce((s, x) => s + f(x), 0);
  const count = (severity: string) => q.rules.filter((r) => r.severity === severity).reduce((s, r) => s + r.count, 0);
  return {
    las: new Set(q.files.map((f) => f.la)).size, years: new Set(q.files.map((f) => f.year)).size, files: q.files.length,
    read: sum((f) => f.rows_read), loaded: sum((f) => f.rows_loaded), rejected: sum((f) => f.rows_rejected),
    errors: count("error"), warnings: count("warning"), info: count("info")
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** "The 144 files for 2 councils over 10 years held 1,234 rows: all were loaded." Pure. */
export function qualityHeadline(s: LoadSummary): string {
  if (!s.files) return "This build has no record of which files were loaded.";
  const lead = `The ${plural(s.files, "file")} for ${plural(s.las, "council")} over ${plural(s.years, "year")} held ${plural(s.read, "row")}`;
  const outcome = s.rejected === 0 ? "every one was loaded" : `${formatCount(s.loaded)} were loaded and ${formatCount(s.rejected)} rejected (${s.read ? ((100 * s.rejected) / s.read).toFixed(1) : "0"}%)`;
  const notes = [s.warnings ? plural(s.warnings, "warning") : "", s.info ? `${plural(s.info, "note")} for the record` : ""].filter(Boolean);
  return `${lead}: ${outcome}${notes.length ? `, with ${listText(notes)}` : ""}.`;
}

export function csvOf(header: string[], rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => (v === null ? "" : /[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return `${[header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}

function download(name: string, header: string[], rows: (string | number | null)[][]): HTMLAnchorElement {
  const a = el("a", "Download this table (CSV)");
  a.href = URL.createObjectURL(new Blob([csvOf(header, rows)], {type: "text/csv;charset=utf-8"}));
  a.download = name;
  return a;
}

/** A captioned table with a CSV download; `numeric` names the right-aligned columns. */
export function qualityTable(caption: string, header: string[], rows: (string | number | null)[][], file: string, numeric: string[] = []): HTMLElement {
  const box = el("div", undefined, "cic-panel");
  const scroll = el("div", undefined, "cic-scroll");
  const table = el("table", undefined, "cic-table");
  table.append(el("caption", caption));
  const head = el("tr");
  for (const h of header) {
    const th = el("th", h, numeric.includes(h) ? "num" : undefined);
    th.scope = "col";
    head.append(th);
  }
  table.append(el("thead"), el("tbody"));
  table.tHead!.append(head);
  for (const r of rows) {
    const tr = el("tr");
    r.forEach((v, i) => tr.append(el("td", typeof v === "number" ? formatCount(v) : v ?? "", numeric.includes(header[i]!) ? "num" : undefined)));
    table.tBodies[0]!.append(tr);
  }
  if (!rows.length) {
    const tr = el("tr");
    const td = el("td", "None.");
    td.colSpan = header.length;
    tr.append(td);
    table.tBodies[0]!.append(tr);
  }
  scroll.append(table);
  box.append(scroll, download(file, header, rows));
  return box;
}
