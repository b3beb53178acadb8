// npm run measures -- --input DIR [--out FILE.json] [--format json|csv]
// npm run measures -- --db WAREHOUSE.duckdb [--out FILE] [--format json|csv]
// --input ingests DIR into a fresh temporary warehouse; --db reads an existing one (a copy is worked on,
// so the model tables this step creates never change the warehouse given). Writes every measure row
// (and the comparator rows) for every LA and year found; without --out, writes to stdout.
import {copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {parseArgs} from "node:util";
import {DuckDBInstance} from "@duckdb/node-api";
import {buildWarehouse} from "../warehouse/build.js";
import {formatSummary} from "../ingest/report.js";
import {computeMeasures} from "./run.js";
import {MeasuresFile, type MeasureRow} from "./schema.js";

const usage = "usage: npm run measures -- (--input DIR | --db FILE) [--out FILE] [--format json|csv]";

function csvCell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: MeasureRow[]): string {
  const columns = ["la", "year", "measure", "breakdown", "value", "numerator", "denominator"] as const;
  const lines = rows.map((row) => columns.map((c) => csvCell(row[c])).join(","));
  return [columns.join(","), ...lines].join("\n") + "\n";
}

/** Builds (or copies) a warehouse in a temporary folder and computes the measures over it. */
export async function measuresFor(source: {input: string} | {db: string}): Promise<MeasuresFile> {
  const temp = mkdtempSync(join(tmpdir(), "measures-"));
  const db = join(temp, "warehouse.duckdb");
  try {
    if ("input" in source) {
      const report = await buildWarehouse({input: source.input, db});
      if (!report.ok) throw new Error(`the input did not load:\n${formatSummary(report)}`);
    } else {
      if (!existsSync(source.db)) throw new Error(`no warehouse at ${source.db}`);
      copyFileSync(source.db, db);
      if (existsSync(`${source.db}.wal`)) copyFileSync(`${source.db}.wal`, `${db}.wal`);
    }
    const instance = await DuckDBInstance.create(db);
    try {
      const conn = await instance.connect();
      try {
        const measures = await computeMeasures(conn);
        return MeasuresFile.parse({
          generated: new Date().toISOString(),
          ...("input" in source ? {input: source.input} : {}),
          measures
        });
      } finally {
        conn.closeSync();
      }
    } finally {
      instance.closeSync();
    }
  } finally {
    rmSync(temp, {recursive: true, force: true});
  }
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      input: {type: "string"},
      db: {type: "string"},
      out: {type: "string"},
      format: {type: "string", default: "json"}
    }
  });
  if (Boolean(values.input) === Boolean(values.db) || !["json", "csv"].includes(values.format ?? "")) {
    throw new Error(usage);
  }
  const file = await measuresFor(values.input ? {input: resolve(values.input)} : {db: resolve(values.db!)});
  const text = values.format === "csv" ? toCsv(file.measures) : JSON.stringify(file, null, 2) + "\n";
  if (values.out) {
    writeFileSync(values.out, text);
    console.error(`measures: ${file.measures.length} rows written to ${values.out}`);
  } else {
    process.stdout.write(text);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
