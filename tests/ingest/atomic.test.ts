// A failed load must leave the previous warehouse byte-for-byte as it was, with no temp file.
import {readFileSync, readdirSync} from "node:fs";
import {dirname, join} from "node:path";
import {spawnSync} from "node:child_process";
import {describe, expect, it} from "vitest";
import {buildWarehouse} from "../../loaders/warehouse/build.js";
import {BASELINE, tempDb, writeInput} from "./helpers.js";

const root = join(dirname(new URL(import.meta.url).pathname), "..", "..");

describe("atomic builds", () => {
  it("a file-level error leaves the previous warehouse untouched", async () => {
    const db = tempDb();
    const good = await buildWarehouse({input: writeInput(BASELINE), db});
    expect(good.ok).toBe(true);
    const before = readFileSync(db);

    const report = await buildWarehouse({input: writeInput({...BASELINE, "887/2025/reviews.csv": ""}), db, reportPath: join(dirname(db), "report.json")});
    expect(report.ok).toBe(false);
    expect(report.db).toBeNull();
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(readdirSync(dirname(db)).sort()).toEqual(["report.json", "warehouse.duckdb"]);
    const written = JSON.parse(readFileSync(join(dirname(db), "report.json"), "utf8"));
    expect(written.quality.map((q: {rule: string}) => q.rule)).toEqual(["file_empty"]);
  });

  it("an exception during the load leaves it untouched too", async () => {
    const db = tempDb();
    await buildWarehouse({input: writeInput(BASELINE), db});
    const before = readFileSync(db);
    await expect(buildWarehouse({input: join(dirname(db), "no-such-folder"), db})).rejects.toThrow(/no-such-folder/);
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(readdirSync(dirname(db))).toEqual(["warehouse.duckdb"]);
  });

  it("a successful load replaces it", async () => {
    const db = tempDb();
    await buildWarehouse({input: writeInput(BASELINE), db});
    const before = readFileSync(db);
    const report = await buildWarehouse({input: writeInput({...BASELINE, "887/2025/reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\n"}), db});
    expect(report.ok).toBe(true);
    expect(report.db).toBe(db);
    expect(readFileSync(db).equals(before)).toBe(false);
  });
});

describe("the ingest command", () => {
  const run = (args: string[]) => spawnSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "loaders/ingest/cli.ts"), ...args], {encoding: "utf8"});

  it("exits 0 and prints a summary on success", () => {
    const db = tempDb();
    const result = run(["--input", writeInput(BASELINE), "--db", db]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/887\s+2025\s+episodes\s+3\s+3\s+0\s+0/);
    expect(result.stdout).toContain(`Warehouse written: ${db}`);
  });

  it("exits 1 on a file-level error and names the problem", () => {
    const db = tempDb();
    const result = run(["--input", writeInput({...BASELINE, "887/2025/header.csv": null}), "--db", db]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("file_missing_required");
    expect(result.stdout).toContain("887/2025/header.csv - 887/2025 has no header file (required for every LA-year)");
    expect(result.stdout).toContain("FAILED");
    expect(readdirSync(dirname(db))).toEqual([]);
  });
});
