// Data for the Data quality page: meta.files and meta.quality from the build's warehouse (see quality.ts).
// A build folder without a warehouse (tests/browser/fixtures/build) may carry the ingest report instead,
// which holds the same rows; with neither, the page says the build has no record of its input.
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {buildDir} from "./site-data.js";
import {FileRow, QualityRow, summariseQuality, type QualityFile} from "./quality.js";
import {BuildInfo} from "./schema.js";

async function fromWarehouse(db: string): Promise<{files: FileRow[]; quality: QualityRow[]}> {
  const instance = await DuckDBInstance.create(db, {access_mode: "READ_ONLY"});
  const conn = await instance.connect();
  try {
    const read = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS();
    const files = FileRow.array().parse(await read("SELECT la, year, file, table_name, recognised_by, status, rows_read, rows_loaded, rows_rejected FROM meta.files"));
    // meta.quality has no level column; the page does not need it.
    const quality = QualityRow.omit({level: true}).array().parse(await read(`SELECT la, year, file, line, "column", value, rule, severity, message FROM meta.quality`));
    return {files, quality: quality.map((q) => ({...q, level: q.line === null ? "file" as const : "row" as const}))};
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

const dir = buildDir();
const info = BuildInfo.parse(JSON.parse(readFileSync(join(dir, "build-info.json"), "utf8")));
const analyst = process.env.CIC_ANALYST === "1";
const db = join(dir, "warehouse.duckdb");
const report = join(dir, "ingest-report.json");
let source: QualityFile["source"] = null;
let rows: {files: FileRow[]; quality: QualityRow[]} = {files: [], quality: []};
if (existsSync(db)) {
  source = "warehouse";
  rows = await fromWarehouse(db);
} else if (existsSync(report)) {
  source = "ingest report";
  const parsed = JSON.parse(readFileSync(report, "utf8")) as {files: unknown; quality: unknown};
  rows = {files: FileRow.array().parse(parsed.files), quality: QualityRow.array().parse(parsed.quality)};
}
process.stdout.write(JSON.stringify(summariseQuality({...rows, analyst, generated: info.generated, source})));
