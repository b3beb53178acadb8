// Reads from a built warehouse in tests.
import {DuckDBInstance} from "@duckdb/node-api";

export async function query(dbPath: string, sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(dbPath, {access_mode: "READ_ONLY"});
  const conn = await instance.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** DATE columns come back as JS Dates: ISO text is easier to compare. */
export const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
