// Runs the measures over a warehouse: the model layer first (files in model/, in name order),
// then one query per measure (files in sql/), then the comparators (files in comparators/).
// Each file in sql/ and comparators/ is a single SELECT returning
//   la VARCHAR, year INTEGER, measure VARCHAR, breakdown VARCHAR, value DOUBLE, numerator DOUBLE, denominator DOUBLE
// Years are computed for every (la, year) in meta.collections.
// Model files may build intermediates in the connection's temporary catalog as temp.model_<name>: in memory,
// read back faster than warehouse tables and never compressed into the file. They are dropped once the model
// is built; everything a reader outside the model layer uses is in schema model.
import {readdirSync, readFileSync} from "node:fs";
import {join, dirname} from "node:path";
import {fileURLToPath} from "node:url";
import type {DuckDBConnection, JS} from "@duckdb/node-api";
import {formatYear, MeasureRow} from "./schema.js";
import {withoutFsst} from "../warehouse/write.js";

const here = dirname(fileURLToPath(import.meta.url));

export function sqlFiles(folder: "model" | "sql" | "comparators"): string[] {
  let names: string[];
  try {
    names = readdirSync(join(here, folder));
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith(".sql")).sort().map((n) => join(here, folder, n));
}

function stripTrailingSemicolon(sql: string): string {
  return sql.trim().replace(/;\s*$/, "");
}

export async function buildModel(conn: DuckDBConnection): Promise<void> {
  // The model is wholly derived: dropped and rebuilt, so that a warehouse measured by an earlier version
  // (where a model object may have been a table that is now a view, or the reverse) is rebuilt cleanly.
  await conn.run("DROP SCHEMA IF EXISTS model CASCADE; CREATE SCHEMA model; CREATE SCHEMA IF NOT EXISTS measures;");
  for (const file of sqlFiles("model")) {
    try {
      await conn.run(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`model ${file}: ${(error as Error).message}`);
    }
  }
  const temps = await conn.runAndReadAll(
    "SELECT table_name FROM duckdb_tables() WHERE temporary AND starts_with(table_name, 'model_')");
  for (const {table_name} of temps.getRowObjectsJS()) await conn.run(`DROP TABLE temp.main."${String(table_name)}"`);
}

export async function unionInto(conn: DuckDBConnection, table: string, files: string[]): Promise<void> {
  const selects = files.map((file) => {
    const sql = stripTrailingSemicolon(readFileSync(file, "utf8"));
    return `SELECT la::VARCHAR AS la, year::INTEGER AS year, measure::VARCHAR AS measure, breakdown::VARCHAR AS breakdown,
      value::DOUBLE AS value, numerator::DOUBLE AS numerator, denominator::DOUBLE AS denominator FROM (\n${sql}\n)`;
  });
  const body = selects.length
    ? selects.join("\nUNION ALL\n")
    : "SELECT NULL::VARCHAR la, NULL::INTEGER year, NULL::VARCHAR measure, NULL::VARCHAR breakdown, NULL::DOUBLE value, NULL::DOUBLE numerator, NULL::DOUBLE denominator WHERE false";
  try {
    await conn.run(`CREATE OR REPLACE TABLE ${table} AS ${body}`);
  } catch (error) {
    // Find which file is at fault so the message names it.
    for (const file of files) {
      try {
        await conn.run(`SELECT * FROM (${stripTrailingSemicolon(readFileSync(file, "utf8"))}) LIMIT 0`);
      } catch (inner) {
        throw new Error(`${file}: ${(inner as Error).message}`);
      }
    }
    throw error;
  }
}

export async function computeMeasures(conn: DuckDBConnection): Promise<MeasureRow[]> {
  await withoutFsst(conn, async () => {
    await buildModel(conn);
    await unionInto(conn, "measures.results", sqlFiles("sql"));
    await unionInto(conn, "measures.comparators", sqlFiles("comparators"));
  });
  return readMeasures(conn);
}

/** measures.results and measures.comparators as rows, in the order the site and the tests expect. */
export async function readMeasures(conn: DuckDBConnection): Promise<MeasureRow[]> {
  const reader = await conn.runAndReadAll(`
    SELECT * FROM measures.results UNION ALL SELECT * FROM measures.comparators
    ORDER BY la, year, measure, breakdown`);
  // Read by column (getColumnsJS): the same values as getRowObjectsJS in a quarter of the time, which at
  // ~1M rows nationally is seconds. getColumnsObjectJS is as slow as the row objects.
  const columns = reader.getColumnsJS();
  const column = (name: string) => columns[reader.columnNames().indexOf(name)]!;
  const [la, year, measure, breakdown, value, numerator, denominator] =
    ["la", "year", "measure", "breakdown", "value", "numerator", "denominator"].map(column) as [JS[], JS[], JS[], JS[], JS[], JS[], JS[]];
  // Typed by the SQL (unionInto casts every column); checked with zod once, where measures.json is written
  // (MeasuresFile.parse), not here as well: at ~700,000 rows nationally each pass is half a second.
  return la.map((_, i) => ({
    la: la[i] as string,
    year: formatYear(Number(year[i])),
    measure: measure[i] as string,
    breakdown: breakdown[i] as string,
    value: (value[i] ?? null) as number | null,
    numerator: (numerator[i] ?? null) as number | null,
    denominator: (denominator[i] ?? null) as number | null
  }));
}
