// Builds a warehouse from a fixture extract folder (tests/measures/fixtures/<case>/<la>/<year>/*.csv)
// through the real loader, then computes every measure over it.
// A fixture row the loader rejects would quietly change the right answers, so any error fails the build.
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {buildWarehouse} from "../../loaders/warehouse/build.js";
import {computeMeasures} from "../../loaders/measures/run.js";
import type {MeasureRow} from "../../loaders/measures/schema.js";

const here = dirname(fileURLToPath(import.meta.url));
export const fixtureDir = (name: string) => join(here, "fixtures", name);

export interface Built {
  conn: DuckDBConnection;
  rows: () => MeasureRow[];
  /** the row with this key; throws when it is missing, so a mistyped key cannot pass */
  row(la: string, year: string, measure: string, breakdown: string): MeasureRow;
  value(la: string, year: string, measure: string, breakdown: string): number | null;
  recompute(): Promise<void>;
  close(): void;
}

export async function buildFixture(name: string): Promise<Built> {
  const temp = mkdtempSync(join(tmpdir(), "measures-test-"));
  const db = join(temp, "warehouse.duckdb");
  const report = await buildWarehouse({input: fixtureDir(name), db});
  const errors = report.quality.filter((q) => q.severity === "error");
  if (!report.ok || errors.length) {
    rmSync(temp, {recursive: true, force: true});
    throw new Error(`fixture ${name} did not load cleanly: ${JSON.stringify(errors.slice(0, 5))}`);
  }
  const instance = await DuckDBInstance.create(db);
  const conn = await instance.connect();
  let rows = await computeMeasures(conn);
  const row = (la: string, year: string, measure: string, breakdown: string) => {
    const hit = rows.find((r) => r.la === la && r.year === year && r.measure === measure && r.breakdown === breakdown);
    if (!hit) throw new Error(`no row ${la} ${year} ${measure} ${breakdown}`);
    return hit;
  };
  return {
    conn,
    rows: () => rows,
    row,
    value: (la, year, measure, breakdown) => row(la, year, measure, breakdown).value,
    async recompute() {
      rows = await computeMeasures(conn);
    },
    close() {
      conn.closeSync();
      instance.closeSync();
      rmSync(temp, {recursive: true, force: true});
    }
  };
}

/** All rows of one measure for one LA and year, as {breakdown: value}, for whole-table assertions. */
export function table(rows: MeasureRow[], la: string, year: string, measure: string, pattern: RegExp = /.*/): Record<string, number | null> {
  return Object.fromEntries(
    rows.filter((r) => r.la === la && r.year === year && r.measure === measure && pattern.test(r.breakdown)).map((r) => [r.breakdown, r.value])
  );
}
