// npm run ingest -- --input DIR [--db FILE] [--report FILE.json] [--workers N] [--no-cache] [--verbose]
import {parseArgs} from "node:util";
import {buildWarehouse} from "../warehouse/build.js";
import {defaultCacheDir} from "../warehouse/council-cache.js";
import {formatSummary} from "./report.js";

const {values} = parseArgs({
  options: {
    input: {type: "string"}, db: {type: "string"}, report: {type: "string"}, workers: {type: "string"},
    "no-cache": {type: "boolean", default: false}, verbose: {type: "boolean", default: false}, help: {type: "boolean"}
  },
  strict: true
});

if (values.help || !values.input) {
  console.log("usage: npm run ingest -- --input DIR [--db data/warehouse.duckdb] [--report report.json] [--workers N] [--no-cache] [--verbose]\n" +
    "DIR holds <la>/<year>/*.csv (see docs/input-rules.md). Councils are ingested in parallel (one worker per core)\n" +
    `and each council's result is cached in ${defaultCacheDir}, so a rebuild re-reads only councils whose files changed.`);
  process.exit(values.help ? 0 : 2);
}

try {
  const report = await buildWarehouse({
    input: values.input, db: values.db, reportPath: values.report,
    workers: values.workers ? Number(values.workers) : undefined,
    cacheDir: values["no-cache"] ? null : defaultCacheDir,
    log: values.verbose ? (message) => console.error(`ingest: ${message}`) : undefined
  });
  console.log(formatSummary(report));
  if (values.report) console.log(`Report: ${values.report}`);
  process.exit(report.ok ? 0 : 1);
} catch (error) {
  console.error(`ingest failed: ${(error as Error).message}`);
  process.exit(1);
}
