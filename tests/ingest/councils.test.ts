// Councils are ingested in parallel and cached one by one (loaders/warehouse/council-*.ts): whatever
// the route — one worker or several, cache hit or miss, a fresh build or an update of the last one —
// the warehouse and the report must be the ones a plain serial build gives.
import {appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {buildWarehouse} from "../../loaders/warehouse/build.js";
import {writeScaleCouncil} from "../../loaders/demo/scale.js";
import type {IngestReport} from "../../loaders/ingest/report.js";
import {query} from "./db.js";

const COUNCILS = ["857", "872", "207"];   // three of the smallest councils, 3 years each: every table, small
let input: string;

beforeAll(async () => {
  input = mkdtempSync(join(tmpdir(), "councils-in-"));
  for (const la of COUNCILS) await writeScaleCouncil(la, {out: input, councils: COUNCILS, years: [2023, 2024, 2025]});
  // A rejected row and a file-level warning, so the report has more than routine rows.
  appendFileSync(join(input, "872", "2024", "episodes.csv"), "C999,32/13/2023,S,C2,N1,U4,PR1,,,,,,,,,\n");
});

const temp = (name: string) => join(mkdtempSync(join(tmpdir(), `councils-${name}-`)), "warehouse.duckdb");

/** Every raw, clean and meta table: its columns, and its rows (in stored order unless `unordered`). */
async function contents(db: string, unordered = false): Promise<Record<string, unknown>> {
  const tables = await query(db, `SELECT schema_name, table_name FROM duckdb_tables() WHERE schema_name IN ('raw', 'clean', 'meta') ORDER BY ALL`);
  const out: Record<string, unknown> = {};
  for (const t of tables) {
    const name = `${t.schema_name}.${t.table_name}`;
    if (name === "meta.build" || name === "meta.councils") continue;   // keys: empty without the cache
    const columns = await query(db, `SELECT column_name FROM duckdb_columns() WHERE schema_name = '${t.schema_name}' AND table_name = '${t.table_name}' ORDER BY column_index`);
    const rows = await query(db, `SELECT * FROM ${name} ${unordered ? "ORDER BY ALL" : "ORDER BY rowid"}`);
    out[name] = {columns: columns.map((c) => c.column_name), rows: rows.map((r) => JSON.stringify(r, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v)))};
  }
  return out;
}

const stable = (r: IngestReport) => ({...r, generated: null, db: null});

describe("councils in parallel", () => {
  it("gives the warehouse and report of a serial build, rows in the same order", async () => {
    const [one, two] = [temp("one"), temp("two")];
    const serial = await buildWarehouse({input, db: one, workers: 1});
    const parallel = await buildWarehouse({input, db: two, workers: 2});
    expect(serial.ok).toBe(true);
    expect(serial.quality.some((q) => q.rule === "date_impossible" && q.la === "872" && q.value === "32/13/2023")).toBe(true);
    expect(stable(parallel)).toEqual(stable(serial));
    expect(await contents(two)).toEqual(await contents(one));
  });
});

describe("the ingest cache", () => {
  it("reuses unchanged councils, re-reads a changed one, and the result equals a fresh build", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "councils-cache-"));
    const db = temp("cached");
    const first = await buildWarehouse({input, db, cacheDir});
    expect(first.ok).toBe(true);
    const entries = () => Object.fromEntries(COUNCILS.map((la) => [la, readdirSync(join(cacheDir, la)).filter((n) => !n.startsWith(".")).sort()]));
    const before = entries();
    expect(Object.values(before).map((e) => e.length)).toEqual([1, 1, 1]);

    // The same input again is all hits: no new entries, and the same report.
    const again = await buildWarehouse({input, db: temp("again"), cacheDir});
    expect(entries()).toEqual(before);
    expect(stable(again)).toEqual(stable(first));

    // One council's file changes: only that council gets a new entry, and the warehouse sees the change.
    const changed = mkdtempSync(join(tmpdir(), "councils-changed-"));
    cpSync(input, changed, {recursive: true});
    appendFileSync(join(changed, "857", "2025", "header.csv"), "Z857,M,01/01/2010,WBRI,,,\n");
    const update = await buildWarehouse({input: changed, db, cacheDir});
    const after = entries();
    expect(after["857"]).toHaveLength(2);
    expect(after["872"]).toEqual(before["872"]);
    expect(after["207"]).toEqual(before["207"]);
    expect(await query(db, "SELECT count(*)::INT AS n FROM clean.header WHERE child = 'Z857'")).toEqual([{n: 1}]);

    // Updated in place (only 857's rows replaced) yet the same as a build from nothing, bar row order.
    const fresh = temp("fresh");
    const plain = await buildWarehouse({input: changed, db: fresh});
    expect(stable(update)).toEqual(stable(plain));
    expect(await contents(db, true)).toEqual(await contents(fresh, true));
    rmSync(changed, {recursive: true, force: true});
  });

  it("drops a council whose folder is gone, and adds a new one, when updating the last warehouse", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "councils-cache-"));
    const db = temp("grow");
    const partial = mkdtempSync(join(tmpdir(), "councils-partial-"));
    cpSync(join(input, "857"), join(partial, "857"), {recursive: true});
    cpSync(join(input, "872"), join(partial, "872"), {recursive: true});
    await buildWarehouse({input: partial, db, cacheDir});
    rmSync(join(partial, "857"), {recursive: true});
    cpSync(join(input, "207"), join(partial, "207"), {recursive: true});
    const report = await buildWarehouse({input: partial, db, cacheDir});
    expect(report.ok).toBe(true);
    expect(await query(db, "SELECT DISTINCT la FROM clean.episodes ORDER BY la")).toEqual([{la: "207"}, {la: "872"}]);
    expect(await query(db, "SELECT la, count(*) > 0 AS keyed FROM meta.councils GROUP BY la ORDER BY la")).toEqual([{la: "207", keyed: true}, {la: "872", keyed: true}]);
    const fresh = temp("grow-fresh");
    await buildWarehouse({input: partial, db: fresh});
    expect(await contents(db, true)).toEqual(await contents(fresh, true));
  });
});
