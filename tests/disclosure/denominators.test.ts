import {describe, expect, it} from "vitest";
import {suppressMeasures, verifyNoRecovery} from "../../loaders/disclosure/suppress.js";
import {TableDef} from "../../loaders/disclosure/tables.js";
import type {PublicMeasureRow} from "../../loaders/disclosure/schema.js";
import {config, count, find, percent} from "./helpers.js";
import {BANDS, PN_REVIEWS, participationRows, units} from "./participation-fixture.js";

const pub = (row: ReturnType<typeof count>, flag: PublicMeasureRow["flag"] = null): PublicMeasureRow => ({...row, flag});

describe("a percentage's denominator is the same figure as the count it is over", () => {
  it("the oracle reads a suppressed reviews_held total off reviews_in_timescale's denominator (issue 7)", () => {
    // The demo bug: reviews_held year is c, but the timeliness row is 1,240 of 1,254, and no
    // review was unassessable, so 1,254 + 0 gives the hidden total straight back.
    const rows: PublicMeasureRow[] = [
      pub({...count("reviews_held", "year", null)}, "c"),
      pub(percent("reviews_held", "year|not_assessed", 0, 1254)),
      pub(percent("reviews_in_timescale", "year", 1240, 1254))
    ];
    const problems = verifyNoRecovery(rows, undefined, {config, units});
    expect(problems.map((p) => p.figure)).toContain("reviews_held year count");
    // Blanking only the timeliness denominator is not enough: the not_assessed row is over the
    // same total. With both denominators blanked (the counts 0 and 1,240 stay), nothing is given away.
    const one = rows.map((r, i) => (i === 2 ? {...r, value: null, denominator: null, flag: "c" as const} : r));
    expect(verifyNoRecovery(one, undefined, {config, units}).map((p) => p.figure)).toContain("reviews_held year count");
    rows[1] = {...rows[1]!, denominator: null, flag: "c"};
    rows[2] = {...rows[2]!, value: null, denominator: null, flag: "c"};
    expect(verifyNoRecovery(rows, undefined, {config, units})).toEqual([]);
  });

  it("the engine hides the denominator or the total, never only one of two equal figures", () => {
    // reviews_held 12 = 9 assessable + 3 unassessable; 3 is c, so 12 - 9 would give it back:
    // one of the total (12) or the timeliness denominator (9) must go too.
    const rows = [
      count("reviews_held", "year", 12),
      percent("reviews_held", "year|not_assessed", 3, 12),
      percent("reviews_in_timescale", "year", 8, 9)
    ];
    const out = suppressMeasures(rows, {config, units});
    expect(find(out, "reviews_held", "year|not_assessed").flag).toBe("c");
    const total = find(out, "reviews_held", "year");
    const timeliness = find(out, "reviews_in_timescale", "year");
    expect(total.flag === "c" || timeliness.denominator === null).toBe(true);
    expect(verifyNoRecovery(out, undefined, {config, units})).toEqual([]);
  });

  it("a hidden denominator leaves the row's count published and blanks only the percentage", () => {
    // Custom table: the share's base IS the total. The total 3 is c, so the base goes with it,
    // but the 0 on top of it is a real zero and stays.
    const tables = [TableDef.parse({kind: "denominator", id: "t", snapshots: ["year"], measure: "share", groups: [null], of: {measure: "total"}})];
    const out = suppressMeasures([count("total", "year", 3), percent("share", "year", 0, 3)], {config, tables, units: {share: "percent"}});
    expect(find(out, "share", "year")).toMatchObject({value: null, numerator: 0, denominator: null, flag: "c"});
  });
});

