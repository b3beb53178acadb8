// An in-memory warehouse for the IRO / social-work measure tests: schema.sql + the real reference data,
// with rows inserted directly, then the model layer and this family's measure files run over it.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {loadReference} from "../../loaders/warehouse/reference.js";
import {buildModel} from "../../loaders/measures/run.js";

const root = join(import.meta.dirname, "..", "..");

export async function emptyWarehouse(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  await conn.run(readFileSync(join(root, "loaders/warehouse/schema.sql"), "utf8"));
  await loadReference(conn);
  return conn;
}

type Value = string | number | boolean | null;

function literal(value: Value): string {
  if (value === null) return "NULL";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `'${value.replaceAll("'", "''")}'`;
}

/** Inserts rows (objects keyed by column name); file/line are filled in when the table has them. */
export async function insert(conn: DuckDBConnection, table: string, rows: Record<string, Value>[]): Promise<void> {
  const needsSource = table.startsWith("clean.");
  for (const [index, row] of rows.entries()) {
    const full = needsSource ? {file: "fixture.csv", line: index + 2, ...row} : row;
    const columns = Object.keys(full).map((c) => `"${c}"`).join(", ");
    const values = Object.values(full).map(literal).join(", ");
    await conn.run(`INSERT INTO ${table} (${columns}) VALUES (${values})`);
  }
}

/** Registers (la, year) collections and the optional files present for them. */
export async function collections(conn: DuckDBConnection, la: string, years: number[], tables: string[] = []): Promise<void> {
  for (const year of years) {
    await insert(conn, "meta.collections", [{la, year, folder: `${la}/${year}`}]);
    for (const table of tables) {
      await insert(conn, "meta.files", [
        {la, year, file: `${la}/${year}/${table}.csv`, table_name: table, recognised_by: "name", status: "loaded", rows_read: 1, rows_loaded: 1, rows_rejected: 0}
      ]);
    }
  }
}

export interface Row {
  la: string;
  year: number;
  measure: string;
  breakdown: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** Builds the whole model layer (this family reads model.years, model.periods, model.whole_years from
 * the 10-49 files), then runs the named measure/comparator files; returns their rows. */
export async function runFiles(conn: DuckDBConnection, files: string[]): Promise<Row[]> {
  await buildModel(conn);
  const rows: Row[] = [];
  for (const name of files) {
    const sql = readFileSync(join(root, "loaders/measures", name), "utf8").trim().replace(/;\s*$/, "");
    const reader = await conn.runAndReadAll(`SELECT * FROM (${sql}) ORDER BY ALL`);
    for (const r of reader.getRowObjectsJS()) {
      rows.push({
        la: String(r.la),
        year: Number(r.year),
        measure: String(r.measure),
        breakdown: String(r.breakdown),
        value: r.value === null ? null : Number(r.value),
        numerator: r.numerator === null ? null : Number(r.numerator),
        denominator: r.denominator === null ? null : Number(r.denominator)
      });
    }
  }
  return rows;
}

/** The one row for (measure, breakdown[, la, year]); fails the test when absent or duplicated. */
export function pick(rows: Row[], measure: string, breakdown: string, la?: string, year?: number): Row {
  const found = rows.filter(
    (r) => r.measure === measure && r.breakdown === breakdown && (la === undefined || r.la === la) && (year === undefined || r.year === year)
  );
  if (found.length !== 1) throw new Error(`expected one ${measure} ${breakdown} ${la ?? ""} ${year ?? ""}, found ${found.length}`);
  return found[0]!;
}
