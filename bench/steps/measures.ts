// Bench step: the measures over an ingested warehouse, as the site build computes them
// (computeMeasures on the warehouse itself, then measures.json). Usage: measures.ts WAREHOUSE OUT.json
import {writeFileSync} from "node:fs";
import {DuckDBInstance} from "@duckdb/node-api";
import {computeMeasures} from "../../loaders/measures/run.js";
import {MeasuresFile} from "../../loaders/measures/schema.js";

const [db, out] = process.argv.slice(2);
if (!db || !out) throw new Error("usage: measures.ts WAREHOUSE OUT.json");
const instance = await DuckDBInstance.create(db);
const conn = await instance.connect();
try {
  const measures = await computeMeasures(conn);
  writeFileSync(out, JSON.stringify(MeasuresFile.parse({generated: new Date().toISOString(), measures})));
  console.log(`${measures.length} measure rows`);
} finally {
  conn.closeSync();
  instance.closeSync();
}