describe("participation table shaped like Medway 2024-25 (PN7 = 3)", () => {
  const out = suppressMeasures(participationRows(), {config, units});

  it("leaves nothing recoverable and hides PN7 everywhere", () => {
    expect(verifyNoRecovery(out, undefined, {config, units})).toEqual([]);
    expect(find(out, "reviews_held", "year|PN7").flag).toBe("c");
    expect(find(out, "review_participation", "year|PN7").flag).toBe("c");
    // 1 and 2 of PN7's reviews are in the under-5 and 10-15 bands: hidden.
    expect(find(out, "review_participation", "year|PN7|under_5").numerator).toBeNull();
    expect(find(out, "review_participation", "year|PN7|10_15").numerator).toBeNull();
  });

  it("keeps the headline reviews_held total, and so the timeliness denominator", () => {
    // Before: the greedy never weighed participation's shared denominator (the 7th candidate
    // behind six codes fell outside the look-ahead) and ended by hiding the total.
    expect(find(out, "reviews_held", "year")).toMatchObject({value: 1254, flag: null});
    expect(find(out, "reviews_in_timescale", "year")).toMatchObject({numerator: 1240, denominator: 1254, flag: null});
  });

  it("publishes PN7's zero band cells as zeros", () => {
    // 0 of PN7's 3 reviews were in the 5-9 band: the base 3 is hidden, the 0 is not small.
    expect(find(out, "review_participation", "year|PN7|5_9")).toMatchObject({numerator: 0, denominator: null, flag: "c"});
  });

  it("cannot publish the participation percentage exactly: 1,084 - 1,081 would give PN7's 3", () => {
    const row = find(out, "review_participation", "year");
    expect(row.value).toBeNull();
    expect(row.numerator === null || row.denominator === null).toBe(true);
  });

  it("the oracle catches a shared denominator left on one code row", () => {
    // Every code row is over the same PN1-PN7 total as the headline row. If the headline
    // denominator is hidden, putting 1,084 back on any one code row must be reported.
    const headline = find(out, "review_participation", "year");
    if (headline.denominator !== null) return expect(headline.numerator).toBeNull();
    const leaked = out.map((r) => (r.measure === "review_participation" && r.breakdown === "year|PN1" ? {...r, denominator: 1084} : r));
    expect(verifyNoRecovery(leaked, undefined, {config, units}).length).toBeGreaterThan(0);
  });

  it("hides one PN code count besides PN7, the shared 1,084 and two band bases, and nothing else", () => {
    // Worked by hand. PN7 (3) and its cells 1 (under_5) and 2 (10_15) are primary, and so are
    // the bases of PN7's four band rows (3). Then each sum that would give one of them back
    // needs a second unknown:
    // - 1,254 = PN0 + ... + PN7 needs one more code hidden. PN0 is the cheapest: it is in no
    //   other sum, while PN1-PN6 are also participation rows whose band cells add up to them.
    // - 1,084 - 1,081 = PN7: the 1,081 is PN1-PN6, all published, so the 1,084 goes, and with
    //   it every code row's base (the same 1,084).
    // - under_5: 63 - 62 = 1 and 10_15: 484 - 482 = 2: the numerators are sums of published
    //   cells, so the band bases 63 and 484 go.
    // Check: with x, y PN7's under_5 and 10_15 cells, PN7 = x + y, PN0 = 1,254 - known - PN7,
    // 1,084 = 1,081 + PN7, 63 = 62 + x, 484 = 482 + y: two degrees of freedom, nothing fixed.
    // Before the pruning pass the greedy hid every code (PN0-PN6) and its band cells.
    const counts = out.filter((r) => r.numerator === null && r.flag === "c").map((r) => `${r.measure} ${r.breakdown}`).sort();
    expect(counts).toEqual(["review_participation year|PN7", "review_participation year|PN7|10_15",
      "review_participation year|PN7|under_5", "reviews_held year|PN0", "reviews_held year|PN7"]);
    const bases = out.filter((r) => r.denominator === null && r.flag === "c").map((r) => r.breakdown).sort();
    const codes = ["PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"].map((c) => `year|${c}`);
    const pn7Bands = BANDS.map((b) => `year|PN7|${b}`);
    expect(bases).toEqual(["year", ...codes, ...pn7Bands, "year|under_5", "year|10_15"].sort());
    // Every participating code's count is on show again, on both pages.
    for (const code of ["PN1", "PN2", "PN3", "PN4", "PN5", "PN6"]) {
      expect(find(out, "reviews_held", `year|${code}`)).toMatchObject({numerator: PN_REVIEWS[code], flag: null});
      expect(find(out, "review_participation", `year|${code}`).numerator).toBe(PN_REVIEWS[code]);
    }
    expect(find(out, "review_participation", "year")).toMatchObject({numerator: 1081, denominator: null, flag: "c"});
  });
});
