// Deriving PL_DISTANCE / PL_LA / PL_LOCATION from a postcode lookup (model/12_episodes.sql), over
// fixtures/postcodes (Medway 887, 2024-25; every episode open at 31 March 2025; the file has the three
// PL_ columns but leaves them blank except F's distance).
//
// Lookup (inserted below as ref.postcodes; keys are stored upper case without spaces):
//   ME44AA home       575000, 168000  887
//   ME11AA            574000, 167000  887
//   CT11AA            615000, 158000  886
//   TN11AA            607250, 168000  886
//   ZZ99ZZ            (not in the lookup)
// Distance = sqrt(dE^2 + dN^2) / 1000 / 1.6093, rounded to 0.1:
//   ME44AA -> ME11AA  sqrt(1000^2 + 1000^2) = 1414.2 m   -> 0.8788 -> 0.9 miles
//   ME44AA -> CT11AA  sqrt(40000^2 + 10000^2) = 41231.1 m -> 25.621 -> 25.6 miles
//   ME44AA -> TN11AA  32250 m -> 20.0398 -> 20.0 miles: rounded first, so NOT over 20
//
// child home      placement  given       derived distance  location
// A     ME4 4AA   ME1 1AA    -           0.9               IN  (887)
// B     me44aa    CT1 1AA    -           25.6              OUT (886)   home postcode in another spelling
// C     ME4 4AA   TN1 1AA    -           20.0              OUT (886)
// D     (blank)   ME1 1AA    -           unknown (no home) IN  (887)   never invent a distance
// E     ME4 4AA   ZZ9 9ZZ    -           unknown           unknown     placement postcode not in lookup
// F     ME4 4AA   CT1 1AA    3.0 miles   3.0 (given wins)  OUT (886)
//
// placed_over_20_miles at_end: over 20 = B; known = A B C F -> 1/4 = 25%; unknown_distance D E = 2 of 6.
// placed_outside_la at_end: B C F = 3/6 = 50%; unknown_location E = 1.
// placed_over_20_miles_outside_la at_end: B = 1/6.
// Without the lookup only F's 3.0 is known: 0/1 = 0%, and no location is known.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildFixture, type Built} from "./helpers.js";

let b: Built;
beforeAll(async () => {
  b = await buildFixture("postcodes");
});
afterAll(() => b?.close());

const Y = "2024-25";

describe("distance and location without a postcode lookup", () => {
  it("uses only what the extract gives", () => {
    expect(b.row("887", Y, "placed_over_20_miles", "at_end")).toMatchObject({value: 0, numerator: 0, denominator: 1});
    expect(b.row("887", Y, "placed_outside_la", "at_end|unknown_location")).toMatchObject({value: 6});
  });
});

describe("distance and location derived from ref.postcodes", () => {
  beforeAll(async () => {
    await b.conn.run(`INSERT INTO ref.postcodes VALUES
      ('ME44AA', 575000, 168000, '887'), ('ME11AA', 574000, 167000, '887'),
      ('CT11AA', 615000, 158000, '886'), ('TN11AA', 607250, 168000, '886')`);
    await b.recompute();
  });
  afterAll(async () => {
    await b.conn.run("DELETE FROM ref.postcodes");
    await b.recompute();
  });

  it("derives each child's distance as DfE's validator does, rounded to 0.1 mile", async () => {
    const reader = await b.conn.runAndReadAll(
      "SELECT child, pl_distance, pl_la, pl_location, pl_distance_derived FROM model.episodes ORDER BY child");
    expect(reader.getRowObjectsJS()).toEqual([
      {child: "A", pl_distance: 0.9, pl_la: "887", pl_location: "IN", pl_distance_derived: true},
      {child: "B", pl_distance: 25.6, pl_la: "886", pl_location: "OUT", pl_distance_derived: true},
      {child: "C", pl_distance: 20, pl_la: "886", pl_location: "OUT", pl_distance_derived: true},
      {child: "D", pl_distance: null, pl_la: "887", pl_location: "IN", pl_distance_derived: false},
      {child: "E", pl_distance: null, pl_la: null, pl_location: null, pl_distance_derived: false},
      {child: "F", pl_distance: 3, pl_la: "886", pl_location: "OUT", pl_distance_derived: false}
    ]);
  });

  it("feeds the distance and location measures", () => {
    expect(b.row("887", Y, "placed_over_20_miles", "at_end")).toMatchObject({value: 25, numerator: 1, denominator: 4});
    expect(b.row("887", Y, "placed_over_20_miles", "at_end|unknown_distance")).toMatchObject({value: 2, denominator: 6});
    expect(b.row("887", Y, "placed_outside_la", "at_end")).toMatchObject({value: 50, numerator: 3, denominator: 6});
    expect(b.row("887", Y, "placed_outside_la", "at_end|unknown_location")).toMatchObject({value: 1});
    const dfe = b.row("887", Y, "placed_over_20_miles_outside_la", "at_end");
    expect(dfe).toMatchObject({numerator: 1, denominator: 6});
    expect(dfe.value).toBeCloseTo(100 / 6, 10);
  });
});
