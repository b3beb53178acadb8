// npm run ingest -- --input DIR [--db FILE] [--report FILE.json]
import {parseArgs} from "node:util";
import {buildWarehouse} from "../warehouse/build.js";
import {formatSummary} from "./report.js";

const {values} = parseArgs({
  options: {input: {type: "string"}, db: {type: "string"}, report: {type: "string"}, help: {type: "boolean"}},
  strict: true
});

if (values.help || !values.input) {
  console.log("usage: npm run ingest -- --input DIR [--db data/warehouse.duckdb] [--report report.json]\n" +
    "DIR holds <la>/<year>/*.csv (see docs/input-rules.md)");
  process.exit(values.help ? 0 : 2);
}

try {
  const report = await buildWarehouse({input: values.input, db: values.db, reportPath: values.report});
  console.log(formatSummary(report));
  if (values.report) console.log(`Report: ${values.report}`);
  process.exit(report.ok ? 0 : 1);
} catch (error) {
  console.error(`ingest failed: ${(error as Error).message}`);
  process.exit(1);
}
