// Comparator rows from LAIT, on a hand-set ref.lait_measures (the shipped file is replaced in the test).
// Medway's ten neighbours (ref.stat_neighbours, 2025 model): 866 332 886 303 926 935 883 891 351 384.
// LACStable_2016on 2025: neighbours 866 10, 332 12, 886 8, 303 '-', 926 11, 935 9, 883 10, 891 12, 351 14,
//   384 no row at all -> mean of the 8 with data = 86 / 8 = 10.75 (not 86 / 10).
//   Medway 9 (numerator LACStableNum_2016on 45), England 10 (7000), South East (989) 11.
// LACStable_2016on 2024: every neighbour '-' -> no sn row.
// Stability_SocialWorker 2024: 20 LAs valued 1-20, Medway 6th lowest -> band ceil(4 x 6 / 20) = 2.
//   LACStable 2025 has only 10 LAs with values (< 20): no quartile row.
import {beforeAll, describe, expect, it} from "vitest";
import {collections, emptyWarehouse, insert, pick, runFiles, type Row} from "./iro-helpers.js";

let rows: Row[];

beforeAll(async () => {
  const conn = await emptyWarehouse();
  await collections(conn, "887", [2025]);
  await conn.run("DELETE FROM ref.lait_measures");
  const lait = (measure_short: string, year: number, la_number: string, value: number | null) =>
    ({measure_short, year, la_number, value, value_text: value === null ? "-" : String(value)});
  const neighbours: [string, number | null][] = [
    ["866", 10], ["332", 12], ["886", 8], ["303", null], ["926", 11], ["935", 9], ["883", 10], ["891", 12], ["351", 14]
  ];
  await insert(conn, "ref.lait_measures", [
    ...neighbours.map(([la, v]) => lait("LACStable_2016on", 2025, la, v)),
    ...neighbours.map(([la]) => lait("LACStable_2016on", 2024, la, null)),
    lait("LACStable_2016on", 2025, "887", 9), lait("LACStableNum_2016on", 2025, "887", 45),
    lait("LACStable_2016on", 2025, "970", 10), lait("LACStableNum_2016on", 2025, "970", 7000),
    lait("LACStable_2016on", 2025, "989", 11)
  ]);
  const others = (await conn.runAndReadAll(
    "SELECT la_number FROM ref.la_codes WHERE la_type IS NOT NULL AND la_number <> '887' ORDER BY la_number LIMIT 19"
  )).getRowObjectsJS().map((r) => String(r.la_number));
  const values = [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
  await insert(conn, "ref.lait_measures", [
    lait("Stability_SocialWorker", 2024, "887", 6),
    ...others.map((la, i) => lait("Stability_SocialWorker", 2024, la, values[i]!))
  ]);
  rows = await runFiles(conn, ["comparators/lait.sql"]);
});

describe("LAIT comparators", () => {
  it("averages only the neighbours that have data", () => {
    const r = pick(rows, "placements_3plus", "at_end", "sn:887", 2025);
    expect(r.value).toBeCloseTo(10.75, 10);
    expect([r.numerator, r.denominator]).toEqual([null, null]);
  });

  it("writes no neighbour average when no neighbour has data", () => {
    expect(rows.filter((r) => r.la === "sn:887" && r.year === 2024 && r.measure === "placements_3plus")).toEqual([]);
  });

  it("gives England, the region and DfE's own figure, with the numerator series", () => {
    expect(pick(rows, "placements_3plus", "at_end", "970", 2025)).toMatchObject({value: 10, numerator: 7000});
    expect(pick(rows, "placements_3plus", "at_end", "989", 2025)).toMatchObject({value: 11, numerator: null});
    expect(pick(rows, "placements_3plus", "at_end", "dfe:887", 2025)).toMatchObject({value: 9, numerator: 45});
    // Neighbours are comparators only through sn:887; their own rows are not written.
    expect(rows.some((r) => r.la === "866" || r.la === "dfe:866")).toBe(false);
  });

  it("bands the LA among all LAs when there are enough", () => {
    expect(pick(rows, "sw_instability_3plus", "at_end", "quartile:887", 2024)).toMatchObject({value: 2, numerator: 6, denominator: 20});
    expect(rows.some((r) => r.la === "quartile:887" && r.measure === "placements_3plus")).toBe(false);
  });
});

// The shipped LAIT file, Stability_SocialWorker 2024 (the only year DfE publishes it): Medway 26, England 27,
// South East 25. Neighbours 35 23 29 35 26 12 27 30 38 26 -> 281 / 10 = 28.1. Of 151 LAs with a value,
// 72 are below 26, so Medway ranks 73rd -> band ceil(4 x 73 / 151) = 2.
describe("LAIT comparators from the shipped data", () => {
  it("matches figures read off cla-measures.csv by hand", async () => {
    const conn = await emptyWarehouse();
    await collections(conn, "887", [2025]);
    const real = await runFiles(conn, ["comparators/lait.sql"]);
    const get = (la: string) => pick(real, "sw_instability_3plus", "at_end", la, 2024);
    expect([get("dfe:887").value, get("970").value, get("989").value]).toEqual([26, 27, 25]);
    expect(get("sn:887").value).toBeCloseTo(28.1, 10);
    expect(get("quartile:887")).toMatchObject({value: 2, numerator: 73, denominator: 151});
  });
});
