import {cpSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {describe, expect, it} from "vitest";
import {defaultReferenceDir, loadReference} from "../../loaders/warehouse/reference.js";
import {emptyWarehouse} from "../measures/iro-helpers.js";

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const conn = await emptyWarehouse();
  return (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

describe("loadReference", () => {
  it("knows the England and Wales bank holidays", async () => {
    const rows = await query(`SELECT strftime(date, '%Y-%m-%d') d, name FROM ref.bank_holidays
      WHERE date IN ('2025-04-21', '2025-04-18', '2022-09-19', '2020-05-08', '2020-05-04', '2012-06-05', '2023-05-08', '2027-03-29') ORDER BY date`);
    // 4 May 2020 is absent: the early May holiday moved to VE day (8 May) that year.
    expect(rows.map((r) => r.d)).toEqual(["2012-06-05", "2020-05-08", "2022-09-19", "2023-05-08", "2025-04-18", "2025-04-21", "2027-03-29"]);
    expect(rows.find((r) => r.d === "2025-04-21")?.name).toBe("Easter Monday");
  });

  it("has eight holidays a normal year and none at weekends", async () => {
    const rows = await query(`SELECT year(date)::INT y, count(*)::INT n, count(*) FILTER (WHERE dayofweek(date) IN (0, 6))::INT weekend
      FROM ref.bank_holidays GROUP BY 1 ORDER BY 1`);
    expect(rows.length).toBe(16); // 2012-2027
    for (const r of rows) {
      expect(r.weekend).toBe(0);
      // 2012: Diamond Jubilee; 2022: Platinum Jubilee and the state funeral; 2023: coronation.
      expect(r.n).toBe(({2012: 9, 2022: 10, 2023: 9} as Record<number, number>)[r.y as number] ?? 8);
    }
  });

  it("keeps LAIT's suppressed values as text with no number", async () => {
    const rows = await query(`SELECT count(*)::INT n, count(*) FILTER (WHERE value IS NULL)::INT null_values,
      count(*) FILTER (WHERE value_text = '-')::INT dashes FROM ref.lait_measures`);
    expect(rows[0]).toEqual({n: 41990, null_values: 4683, dashes: 4683});
    const medway = await query(`SELECT value FROM ref.lait_measures WHERE measure_short = 'Stability_SocialWorker' AND la_number = '887' AND year = 2024`);
    expect(medway).toEqual([{value: 26}]);
  });

  it("maps both spellings of the London regions to LAIT's region numbers", async () => {
    const rows = await query(`SELECT c.la_number, r.region_number FROM ref.la_codes c JOIN ref.regions r USING (region)
      WHERE c.la_number IN ('886', '887', '201', '301', '370') ORDER BY 1`);
    expect(rows).toEqual([
      {la_number: "201", region_number: "987"}, // City of London, 'Inner London'
      {la_number: "301", region_number: "988"}, // Barking and Dagenham, 'Outer London'
      {la_number: "370", region_number: "982"}, // Barnsley, 'Yorkshire and The Humber'
      {la_number: "886", region_number: "989"},
      {la_number: "887", region_number: "989"}
    ]);
    const unmatched = await query(`SELECT DISTINCT region FROM ref.la_codes WHERE region IS NOT NULL AND region NOT IN (SELECT region FROM ref.regions)`);
    expect(unmatched).toEqual([]);
  });

  it("loads the neighbours, definitions, DRN categories and the LAIT map", async () => {
    const rows = await query(`SELECT
      (SELECT count(*) FROM ref.stat_neighbours WHERE la_number = '887')::INT sn,
      (SELECT neighbour_la_number FROM ref.stat_neighbours WHERE la_number = '887' AND rank = 1) first_sn,
      (SELECT count(*) FROM ref.drn_categories)::INT categories,
      (SELECT polarity FROM ref.lait_definitions WHERE measure_short = 'Stability_SocialWorker') polarity,
      (SELECT measure || ' ' || breakdown FROM ref.lait_measure_map WHERE measure_short = 'LACStableNum_2016on') mapped_to,
      (SELECT count(*) FROM ref.lait_measure_map WHERE measure_short NOT IN (SELECT measure_short FROM ref.lait_measures))::INT unknown_series`);
    expect(rows[0]).toEqual({sn: 10, first_sn: "866", categories: 20, polarity: "Low", mapped_to: "placements_3plus at_end", unknown_series: 0});
  });

  it("loads the ingest engineer's ethnicity groups", async () => {
    expect(await query(`SELECT group_key FROM ref.ethnicity_groups WHERE code = 'WBRI'`)).toEqual([{group_key: "white"}]);
  });

  it("leaves population empty when no population.csv is supplied", async () => {
    expect(await query(`SELECT count(*)::INT n FROM ref.population`)).toEqual([{n: 0}]);
  });
});

describe("loadReference with a folder missing a file", () => {
  it("names the missing file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ref-"));
    cpSync(defaultReferenceDir, dir, {recursive: true});
    rmSync(join(dir, "bank-holidays-england-wales.csv"));
    const conn = await (await DuckDBInstance.create(":memory:")).connect();
    await expect(loadReference(conn, dir)).rejects.toThrow(/bank-holidays-england-wales\.csv/);
    rmSync(dir, {recursive: true, force: true});
  });
});
