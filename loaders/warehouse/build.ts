// Builds the warehouse from an input folder of extracts. The database is built in a temp file
// beside the target and renamed into place only when no file-level error was found, so a failed
// load leaves the previous warehouse exactly as it was.
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {discover} from "../ingest/discover.js";
import {readDrnMap} from "../ingest/drn-categories.js";
import {CORE_TABLES, type CoreTable} from "../ingest/tables.js";
import {IngestReport, totals, type QualityRow} from "../ingest/report.js";
import {TableSink, loadRaw, loadTyped, quoteIdent, tableColumns, withoutFsst, type Column} from "./write.js";
import type {CouncilJob, CouncilShard} from "./council-ingest.js";
import {ingestCouncils} from "./council-pool.js";
import {baseKey, cachedShard, councilKey, pendingDir, storeShard} from "./council-cache.js";
import {loadReference, defaultReferenceDir} from "./reference.js";

const here = dirname(fileURLToPath(import.meta.url));
export const projectRoot = resolve(here, "..", "..");
export const defaultDb = join(projectRoot, "data", "warehouse.duckdb");

export interface IngestOptions {
  referenceDir?: string;   // default data/reference
  drnMapPath?: string;     // default <referenceDir>/drn-category-map.csv
  workers?: number;        // councils ingested at once (worker threads); default one per core
  cacheDir?: string | null; // reuse councils' ingests whose files have not changed (council-cache.ts); default none
  log?: (message: string) => void;   // progress, with seconds since the start (the CLI's --verbose)
}

/**
 * Creates the warehouse tables in an empty database and loads the input folder into them.
 * Returns the report; `ok` is false when any file-level error was found (the data written is then
 * incomplete and the caller must discard it, as buildWarehouse does).
 */
export async function ingestInto(conn: DuckDBConnection, input: string, options: IngestOptions = {}): Promise<IngestReport> {
  return ingest(conn, input, options, options.cacheDir ? baseKey(options.referenceDir ?? defaultReferenceDir) : "", null);
}

/**
 * `base`: the base key recorded in meta.build ('' without the cache).
 * `previous`: the conn holds an earlier warehouse of the same base key, with these councils' keys; only
 * councils whose key changed (or that are new or gone) are replaced, and meta is rewritten.
 */
