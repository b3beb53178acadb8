// Where measures time goes: each model/, sql/ and comparators/ file run on its own and timed.
// npx tsx bench/profile-measures.ts WAREHOUSE [--explain NAME] [--set "name=value"]   (works on a copy; the warehouse is left alone)
//   --explain NAME   also prints DuckDB's EXPLAIN ANALYZE for the model or measure file whose name contains NAME
//   --set X=Y        a DuckDB setting to try first (e.g. preserve_insertion_order=false, threads=1)
import {copyFileSync, existsSync, readFileSync, rmSync} from "node:fs";
import {basename} from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {sqlFiles} from "../loaders/measures/run.js";

const args = process.argv.slice(2);
const db = args[0];
const option = (f: string) => (args.indexOf(f) > 0 ? args[args.indexOf(f) + 1] : undefined);
const name = option("--explain");
const flag = name ? "--explain" : undefined;
const setting = option("--set");
if (!db) throw new Error("usage: profile-measures.ts WAREHOUSE [--explain NAME]");
const copy = `${db}.profile-copy`;
copyFileSync(db, copy);
if (existsSync(`${db}.wal`)) copyFileSync(`${db}.wal`, `${copy}.wal`);
const instance = await DuckDBInstance.create(copy);
const conn = await instance.connect();
// CPU time (all of DuckDB's threads) as well as wall time: on a shared machine wall time says little.
const rows: {file: string; ms: number; cpuMs: number}[] = [];
const time = async (file: string, sql: string) => {
  const t = performance.now();
  const cpu = process.cpuUsage();
  await conn.run(sql);
  const used = process.cpuUsage(cpu);
  rows.push({file, ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000});
};
try {
  if (setting) await conn.run(`SET ${setting.replace("=", " = ")}`);
  await conn.run("CREATE SCHEMA IF NOT EXISTS model; CREATE SCHEMA IF NOT EXISTS measures;");
  for (const file of sqlFiles("model")) {
    const sql = readFileSync(file, "utf8");
    if (flag === "--explain" && name && basename(file).includes(name)) {
      // A model file may hold several statements: explain the last, after running the rest.
      const statements = sql.split(/;\s*\n/).filter((s) => s.trim());
      for (const s of statements.slice(0, -1)) await conn.run(s);
      const reader = await conn.runAndReadAll(`EXPLAIN ANALYZE ${statements.at(-1)!.replace(/^\s*CREATE\s+(OR\s+REPLACE\s+)?(TABLE|VIEW)\s+\S+\s+AS/i, "")}`);
      console.log(reader.getRowObjectsJS().map((r) => String(r.explain_value)).join("\n"));
    }
    await time(`model/${basename(file)}`, sql);
  }
  for (const folder of ["sql", "comparators"] as const) {
    for (const file of sqlFiles(folder)) {
      const sql = readFileSync(file, "utf8").trim().replace(/;\s*$/, "");
      if (flag === "--explain" && name && basename(file).includes(name)) {
        const reader = await conn.runAndReadAll(`EXPLAIN ANALYZE ${sql}`);
        console.log(reader.getRowObjectsJS().map((r) => String(r.explain_value)).join("\n"));
      }
      await time(`${folder}/${basename(file)}`, `CREATE OR REPLACE TEMP TABLE profile_out AS ${sql}`);
    }
  }
} finally {
  conn.closeSync();
  instance.closeSync();
  rmSync(copy, {force: true});
  rmSync(`${copy}.wal`, {force: true});
}
const total = rows.reduce((s, r) => s + r.ms, 0);
const cpu = rows.reduce((s, r) => s + r.cpuMs, 0);
console.log(`total ${(total / 1000).toFixed(2)}s wall, ${(cpu / 1000).toFixed(2)}s CPU`);
for (const r of rows.sort((a, b) => b.cpuMs - a.cpuMs)) console.log(`${r.ms.toFixed(0).padStart(7)} ms ${r.cpuMs.toFixed(0).padStart(7)} ms CPU  ${r.file}`);
