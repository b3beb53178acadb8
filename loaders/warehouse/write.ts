// Bulk loading: rows are written to temp CSV files and read in with a single read_csv per table,
// which is far faster than appending value by value. Council workers write the files
// (council-ingest.ts); the main thread loads every council's file of a table in one statement.
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

/** Rows of one table to one CSV file, written in small batches; `header` names the columns when given. */
export class CsvWriter {
  private lines: string[] = [];
  private fd: number | null;
  rows = 0;

  constructor(readonly path: string, header?: string[]) {
    this.fd = openSync(path, "w");
    if (header) this.lines.push(header.map(encode).join(","));
  }

  add(values: unknown[]): void {
    let line = encode(values[0]);
    for (let i = 1; i < values.length; i++) line += "," + encode(values[i]);
    this.lines.push(line);
    this.rows++;
    // Small batches: the strings die young, which keeps the garbage collector cheap.
    if (this.lines.length >= 2_000) this.flush();
  }

  private flush(): void {
    if (this.lines.length) {
      if (this.fd === null) throw new Error(`${this.path}: rows added after close`);
      const bytes = Buffer.from(this.lines.join("\n") + "\n");
      for (let done = 0; done < bytes.length;) done += writeSync(this.fd, bytes, done);
    }
    this.lines = [];
  }

  close(): void {
    this.flush();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

const CSV_OPTIONS = `delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false`;

/** Loads headerless files whose fields are the table's columns in order. */
export async function loadTyped(conn: DuckDBConnection, schema: string, table: string, columns: Column[], paths: string[]): Promise<void> {
  if (!paths.length) return;
  const types = columns.map((c) => `${quoteText(c.name)}: ${quoteText(c.type)}`).join(", ");
  await conn.run(`INSERT INTO ${schema}.${quoteIdent(table)} SELECT * FROM read_csv([${paths.map(quoteText).join(", ")}],
    header = false, auto_detect = false, ${CSV_OPTIONS}, dateformat = '%Y-%m-%d', columns = {${types}})`);
}

/**
 * Loads raw-layer files, each with a header naming its own columns (councils' files differ): columns
 * are matched by name and a column a file lacks is NULL. Every raw column is text but year and line.
 */
export async function loadRaw(conn: DuckDBConnection, table: string, paths: string[]): Promise<void> {
  if (!paths.length) return;
  await conn.run(`INSERT INTO raw.${quoteIdent(table)} BY NAME SELECT * FROM read_csv([${paths.map(quoteText).join(", ")}],
    header = true, auto_detect = false, union_by_name = true, all_varchar = true, ${CSV_OPTIONS})`);
}

/**
 * Runs `work` with DuckDB's FSST string compression off. Choosing a compression for every text column written
 * to the warehouse is costly, FSST the costliest to try (a tenth of the measures' CPU, an eighth of the ingest's
 * load), and without it the file is at most a fifth larger. The setting belongs to the database, not the connection, so it
 * is put back as it was.
 */
export async function withoutFsst(conn: DuckDBConnection, work: () => Promise<void>): Promise<void> {
  const setting = "disabled_compression_methods";
  const before = String((await conn.runAndReadAll(`SELECT current_setting('${setting}') AS v`)).getRowObjectsJS()[0]?.v ?? "");
  const methods = new Set(before.split(",").map((m) => m.trim().toLowerCase()).filter(Boolean)).add("fsst");
  await conn.run(`SET ${setting} = '${[...methods].join(",")}'`);
  try {
    await work();
  } finally {
    await conn.run(before ? `SET ${setting} = '${before.replace(/'/g, "''")}'` : `RESET ${setting}`);
  }
}

/** Collects the rows for one table; `load` reads them in. Column order is the table's. */
export class TableSink {
  private writer: CsvWriter;

  constructor(scratch: string, readonly schema: string, readonly table: string, readonly columns: Column[]) {
    this.writer = new CsvWriter(join(scratch, `${schema}.${table}.csv`));
  }

  add(values: unknown[]): void {
    this.writer.add(values);
  }

  /** Adds a row from an object keyed by column name. */
  addObject(row: Record<string, unknown>): void {
    this.add(this.columns.map((c) => row[c.name]));
  }

  async load(conn: DuckDBConnection): Promise<void> {
    this.writer.close();
    if (this.writer.rows > 0) await loadTyped(conn, this.schema, this.table, this.columns, [this.writer.path]);
  }
}
