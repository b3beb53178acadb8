// One council's ingest, the unit the warehouse build runs in parallel and caches: every file of the
// council's years read and validated, the checks across its years, and its rows written as CSV files
// for the main thread to load. Nothing here touches DuckDB, so it runs in a worker thread; and nothing
// looks beyond the council (checkLa sees one LA), so councils are independent of each other.
import {mkdirSync} from "node:fs";
import {basename, join} from "node:path";
import {rawColumnNames, readCsvFile, scanColumns, type ParsedFile} from "../ingest/read-file.js";
import {checkLa} from "../ingest/la-checks.js";
import {readDrnMap} from "../ingest/drn-categories.js";
import {CORE_TABLES, recognise, type CoreTable} from "../ingest/tables.js";
import type {FileRow, QualityRow, TableCount} from "../ingest/report.js";
import {CsvWriter, type Column} from "./write.js";

export interface CouncilJob {
  input: string;
  la: string;
  folders: {year: number; csvFiles: string[]}[];   // in year order, files relative to the input
  drnMapPath: string;
  cleanColumns: Record<CoreTable, Column[]>;        // the clean tables' columns, in table order
  outDir: string;                                   // where the council's CSV files go (created)
}

/** A council's ingest: its part of the report, and where its rows are. Plain data, so it crosses threads and is cached as JSON. */
export interface CouncilShard {
  la: string;
  files: FileRow[];
  counts: TableCount[];
  quality: QualityRow[];
  // raw.<table>: each file with a header of its own columns (a council's files may add columns).
  raw: {table: string; columns: string[]; file: string; rows: number}[];
  clean: {table: CoreTable; file: string; rows: number}[];   // headerless, in cleanColumns order
}

const RAW_KEYS = ["la", "year", "file", "line"];

export function ingestCouncil(job: CouncilJob): CouncilShard {
  const {input, la} = job;
  mkdirSync(job.outDir, {recursive: true});
  const quality: QualityRow[] = [];
  // The map's own problems are reported once, by the main thread.
  const {map: drnMap} = readDrnMap(job.drnMapPath);

  const parsed: ParsedFile[] = [];
  for (const folder of job.folders) {
    for (const file of folder.csvFiles) parsed.push(readCsvFile(input, la, folder.year, file, quality));
  }
  const result = checkLa(la, job.folders.map((f) => f.year), parsed, drnMap, quality);

  const raw: CouncilShard["raw"] = [];
  for (const [table, columns] of rawColumns(input, job.folders.flatMap((f) => f.csvFiles))) {
    const file = join(job.outDir, `raw.${table}.csv`);
    const writer = new CsvWriter(file, [...RAW_KEYS, ...columns]);
    for (const source of parsed) {
      if (source.meta.status !== "rejected" && source.meta.table_name === table) writeRaw(writer, columns, source);
    }
    writer.close();
    raw.push({table, columns, file: basename(file), rows: writer.rows});
  }

  const clean: CouncilShard["clean"] = [];
  for (const table of CORE_TABLES) {
    const file = join(job.outDir, `clean.${table}.csv`);
    const writer = new CsvWriter(file);
    const names = job.cleanColumns[table].map((c) => c.name);
    for (const c of result.clean[table]) {
      const row = c.row as Record<string, unknown>;
      const values: unknown[] = [];
      for (const name of names) {
        values.push(name === "la" ? la : name === "year" ? c.source.meta.year : name === "file" ? c.source.meta.file : name === "line" ? c.line : row[name]);
      }
      writer.add(values);
    }
    writer.close();
    clean.push({table, file: basename(file), rows: writer.rows});
  }
  return {la, files: parsed.map((p) => p.meta), counts: result.counts, quality, raw, clean};
}

/**
 * The raw columns of each table this council's files hold, in the order they first appear. Read from
 * every recognisable header, rejected files' too, so the raw tables' shape depends on the files alone.
 */
function rawColumns(input: string, csvFiles: string[]): Map<string, string[]> {
  const byTable = new Map<string, string[]>();
  for (const file of csvFiles) {
    const upper = scanColumns(join(input, file));
    if (!upper) continue;
    const recognition = recognise(basename(file), upper);
    if (!recognition) continue;
    const list = byTable.get(recognition.spec.name) ?? [];
    for (const c of rawColumnNames(upper)) if (!list.includes(c) && !RAW_KEYS.includes(c)) list.push(c);
    byTable.set(recognition.spec.name, list);
  }
  return byTable;
}

function writeRaw(writer: CsvWriter, columns: string[], file: ParsedFile): void {
  const positions = columns.map((c) => file.columns.indexOf(c));
  const {la, year} = file.meta;
  for (const record of file.records) {
    const values: unknown[] = [la, year, file.meta.file, record.line];
    for (const p of positions) values.push(p < 0 ? null : (record.fields[p] ?? null));
    writer.add(values);
  }
}
