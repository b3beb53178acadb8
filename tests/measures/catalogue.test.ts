// The catalogue describes every measure the cohort / distance / stability / flow SQL writes, and
// points at SQL files that exist.
import {existsSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {catalogue} from "../../loaders/measures/catalogue/index.js";
import {buildFixture, type Built} from "./helpers.js";

const mine = [
  "cla_count", "cla_rate", "cla_by_legal_status", "cla_by_age_band", "cla_by_gender", "cla_by_ethnicity", "uasc_count",
  "cla_by_placement_type", "placed_over_20_miles", "placed_over_20_miles_outside_la", "placed_outside_la",
  "placements_3plus", "placements_3plus_by_age", "long_term_stability", "starts", "ceased"
];

let b: Built;
beforeAll(async () => {
  b = await buildFixture("snapshots");
});
afterAll(() => b?.close());

describe("catalogue", () => {
  it("has one definition per measure, each with an existing SQL file", () => {
    for (const id of mine) {
      const definition = catalogue.find((d) => d.id === id);
      expect(definition, id).toBeDefined();
      expect(existsSync(join("loaders", "measures", definition!.sql)), definition!.sql).toBe(true);
    }
  });
  it("covers every measure id the SQL emits for these families", () => {
    const ids = new Set(catalogue.map((d) => d.id));
    const emitted = new Set(b.rows().filter((r) => r.la === "887").map((r) => r.measure));
    for (const id of mine) expect(emitted.has(id), `${id} emitted`).toBe(true);
    for (const id of emitted) if (mine.includes(id)) expect(ids.has(id)).toBe(true);
  });
  it("names the LAIT series that match", () => {
    const dfe = Object.fromEntries(catalogue.flatMap((d) => d.dfe.map((s) => [s.measure_short, `${d.id} ${s.breakdown}`])));
    expect(dfe).toMatchObject({
      LACnum: "cla_count at_end", LACnum_Start: "starts year|children", LACceased: "ceased year|children",
      LACStable_2016on: "placements_3plus at_end", "LAC_LongStable%": "long_term_stability at_end",
      LACDistance: "placed_over_20_miles_outside_la at_end", Unacc_Asylmn_Seek_Childn: "uasc_count at_end",
      "No_of LAC Adopted": "ceased year|children|adopted", LAC_ceased_SGO: "ceased year|children|sgo"
    });
  });
});
