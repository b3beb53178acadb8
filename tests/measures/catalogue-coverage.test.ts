// Every measure id a real run writes — our own rows and the comparator rows (England, region, dfe:<la>,
// sn:<la>, quartile:<la>) — has a catalogue entry, so the Definitions page and every chart caption can
// describe it; and every catalogue entry is written by some run, so no definition describes nothing.
// The runs go through the real loader and computeMeasures over four fixture folders that between them
// hold every optional table (sw_episodes, drn, iro_allocations, uasc).
import {existsSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {catalogue} from "../../loaders/measures/catalogue/index.js";
import {buildFixture} from "./helpers.js";
import type {MeasureRow} from "../../loaders/measures/schema.js";

const fixtures = ["snapshots", "social-work", "disputes", "iro", "flows"];
const fixtureLas = new Set(["886", "887"]); // the LAs these folders hold; every other `la` is a comparator area
const isOurs = (r: MeasureRow) => fixtureLas.has(r.la);
const rows: MeasureRow[] = [];
beforeAll(async () => {
  for (const name of fixtures) {
    const b = await buildFixture(name);
    try {
      await b.conn.run("INSERT INTO ref.population SELECT DISTINCT la, year, 50000 FROM meta.collections");
      await b.recompute();
      rows.push(...b.rows());
    } finally {
      b.close();
    }
  }
}, 120_000);
afterAll(() => rows.splice(0));

describe("catalogue coverage on real runs", () => {
  it("has a definition for every measure id in the output, comparators included", () => {
    const defined = new Set(catalogue.map((d) => d.id));
    const emitted = [...new Set(rows.map((r) => r.measure))].sort();
    expect(emitted.length).toBeGreaterThan(25);
    expect(emitted.filter((id) => !defined.has(id))).toEqual([]);
  });
  it("writes every catalogued measure for the LAs themselves", () => {
    const ownIds = new Set(rows.filter(isOurs).map((r) => r.measure));
    expect(catalogue.map((d) => d.id).filter((id) => !ownIds.has(id))).toEqual([]);
  });
  it("points every definition at an SQL file that exists", () => {
    for (const d of catalogue) expect(existsSync(join("loaders", "measures", d.sql)), `${d.id}: ${d.sql}`).toBe(true);
  });
  it("gives every comparator row a key that one of our own rows can have", () => {
    // A DfE series mapped to a breakdown we never write cannot be set beside our figure. The two DfE
    // placement series with no group of ours keep `dfe_` keys on purpose (cla_by_placement_type_pct notes).
    const ours = new Set(rows.filter(isOurs).map((r) => `${r.measure} ${r.breakdown}`));
    const comparator = new Set(rows.filter((r) => !isOurs(r)).map((r) => `${r.measure} ${r.breakdown}`));
    expect(comparator.size).toBeGreaterThan(15);
    expect([...comparator].filter((k) => !ours.has(k) && !k.includes("|dfe_")).sort()).toEqual([]);
  });
});
