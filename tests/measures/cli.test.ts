// The measures command: from an input folder, or from an existing warehouse, to JSON or CSV.
import {execFileSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {buildWarehouse} from "../../loaders/warehouse/build.js";
import {measuresFor, toCsv} from "../../loaders/measures/cli.js";
import {MeasuresFile} from "../../loaders/measures/schema.js";
import {fixtureDir} from "./helpers.js";

const temp = mkdtempSync(join(tmpdir(), "measures-cli-"));
afterAll(() => rmSync(temp, {recursive: true, force: true}));

describe("measures command", () => {
  it("writes a valid MeasuresFile from an input folder (flows: 7 starts, 8 ceases)", () => {
    const out = join(temp, "flows.json");
    execFileSync("npx", ["tsx", "loaders/measures/cli.ts", "--input", fixtureDir("flows"), "--out", out], {stdio: "pipe"});
    const file = MeasuresFile.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(file.input).toBe(fixtureDir("flows"));
    const starts = file.measures.find((r) => r.la === "887" && r.year === "2024-25" && r.measure === "starts" && r.breakdown === "year");
    expect(starts?.value).toBe(7);
  });

  it("reads an existing warehouse with --db and leaves it unchanged", async () => {
    const db = join(temp, "snapshots.duckdb");
    await buildWarehouse({input: fixtureDir("snapshots"), db});
    const before = statSync(db);
    const file = await measuresFor({db});
    expect(file.input).toBeUndefined();
    const count = file.measures.find((r) => r.la === "887" && r.measure === "cla_count" && r.breakdown === "at_end");
    expect(count?.value).toBe(8);
    expect(statSync(db).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(db).size).toBe(before.size);
  });

  it("writes CSV with a header, empty cells for nulls, and quotes where needed", () => {
    const csv = toCsv([
      {la: "887", year: "2024-25", measure: "cla_rate", breakdown: "at_end", value: null, numerator: 8, denominator: null},
      {la: "887", year: "2024-25", measure: "x", breakdown: 'a,"b"', value: 1.5, numerator: null, denominator: null}
    ]);
    expect(csv).toBe(
      "la,year,measure,breakdown,value,numerator,denominator\n887,2024-25,cla_rate,at_end,,8,\n887,2024-25,x,\"a,\"\"b\"\"\",1.5,,\n"
    );
  });
});
