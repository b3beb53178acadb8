// Where ingest time goes: runs ingestInto with every SQL statement timed, and the JS in between.
// npx tsx bench/profile-ingest.ts INPUT [DB]   (prints the slowest statements and the total outside SQL)
import {rmSync} from "node:fs";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {ingestInto} from "../loaders/warehouse/build.js";

const [input, db = ".tmp/bench/profile-ingest.duckdb"] = process.argv.slice(2);
if (!input) throw new Error("usage: profile-ingest.ts INPUT [DB]");
rmSync(db, {force: true});
rmSync(`${db}.wal`, {force: true});
const instance = await DuckDBInstance.create(db);
const conn = await instance.connect();
const timings: {sql: string; ms: number}[] = [];
const timed = new Proxy(conn, {
  get(target, key, receiver) {
    const value = Reflect.get(target, key, receiver) as unknown;
    if ((key === "run" || key === "runAndReadAll") && typeof value === "function") {
      return async (sql: string, ...rest: unknown[]) => {
        const t = performance.now();
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).call(target, sql, ...rest);
        } finally {
          timings.push({sql: sql.replace(/\s+/g, " ").slice(0, 140), ms: performance.now() - t});
        }
      };
    }
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  }
}) as DuckDBConnection;
const t0 = performance.now();
const report = await ingestInto(timed, input);
const t1 = performance.now();
await conn.run("CHECKPOINT");
const total = t1 - t0;
const sql = timings.reduce((s, t) => s + t.ms, 0);
console.log(`ingestInto ${(total / 1000).toFixed(2)}s: SQL ${(sql / 1000).toFixed(2)}s in ${timings.length} statements, other ${((total - sql) / 1000).toFixed(2)}s; ` +
  `CHECKPOINT ${((performance.now() - t1) / 1000).toFixed(2)}s; ok=${report.ok}, ${report.quality.length} quality rows`);
for (const t of [...timings].sort((a, b) => b.ms - a.ms).slice(0, 15)) console.log(`${t.ms.toFixed(0).padStart(7)} ms  ${t.sql}`);
conn.closeSync();
instance.closeSync();
