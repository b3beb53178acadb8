// A rebuild recomputes only the councils whose data changed (loaders/measures/incremental.ts). That is
// right only if no measure looks across councils, so that is tested first; then that the figures and
// the model tables (which the analyst build reads) equal a full computation.
import {appendFileSync, cpSync, mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {buildWarehouse} from "../../loaders/warehouse/build.js";
import {writeScaleCouncil} from "../../loaders/demo/scale.js";
import {computeMeasures} from "../../loaders/measures/run.js";
import {computeMeasuresIncremental} from "../../loaders/measures/incremental.js";
import type {MeasureRow} from "../../loaders/measures/schema.js";

const COUNCILS = ["857", "872", "207"];   // three small councils, 3 years each: every table, quick
let input: string;

beforeAll(async () => {
  input = mkdtempSync(join(tmpdir(), "incremental-in-"));
  for (const la of COUNCILS) await writeScaleCouncil(la, {out: input, councils: COUNCILS, years: [2023, 2024, 2025]});
});

async function open<T>(db: string, use: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(db);
  const conn = await instance.connect();
  try {
    return await use(conn);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

async function warehouse(from: string, cacheDir?: string, db = join(mkdtempSync(join(tmpdir(), "incremental-db-")), "w.duckdb")): Promise<string> {
  const report = await buildWarehouse({input: from, db, cacheDir});
  expect(report.ok).toBe(true);
  return db;
}

// Sums of doubles differ in the last bits with row order; figures are compared to 1e-9.
const round = (v: unknown) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(10)) : typeof v === "bigint" ? Number(v) : v);
const rounded = (rows: MeasureRow[]) => rows.map((r) => ({...r, value: round(r.value), numerator: round(r.numerator), denominator: round(r.denominator)}));

/** Every model table with an la column, rows sorted, numbers rounded as above. */
async function modelTables(conn: DuckDBConnection): Promise<Record<string, unknown[]>> {
  const tables = (await conn.runAndReadAll(`SELECT DISTINCT table_name FROM duckdb_columns() c JOIN duckdb_tables() t USING (database_name, schema_name, table_name)
    WHERE schema_name = 'model' AND column_name = 'la' ORDER BY 1`)).getRowObjectsJS();
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    const rows = (await conn.runAndReadAll(`SELECT * FROM model.${String(t.table_name)}`)).getRowObjectsJS();
    out[String(t.table_name)] = rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)])), (_, v: unknown) => (typeof v === "bigint" ? Number(v) : v))).sort();
  }
  return out;
}

describe("measures one council at a time", () => {
  it("gives each council the figures it gets computed with the others", async () => {
    const all = await open(await warehouse(input), computeMeasures);
    for (const la of COUNCILS) {
      const alone = mkdtempSync(join(tmpdir(), "incremental-alone-"));
      cpSync(join(input, la), join(alone, la), {recursive: true});
      const own = await open(await warehouse(alone), computeMeasures);
      const mine = (rows: MeasureRow[]) => rounded(rows.filter((r) => r.la === la));
      expect(mine(own).length).toBeGreaterThan(500);
      expect(mine(own)).toEqual(mine(all));
    }
  });

  it("recomputes only a changed council on rebuild, and equals a full computation, model tables included", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "incremental-cache-"));
    const db = await warehouse(input, cacheDir);
    expect((await open(db, computeMeasuresIncremental)).recomputed).toBe("all");
    // Nothing changed: nothing recomputed.
    await warehouse(input, cacheDir, db);
    const same = await open(db, computeMeasuresIncremental);
    expect(same.recomputed).toEqual([]);

    const changed = mkdtempSync(join(tmpdir(), "incremental-changed-"));
    cpSync(input, changed, {recursive: true});
    // A new child in care at 31 March 2025 in council 857.
    appendFileSync(join(changed, "857", "2025", "header.csv"), "Z857,F,01/01/2012,WBRI,,,\n");
    appendFileSync(join(changed, "857", "2025", "episodes.csv"), "Z857,01/02/2025,S,C2,N1,U4,PR1,,,,,,,,,\n");
    await warehouse(changed, cacheDir, db);
    const rebuilt = await open(db, async (conn) => ({...(await computeMeasuresIncremental(conn)), model: await modelTables(conn)}));
    expect(rebuilt.recomputed).toEqual(["857"]);

    const full = await open(await warehouse(changed), async (conn) => ({rows: await computeMeasures(conn), model: await modelTables(conn)}));
    expect(rounded(rebuilt.rows)).toEqual(rounded(full.rows));
    expect(rebuilt.model).toEqual(full.model);
    const count = (rows: MeasureRow[]) => rows.find((r) => r.la === "857" && r.year === "2024-25" && r.measure === "cla_count" && r.breakdown === "at_end")?.value;
    expect(count(rebuilt.rows)).toBe(count(same.rows)! + 1);
  });

  it("recomputes everything when the measures code has changed since", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "incremental-cache-"));
    const db = await warehouse(input, cacheDir);
    await open(db, computeMeasuresIncremental);
    await open(db, (conn) => conn.run("UPDATE measures.built SET code_key = 'an older version'"));
    expect((await open(db, computeMeasuresIncremental)).recomputed).toBe("all");
  });
});
