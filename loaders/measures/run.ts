// Runs the measures over a warehouse: the model layer first (files in model/, in name order),
// then one query per measure (files in sql/), then the comparators (files in comparators/).
// Each file in sql/ and comparators/ is a single SELECT returning
//   la VARCHAR, year INTEGER, measure VARCHAR, breakdown VARCHAR, value DOUBLE, numerator DOUBLE, denominator DOUBLE
// Years are computed for every (la, year) in meta.collections.
import {readdirSync, readFileSync} from "node:fs";
import {join, dirname} from "node:path";
import {fileURLToPath} from "node:url";
import type {DuckDBConnection} from "@duckdb/node-api";
import {formatYear, MeasureRow} from "./schema.js";

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
  await conn.run("CREATE SCHEMA IF NOT EXISTS model; CREATE SCHEMA IF NOT EXISTS measures;");
  for (const file of sqlFiles("model")) {
    try {
      await conn.run(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`model ${file}: ${(error as Error).message}`);
    }
  }
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
  await buildModel(conn);
  await unionInto(conn, "measures.results", sqlFiles("sql"));
  await unionInto(conn, "measures.comparators", sqlFiles("comparators"));
  return readMeasures(conn);
}

/** measures.results and measures.comparators as rows, in the order the site and the tests expect. */
export async function readMeasures(conn: DuckDBConnection): Promise<MeasureRow[]> {
  const reader = await conn.runAndReadAll(`
    SELECT * FROM measures.results UNION ALL SELECT * FROM measures.comparators
    ORDER BY la, year, measure, breakdown`);
  return reader.getRowObjectsJS().map((row) =>
    MeasureRow.parse({
      la: row.la,
      year: formatYear(Number(row.year)),
      measure: row.measure,
      breakdown: row.breakdown,
      value: row.value ?? null,
      numerator: row.numerator ?? null,
      denominator: row.denominator ?? null
    })
  );
}
