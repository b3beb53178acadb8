// Builds the warehouse from an input folder of extracts. The database is built in a temp file
// beside the target and renamed into place only when no file-level error was found, so a failed
// load leaves the previous warehouse exactly as it was.
import {mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, dirname, join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {discover} from "../ingest/discover.js";
import {rawColumnNames, readCsvFile, scanColumns, type ParsedFile} from "../ingest/read-file.js";
import {checkLa} from "../ingest/la-checks.js";
import {readDrnMap} from "../ingest/drn-categories.js";
import {CORE_TABLES, recognise, type CoreTable} from "../ingest/tables.js";
import {IngestReport, totals, type FileRow, type QualityRow, type TableCount} from "../ingest/report.js";
import {TableSink, quoteIdent, tableColumns} from "./write.js";
import {loadReference, defaultReferenceDir} from "./reference.js";

const here = dirname(fileURLToPath(import.meta.url));
export const projectRoot = resolve(here, "..", "..");
export const defaultDb = join(projectRoot, "data", "warehouse.duckdb");

export interface IngestOptions {
  referenceDir?: string;   // default data/reference
  drnMapPath?: string;     // default <referenceDir>/drn-category-map.csv
}

/**
 * Creates the warehouse tables in an empty database and loads the input folder into them.
 * Returns the report; `ok` is false when any file-level error was found (the data written is then
 * incomplete and the caller must discard it, as buildWarehouse does).
 */
export async function ingestInto(conn: DuckDBConnection, input: string, options: IngestOptions = {}): Promise<IngestReport> {
  const referenceDir = options.referenceDir ?? defaultReferenceDir;
  await conn.run(readFileSync(join(here, "schema.sql"), "utf8"));
  await loadReference(conn, referenceDir);

  const quality: QualityRow[] = [];
  const mapPath = options.drnMapPath ?? join(referenceDir, "drn-category-map.csv");
  const {map: drnMap, problems} = readDrnMap(mapPath);
  for (const p of problems) {
    quality.push({la: null, year: null, file: relative(projectRoot, mapPath) || mapPath, line: p.line, column: p.column, value: p.value,
      rule: "drn_map_invalid", severity: "error", message: p.message, level: "file"});
  }

  const found = discover(input);
  quality.push(...found.quality);
  const scratch = mkdtempSync(join(tmpdir(), "cic-ingest-"));
  try {
    const rawSinks = await prepareRawTables(conn, input, found.collections.flatMap((c) => c.csvFiles), scratch);
    const cleanSinks = new Map<CoreTable, TableSink>();
    for (const table of CORE_TABLES) cleanSinks.set(table, new TableSink(scratch, "clean", table, await tableColumns(conn, "clean", table)));

    const files: FileRow[] = [];
    const counts: TableCount[] = [];
    for (const la of [...new Set(found.collections.map((c) => c.la))]) {
      // One LA at a time keeps memory to one LA's history, however many LAs the input holds.
      const folders = found.collections.filter((c) => c.la === la);
      const parsed: ParsedFile[] = [];
      for (const folder of folders) {
        for (const file of folder.csvFiles) parsed.push(readCsvFile(input, la, folder.year, file, quality));
      }
      const result = checkLa(la, folders.map((f) => f.year), parsed, drnMap, quality);
      for (const file of parsed) {
        files.push(file.meta);
        const sink = file.meta.table_name ? rawSinks.get(file.meta.table_name) : undefined;
        if (file.meta.status !== "rejected" && sink) addRaw(sink, file);
      }
      for (const table of CORE_TABLES) {
        const sink = cleanSinks.get(table)!;
        const names = sink.columns.map((c) => c.name);
        for (const c of result.clean[table]) {
          const row = c.row as Record<string, unknown>;
          const values: unknown[] = [];
          for (const name of names) {
            values.push(name === "la" ? la : name === "year" ? c.source.meta.year : name === "file" ? c.source.meta.file : name === "line" ? c.line : row[name]);
          }
          sink.add(values);
        }
      }
      counts.push(...result.counts);
    }
    const collections = found.collections.map(({la, year, folder}) => ({la, year, folder}));
    const meta = {
      collections: new TableSink(scratch, "meta", "collections", await tableColumns(conn, "meta", "collections")),
      files: new TableSink(scratch, "meta", "files", await tableColumns(conn, "meta", "files")),
      quality: new TableSink(scratch, "meta", "quality", await tableColumns(conn, "meta", "quality"))
    };
    collections.forEach((c) => meta.collections.addObject(c));
    files.forEach((f) => meta.files.addObject(f));
    quality.forEach((q) => meta.quality.addObject(q));
    for (const sink of [...rawSinks.values(), ...cleanSinks.values(), ...Object.values(meta)]) await sink.load(conn);

    const t = totals(quality);
    return IngestReport.parse({
      ok: t.fatal === 0, generated: new Date().toISOString(), input, db: null,
      collections, files, tables: counts, quality, totals: t
    });
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
}

/**
 * raw.<table> holds every column any file of that table has, so the header of every file is read
 * first and the tables widened before any row is written.
 */
async function prepareRawTables(conn: DuckDBConnection, input: string, csvFiles: string[], scratch: string): Promise<Map<string, TableSink>> {
  const columnsByTable = new Map<string, Set<string>>();
  for (const file of csvFiles) {
    const upper = scanColumns(join(input, file));
    if (!upper) continue;
    const recognition = recognise(basename(file), upper);
    if (!recognition) continue;
    const set = columnsByTable.get(recognition.spec.name) ?? new Set();
    rawColumnNames(upper).forEach((c) => set.add(c));
    columnsByTable.set(recognition.spec.name, set);
  }
  const sinks = new Map<string, TableSink>();
  for (const [table, wanted] of columnsByTable) {
    await conn.run(`CREATE TABLE IF NOT EXISTS raw.${quoteIdent(table)} (la VARCHAR, year INTEGER, file VARCHAR, line INTEGER)`);
    const existing = new Set((await tableColumns(conn, "raw", table)).map((c) => c.name));
    for (const column of wanted) {
      if (!existing.has(column)) await conn.run(`ALTER TABLE raw.${quoteIdent(table)} ADD COLUMN ${quoteIdent(column)} VARCHAR`);
    }
    sinks.set(table, new TableSink(scratch, "raw", table, await tableColumns(conn, "raw", table)));
  }
  return sinks;
}

function addRaw(sink: TableSink, file: ParsedFile): void {
  const positions = sink.columns.map((c) => file.columns.indexOf(c.name));
  const {la, year} = file.meta;
  const names = sink.columns.map((c) => c.name);
  for (const record of file.records) {
    const values: unknown[] = [];
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const p = positions[i]!;
      values.push(name === "la" ? la : name === "year" ? year : name === "file" ? file.meta.file : name === "line" ? record.line
        : p < 0 ? null : (record.fields[p] ?? null));
    }
    sink.add(values);
  }
}

export interface BuildOptions extends IngestOptions {
  input: string;
  db?: string;             // default data/warehouse.duckdb
  reportPath?: string;     // JSON report, written whether or not the load succeeded
}

export async function buildWarehouse(options: BuildOptions): Promise<IngestReport> {
  const db = resolve(options.db ?? defaultDb);
  mkdirSync(dirname(db), {recursive: true});
  const temp = `${db}.tmp-${process.pid}-${Date.now()}`;
  const cleanup = () => {
    for (const path of [temp, `${temp}.wal`]) rmSync(path, {force: true});
  };
  let report: IngestReport;
  try {
    const instance = await DuckDBInstance.create(temp);
    try {
      const conn = await instance.connect();
      try {
        report = await ingestInto(conn, options.input, options);
        // Fold the write-ahead log into the file so the renamed file is complete on its own.
        await conn.run("CHECKPOINT");
      } finally {
        conn.closeSync();
      }
    } finally {
      instance.closeSync();
    }
    if (report.ok) {
      // A stale WAL beside the old warehouse would be replayed into the new one.
      rmSync(`${db}.wal`, {force: true});
      renameSync(temp, db);
      report = {...report, db};
    }
  } finally {
    cleanup();
  }
  if (options.reportPath) {
    mkdirSync(dirname(resolve(options.reportPath)), {recursive: true});
    writeFileSync(options.reportPath, JSON.stringify(report, null, 2));
  }
  return report;
}

