// Bulk loading: rows are written to one temp CSV per target table and read in with a single
// read_csv per table at the end, which is far faster than appending value by value.
import {closeSync, openSync, writeSync} from "node:fs";
import {join} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";

export interface Column {
  name: string;
  type: string;
}

export async function tableColumns(conn: DuckDBConnection, schema: string, table: string): Promise<Column[]> {
  const reader = await conn.runAndReadAll(
    `SELECT column_name, data_type FROM information_schema.columns
     WHERE table_schema = '${schema}' AND table_name = '${table}' ORDER BY ordinal_position`);
  return reader.getRowObjectsJS().map((r) => ({name: String(r.column_name), type: String(r.data_type)}));
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteText = (s: string) => `'${s.replace(/'/g, "''")}'`;

const NEEDS_QUOTES = /[",\r\n]/;

/** One value as CSV: NULL is an empty unquoted field, '' a quoted empty one. */
function encode(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  if (value === "") return '""';
  const c0 = value.charCodeAt(0);
  const cn = value.charCodeAt(value.length - 1);
  // Quote edge spaces too, so the reader cannot trim them.
  return NEEDS_QUOTES.test(value) || c0 === 32 || cn === 32 ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Collects the rows for one table; `load` reads them in. Column order is the table's. */
export class TableSink {
  private lines: string[] = [];
  private rows = 0;
  // Kept open: appendFileSync opened and closed the file at every flush.
  private fd: number | null;
  readonly path: string;

  constructor(scratch: string, readonly schema: string, readonly table: string, readonly columns: Column[]) {
    this.path = join(scratch, `${schema}.${table}.csv`);
    this.fd = openSync(this.path, "w");
  }

  add(values: unknown[]): void {
    let line = encode(values[0]);
    for (let i = 1; i < values.length; i++) line += "," + encode(values[i]);
    this.lines.push(line);
    this.rows++;
    // Small batches: the strings die young, which keeps the garbage collector cheap.
    if (this.lines.length >= 2_000) this.flush();
  }

  /** Adds a row from an object keyed by column name. */
  addObject(row: Record<string, unknown>): void {
    this.add(this.columns.map((c) => row[c.name]));
  }

  private flush(): void {
    if (this.lines.length) {
      if (this.fd === null) throw new Error(`${this.schema}.${this.table}: rows added after load`);
      const bytes = Buffer.from(this.lines.join("\n") + "\n");
      for (let done = 0; done < bytes.length;) done += writeSync(this.fd, bytes, done);
    }
    this.lines = [];
  }

  async load(conn: DuckDBConnection): Promise<void> {
    this.flush();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    if (this.rows === 0) return;
    const columns = this.columns.map((c) => `${quoteText(c.name)}: ${quoteText(c.type)}`).join(", ");
    await conn.run(`INSERT INTO ${this.schema}.${quoteIdent(this.table)} SELECT * FROM read_csv(${quoteText(this.path)},
      header = false, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false,
      dateformat = '%Y-%m-%d', columns = {${columns}})`);
  }
}
