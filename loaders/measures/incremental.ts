// The measures of a warehouse, recomputing only the councils whose data changed since its measures
// were last computed. A council's measures (and its model.* rows) depend on its own rows and the
// reference data alone — no measure looks across councils; tests/measures/incremental.test.ts holds
// that — so the changed councils are computed in a scratch database holding just them, and their rows
// replace the old ones in the warehouse. The comparators (DfE's figures for the councils present) are
// always recomputed. measures.built records which ingest and which measures code each council's rows
// came from; any doubt (no record, a council without an ingest key) computes everything.
import {createHash} from "node:crypto";
import {readdirSync, readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import type {DuckDBConnection} from "@duckdb/node-api";
import {computeMeasures, readMeasures, sqlFiles, unionInto} from "./run.js";
import type {MeasureRow} from "./schema.js";

const here = dirname(fileURLToPath(import.meta.url));
const SCRATCH = "cic_changed_councils";

export interface IncrementalResult {
  rows: MeasureRow[];
  recomputed: string[] | "all";   // the councils computed this time
}

let codeHash: string | undefined;

/** Every file the measures are computed from. */
export function measuresCodeKey(): string {
  if (codeHash) return codeHash;
  const hash = createHash("sha256");
  for (const dir of ["model", "sql", "comparators", "."]) {
    for (const name of readdirSync(join(here, dir)).sort()) {
      if (/\.(sql|ts)$/.test(name)) hash.update(`${dir}/${name}\0`).update(readFileSync(join(here, dir, name))).update("\0");
    }
  }
  codeHash = hash.digest("hex").slice(0, 32);
  return codeHash;
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

async function rows(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

async function tableExists(conn: DuckDBConnection, schema: string, table: string): Promise<boolean> {
  return (await rows(conn, `SELECT 1 FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = ${quote(schema)} AND table_name = ${quote(table)}`)).length > 0;
}

/** Which councils need computing: null means all of them. */
async function changedCouncils(conn: DuckDBConnection, code: string): Promise<{changed: string[]; gone: string[]} | null> {
  if (!(await tableExists(conn, "meta", "councils")) || !(await tableExists(conn, "measures", "built"))) return null;
  if (!(await tableExists(conn, "measures", "results")) || !(await tableExists(conn, "model", "years"))) return null;
  const current = await rows(conn, "SELECT la, ingest_key FROM meta.councils");
  if (!current.length || current.some((r) => !r.ingest_key)) return null;
  const built = new Map((await rows(conn, "SELECT la, ingest_key, code_key FROM measures.built")).map((r) => [String(r.la), r]));
  const changed = current
    .filter((r) => built.get(String(r.la))?.ingest_key !== r.ingest_key || built.get(String(r.la))?.code_key !== code)
    .map((r) => String(r.la));
  if (changed.length === current.length) return null;
  const present = new Set(current.map((r) => String(r.la)));
  return {changed, gone: [...built.keys()].filter((la) => !present.has(la))};
}

async function recordBuilt(conn: DuckDBConnection, code: string): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE measures.built AS
    SELECT la, ingest_key, ${quote(code)} AS code_key FROM meta.councils WHERE ingest_key <> ''`);
}

/** The measures of the warehouse `conn` is open on (read-write: model.* and measures.* are written into it). */
export async function computeMeasuresIncremental(conn: DuckDBConnection): Promise<IncrementalResult> {
  const code = measuresCodeKey();
  const plan = await changedCouncils(conn, code);
  if (!plan) {
    const all = await computeMeasures(conn);
    if (await tableExists(conn, "meta", "councils")) await recordBuilt(conn, code);
    return {rows: all, recomputed: "all"};
  }
  const replace = [...plan.changed, ...plan.gone];
  if (replace.length) await recompute(conn, plan.changed, replace);
  await unionInto(conn, "measures.comparators", sqlFiles("comparators"));
  await recordBuilt(conn, code);
  return {rows: await readMeasures(conn), recomputed: plan.changed};
}

/** Computes `changed` in a scratch database and swaps their rows (and those of `replace`) in the warehouse. */
async function recompute(conn: DuckDBConnection, changed: string[], replace: string[]): Promise<void> {
  const warehouse = String((await rows(conn, "SELECT current_database() AS db"))[0]!.db);
  const las = changed.map(quote).join(", ") || "NULL";
  await conn.run(`ATTACH ':memory:' AS ${SCRATCH}`);
  try {
    for (const schema of ["clean", "meta", "ref"]) {
      await conn.run(`CREATE SCHEMA ${SCRATCH}.${schema}`);
      const tables = await rows(conn, `SELECT t.table_name, bool_or(c.column_name = 'la') AS has_la
        FROM duckdb_tables() t JOIN duckdb_columns() c USING (database_name, schema_name, table_name)
        WHERE t.database_name = ${quote(warehouse)} AND t.schema_name = ${quote(schema)} GROUP BY t.table_name`);
      for (const t of tables) {
        const name = ident(String(t.table_name));
        // Reference data is copied whole; the rest, the changed councils' rows only.
        const where = schema !== "ref" && t.has_la ? ` WHERE la IN (${las})` : "";
        await conn.run(`CREATE TABLE ${SCRATCH}.${schema}.${name} AS SELECT * FROM ${ident(warehouse)}.${schema}.${name}${where}`);
      }
    }
    await conn.run(`USE ${SCRATCH}`);
    try {
      await computeMeasures(conn);
    } finally {
      await conn.run(`USE ${ident(warehouse)}`);
    }
    // Every model table is per council but for constants (the working-day calendar, the placement groups),
    // which do not depend on the councils and stay as they are.
    const tables = await rows(conn, `SELECT t.schema_name, t.table_name FROM duckdb_tables() t
      WHERE t.database_name = ${quote(SCRATCH)} AND t.schema_name IN ('model', 'measures') AND t.table_name <> 'comparators'
        AND EXISTS (SELECT 1 FROM duckdb_columns() c WHERE c.database_name = t.database_name AND c.schema_name = t.schema_name
          AND c.table_name = t.table_name AND c.column_name = 'la')`);
    const gone = replace.map(quote).join(", ");
    for (const t of tables) {
      const name = `${ident(String(t.schema_name))}.${ident(String(t.table_name))}`;
      await conn.run(`DELETE FROM ${name} WHERE la IN (${gone})`);
      await conn.run(`INSERT INTO ${name} BY NAME SELECT * FROM ${SCRATCH}.${name}`);
    }
  } finally {
    await conn.run(`DETACH ${SCRATCH}`);
  }
}