async function ingest(conn: DuckDBConnection, input: string, options: IngestOptions, base: string,
  previous: Map<string, string> | null): Promise<IngestReport> {
  const referenceDir = options.referenceDir ?? defaultReferenceDir;
  if (!previous) {
    await conn.run(readFileSync(join(here, "schema.sql"), "utf8"));
    await loadReference(conn, referenceDir);
  }

  const quality: QualityRow[] = [];
  const drnMapPath = options.drnMapPath ?? join(referenceDir, "drn-category-map.csv");
  for (const p of readDrnMap(drnMapPath).problems) {
    quality.push({la: null, year: null, file: relative(projectRoot, drnMapPath) || drnMapPath, line: p.line, column: p.column, value: p.value,
      rule: "drn_map_invalid", severity: "error", message: p.message, level: "file"});
  }

  const started = performance.now();
  const cpu = process.cpuUsage();
  const log = (message: string) => {
    if (!options.log) return;
    // CPU of this process, DuckDB's threads included (workers' own CPU shows in "read and validated" wall time).
    const used = process.cpuUsage(cpu);
    options.log(`${((performance.now() - started) / 1000).toFixed(2)} s (main thread + DuckDB CPU ${((used.user + used.system) / 1e6).toFixed(2)} s) ${message}`);
  };
  const found = discover(input);
  quality.push(...found.quality);
  const cleanColumns = {} as Record<CoreTable, Column[]>;
  for (const table of CORE_TABLES) cleanColumns[table] = await tableColumns(conn, "clean", table);

  const scratch = mkdtempSync(join(tmpdir(), "cic-ingest-"));
  try {
    const jobs: CouncilJob[] = [...new Set(found.collections.map((c) => c.la))].map((la) => ({
      input, la, drnMapPath, cleanColumns, outDir: join(scratch, la),
      folders: found.collections.filter((c) => c.la === la).map(({year, csvFiles}) => ({year, csvFiles}))
    }));
    log(`${jobs.length} councils found`);
    const shards = await councilShards(jobs, options, log);

    for (const {shard} of shards) quality.push(...shard.quality);
    if (previous) {
      const current = new Map(shards.map((s) => [s.shard.la, s.key]));
      const stale = [...new Set([...previous.keys(), ...current.keys()])].filter((la) => previous.get(la) !== current.get(la));
      await deleteCouncils(conn, stale);
      await loadShards(conn, shards.filter((s) => stale.includes(s.shard.la)), cleanColumns);
      for (const table of ["collections", "files", "quality", "build", "councils"]) await conn.run(`DELETE FROM meta.${table}`);
    } else {
      await loadShards(conn, shards, cleanColumns);
    }
    log("rows loaded");
    const collections = found.collections.map(({la, year, folder}) => ({la, year, folder}));
    const files = shards.flatMap(({shard}) => shard.files);
    const metaSink = async (table: string) => new TableSink(scratch, "meta", table, await tableColumns(conn, "meta", table));
    const meta = {
      collections: await metaSink("collections"), files: await metaSink("files"), quality: await metaSink("quality"),
      build: await metaSink("build"), councils: await metaSink("councils")
    };
    collections.forEach((c) => meta.collections.addObject(c));
    files.forEach((f) => meta.files.addObject(f));
    quality.forEach((q) => meta.quality.addObject(q));
    meta.build.add([base]);
    shards.forEach((s) => meta.councils.add([s.shard.la, s.key]));
    for (const sink of Object.values(meta)) await sink.load(conn);
    log(`meta loaded (${quality.length} quality rows)`);

    const t = totals(quality);
    return IngestReport.parse({
      ok: t.fatal === 0, generated: new Date().toISOString(), input, db: null,
      collections, files, tables: shards.flatMap(({shard}) => shard.counts), quality, totals: t
    });
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
}

async function deleteCouncils(conn: DuckDBConnection, las: string[]): Promise<void> {
  if (!las.length) return;
  const list = las.map((la) => `'${la.replace(/'/g, "''")}'`).join(", ");
  const tables = (await conn.runAndReadAll(`SELECT schema_name, table_name FROM duckdb_tables() WHERE schema_name IN ('raw', 'clean')`)).getRowObjectsJS();
  for (const t of tables) await conn.run(`DELETE FROM ${quoteIdent(String(t.schema_name))}.${quoteIdent(String(t.table_name))} WHERE la IN (${list})`);
}

/** The councils of the warehouse at `db` when it was built from the same base key, else null (build afresh). */
async function previousCouncils(db: string, key: string): Promise<Map<string, string> | null> {
  if (!existsSync(db) || existsSync(`${db}.wal`)) return null;
  try {
    const instance = await DuckDBInstance.create(db, {access_mode: "READ_ONLY"});
    try {
      const conn = await instance.connect();
      try {
        const built = (await conn.runAndReadAll("SELECT base_key FROM meta.build")).getRowObjectsJS();
        if (built.length !== 1 || built[0]!.base_key !== key) return null;
        const rows = (await conn.runAndReadAll("SELECT la, ingest_key FROM meta.councils")).getRowObjectsJS();
        return new Map(rows.map((r) => [String(r.la), String(r.ingest_key)]));
      } finally {
        conn.closeSync();
      }
    } finally {
      instance.closeSync();
    }
  } catch {
    return null;   // an older or damaged warehouse: build afresh
  }
}

interface PlacedShard {
  shard: CouncilShard;
  dir: string;   // the folder holding its files
  key: string;   // its cache key ('' without the cache)
}

/** Each council's ingest, from the cache where its inputs are unchanged, else run (in parallel) and stored. */
async function councilShards(jobs: CouncilJob[], options: IngestOptions, log: (message: string) => void): Promise<PlacedShard[]> {
  const cacheDir = options.cacheDir ?? null;
  const placed: (PlacedShard | null)[] = jobs.map(() => null);
  const keys: string[] = [];
  const misses: number[] = [];
  jobs.forEach((job, i) => {
    if (!cacheDir) return misses.push(i);
    keys[i] = councilKey(job);
    const hit = cachedShard(cacheDir, job.la, keys[i]!);
    if (hit) placed[i] = {...hit, key: keys[i]!};
    else misses.push(i);
  });
  if (cacheDir) log(`${jobs.length - misses.length} councils from the cache, ${misses.length} to read`);
  const run = misses.map((i) => (cacheDir ? {...jobs[i]!, outDir: pendingDir(cacheDir, jobs[i]!.la, keys[i]!)} : jobs[i]!));
  const bytes = run.map((job) => job.folders.reduce((sum, f) => sum + f.csvFiles.reduce((s, file) => s + statSync(join(job.input, file)).size, 0), 0));
  const shards = await ingestCouncils(run, options.workers, bytes);
  log(`${misses.length} councils read and validated`);
  misses.forEach((i, n) => {
    const shard = shards[n]!;
    placed[i] = cacheDir
      ? {shard, dir: storeShard(cacheDir, shard, keys[i]!, run[n]!.outDir), key: keys[i]!}
      : {shard, dir: run[n]!.outDir, key: ""};
  });
  return placed as PlacedShard[];
}

/**
 * Loads every council's rows, one statement per table over all councils' files (in council order, so
 * the tables hold rows in the order a serial load would). raw.<table> is first widened to every
 * column any council's files have.
 */
async function loadShards(conn: DuckDBConnection, shards: PlacedShard[], cleanColumns: Record<CoreTable, Column[]>): Promise<void> {
  await withoutFsst(conn, () => loadAll(conn, shards, cleanColumns));
}

async function loadAll(conn: DuckDBConnection, shards: PlacedShard[], cleanColumns: Record<CoreTable, Column[]>): Promise<void> {
  const rawTables = new Map<string, {columns: string[]; paths: string[]}>();
  for (const {shard, dir} of shards) {
    for (const part of shard.raw) {
      const table = rawTables.get(part.table) ?? {columns: [], paths: []};
      for (const c of part.columns) if (!table.columns.includes(c)) table.columns.push(c);
      if (part.rows) table.paths.push(join(dir, part.file));
      rawTables.set(part.table, table);
    }
  }
  for (const [table, {columns, paths}] of rawTables) {
    await conn.run(`CREATE TABLE IF NOT EXISTS raw.${quoteIdent(table)} (la VARCHAR, year INTEGER, file VARCHAR, line INTEGER)`);
    const existing = new Set((await tableColumns(conn, "raw", table)).map((c) => c.name));
    for (const column of columns) {
      if (!existing.has(column)) await conn.run(`ALTER TABLE raw.${quoteIdent(table)} ADD COLUMN ${quoteIdent(column)} VARCHAR`);
    }
    await loadRaw(conn, table, paths);
  }
  for (const table of CORE_TABLES) {
    const paths = shards.flatMap(({shard, dir}) => shard.clean.filter((c) => c.table === table && c.rows).map((c) => join(dir, c.file)));
    await loadTyped(conn, "clean", table, cleanColumns[table], paths);
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
    // With the cache, an earlier warehouse of the same code and reference data is copied and only the
    // councils whose files changed are replaced in the copy; the original stays until the rename.
    const base = options.cacheDir ? baseKey(options.referenceDir ?? defaultReferenceDir) : "";
    const previous = base ? await previousCouncils(db, base) : null;
    if (previous) copyFileSync(db, temp);
    const instance = await DuckDBInstance.create(temp);
    try {
      const conn = await instance.connect();
      try {
        report = await ingest(conn, options.input, options, base, previous);
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

