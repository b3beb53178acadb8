// Builds the pseudonymised child-level table from a warehouse whose measures have been computed
// (model.* tables present): children.sql, then a random key per child in place of CHILD.
import {randomBytes} from "node:crypto";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {formatYear} from "../measures/schema.js";
import {ChildRow, ChildrenFile, childColumns} from "./schema.js";

const sql = readFileSync(join(import.meta.dirname, "children.sql"), "utf8");

/**
 * Crypto-random, never derived from CHILD, so nothing outside this build can turn a key back into a
 * child. One key per LA and child: the same child keeps it across years of one build, not across builds.
 */
export function keyMaker(): (la: string, child: string) => string {
  const keys = new Map<string, string>();
  const used = new Set<string>();
  return (la, child) => {
    const id = `${la}\u0000${child}`;
    let key = keys.get(id);
    while (key === undefined || (!keys.has(id) && used.has(key))) key = `k${randomBytes(6).toString("hex")}`;
    keys.set(id, key);
    used.add(key);
    return key;
  };
}

export async function childRows(conn: DuckDBConnection): Promise<ChildRow[]> {
  const reader = await conn.runAndReadAll(sql);
  const keyOf = keyMaker();
  const rows = reader.getRowObjectsJS().map((row) => {
    const {child, year, age, placements, days_in_care, ...rest} = row;
    return ChildRow.parse({
      ...rest,
      year: formatYear(Number(year)),
      key: keyOf(String(row.la), String(child)),
      age: age === null ? null : Number(age),
      placements: Number(placements),
      days_in_care: Number(days_in_care)
    });
  });
  // Sorted by the random key within LA and year, so row order says nothing about CHILD either.
  const order = (r: ChildRow) => `${r.la}|${r.year}|${r.key}`;
  return rows.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** Opens the warehouse read-only; its model.* tables come from computing the measures on it. */
export async function childRowsFromWarehouse(db: string): Promise<ChildRow[]> {
  const instance = await DuckDBInstance.create(db, {access_mode: "READ_ONLY"});
  const conn = await instance.connect();
  try {
    const found = await conn.runAndReadAll(
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'model' AND table_name IN ('snapshots', 'placements_in_year', 'ceases')");
    if (Number(found.getRowObjectsJS()[0]?.n) < 3) throw new Error(`${db} has no model tables: compute the measures on it first`);
    return await childRows(conn);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

export function childrenFile(rows: ChildRow[], meta: {generated: string; synthetic: boolean}): ChildrenFile {
  const columns = Object.fromEntries(childColumns.map((name) => [name, rows.map((r) => r[name])]));
  return ChildrenFile.parse({...meta, count: rows.length, columns});
}
