// The optional postcode lookup (data/reference/postcodes.csv -> ref.postcodes): loaded only when present,
// keys normalised to upper case without spaces so 'me4 4aa', 'ME4 4AA' and 'ME44AA' are one postcode.
import {cpSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {describe, expect, it} from "vitest";
import {defaultReferenceDir, loadReference} from "../../loaders/warehouse/reference.js";

async function loaded(postcodes: string | null): Promise<Record<string, unknown>[]> {
  const dir = mkdtempSync(join(tmpdir(), "ref-"));
  try {
    cpSync(defaultReferenceDir, dir, {recursive: true});
    rmSync(join(dir, "postcodes.csv"), {force: true});
    if (postcodes !== null) writeFileSync(join(dir, "postcodes.csv"), postcodes);
    const conn = await (await DuckDBInstance.create(":memory:")).connect();
    await loadReference(conn, dir);
    return (await conn.runAndReadAll("SELECT postcode, easting, northing, la FROM ref.postcodes ORDER BY postcode")).getRowObjectsJS();
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

describe("ref.postcodes", () => {
  it("is empty when no postcodes.csv is supplied", async () => {
    expect(await loaded(null)).toEqual([]);
  });
  it("normalises the postcode and keeps easting, northing and LA", async () => {
    const rows = await loaded("postcode,easting,northing,la\nme4 4aa,575000,168000,887\nCT1 1AA,615000.5,158000,886\nZZ99ZZ,1,2,\n");
    expect(rows).toEqual([
      {postcode: "CT11AA", easting: 615000.5, northing: 158000, la: "886"},
      {postcode: "ME44AA", easting: 575000, northing: 168000, la: "887"},
      {postcode: "ZZ99ZZ", easting: 1, northing: 2, la: null}
    ]);
  });
  it("rejects a postcode given twice, naming the file", async () => {
    await expect(loaded("postcode,easting,northing,la\nME4 4AA,1,2,887\nme44aa,3,4,887\n")).rejects.toThrow(/postcodes\.csv/);
  });
});
