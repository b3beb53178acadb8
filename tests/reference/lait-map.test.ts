// The LAIT map (data/reference/lait-measure-map.csv) is the one place that says which DfE series stands
// beside which measure; the catalogue's `dfe` lists must agree with it, or the Definitions page and the
// comparator rows would disagree.
import {describe, expect, it} from "vitest";
import {catalogue} from "../../loaders/measures/catalogue/index.js";
import {emptyWarehouse} from "../measures/iro-helpers.js";

describe("lait-measure-map", () => {
  it("agrees with every catalogue entry's DfE series", async () => {
    const conn = await emptyWarehouse();
    const map = new Map(
      (await conn.runAndReadAll("SELECT measure_short, measure, breakdown FROM ref.lait_measure_map WHERE measure IS NOT NULL"))
        .getRowObjectsJS()
        .map((r) => [String(r.measure_short), `${r.measure} ${r.breakdown}`])
    );
    const claimed = catalogue.flatMap((d) => d.dfe.map((s) => [s.measure_short, `${d.id} ${s.breakdown}`] as const));
    expect(claimed.length).toBeGreaterThan(10);
    for (const [series, target] of claimed) expect(map.get(series), series).toBe(target);
  });

  it("marks each series as a value or a numerator, once", async () => {
    const conn = await emptyWarehouse();
    const rows = (await conn.runAndReadAll(`SELECT measure, breakdown, count(*) FILTER (WHERE field = 'value')::INT v,
      count(*) FILTER (WHERE field NOT IN ('value', 'numerator'))::INT bad
      FROM ref.lait_measure_map WHERE measure IS NOT NULL GROUP BY ALL`)).getRowObjectsJS();
    for (const r of rows) expect([r.v, r.bad], `${r.measure} ${r.breakdown}`).toEqual([1, 0]);
  });
});
