// Bench step: what the site build does before Observable Framework runs — the warehouse (with the
// ingest cache, so unchanged councils are not re-read) and its measures (only changed councils
// recomputed), then measures.json. Usage: data.ts INPUT WAREHOUSE OUT.json [CACHE_DIR]
import {writeFileSync} from "node:fs";
import {DuckDBInstance} from "@duckdb/node-api";
import {buildWarehouse} from "../../loaders/warehouse/build.js";
import {defaultCacheDir} from "../../loaders/warehouse/council-cache.js";
import {computeMeasuresIncremental} from "../../loaders/measures/incremental.js";
import {MeasuresFile} from "../../loaders/measures/schema.js";

const [input, db, out, cacheDir = defaultCacheDir] = process.argv.slice(2);
if (!input || !db || !out) throw new Error("usage: data.ts INPUT WAREHOUSE OUT.json [CACHE_DIR]");
const t0 = performance.now();
const report = await buildWarehouse({input, db, cacheDir});
if (!report.ok) throw new Error(`ingest of ${input} failed`);
const t1 = performance.now();
const instance = await DuckDBInstance.create(db);
const conn = await instance.connect();
try {
  const {rows, recomputed} = await computeMeasuresIncremental(conn);
  writeFileSync(out, JSON.stringify(MeasuresFile.parse({generated: new Date().toISOString(), measures: rows})));
  const t2 = performance.now();
  console.log(`${rows.length} measure rows; measures computed for ${recomputed === "all" ? "all councils" : `${recomputed.length} council(s)`}`);
  console.log(`timing: ingest ${((t1 - t0) / 1000).toFixed(2)} s, measures ${((t2 - t1) / 1000).toFixed(2)} s`);
} finally {
  conn.closeSync();
  instance.closeSync();
}
