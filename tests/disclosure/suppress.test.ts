import {describe, expect, it} from "vitest";
import {suppressMeasures, verifyNoRecovery, checkTables} from "../../loaders/disclosure/suppress.js";
import {tables, TableDef} from "../../loaders/disclosure/tables.js";
import {DisclosureConfig, loadDisclosureConfig} from "../../loaders/disclosure/config.js";
import {PublicMeasureRow} from "../../loaders/disclosure/schema.js";
import {config, count, find, hidden, percent} from "./helpers.js";

describe("primary suppression", () => {
  it("hides counts 1-4, keeps zero and counts of 5 or more", () => {
    const out = suppressMeasures([
      count("uasc_count", "at_end", 0),
      count("cla_count", "at_start", 4),
      count("cla_count", "at_end", 5),
      count("drn_raised", "year", 1)
    ], {config, tables: []});
    expect(find(out, "uasc_count", "at_end")).toMatchObject({value: 0, flag: null});
    expect(find(out, "cla_count", "at_start")).toMatchObject({value: null, flag: "c"});
    expect(find(out, "cla_count", "at_end")).toMatchObject({value: 5, flag: null});
    expect(find(out, "drn_raised", "year")).toMatchObject({value: null, flag: "c"});
  });

  it("hides percentages on a small numerator or a denominator under 10, numerator with them", () => {
    const units = {sw_continuity: "percent", long_term_stability: "percent", placements_3plus: "percent",
      reviews_in_timescale: "percent", review_participation: "percent", cla_rate: "rate"} as const;
    const out = suppressMeasures([
      percent("sw_continuity", "at_end", 3, 40),          // numerator 3 < 5: c, denominator 40 stays
      percent("long_term_stability", "at_end", 6, 8),     // denominator 8 < 10: c, numerator 6 hidden with it
      percent("placements_3plus", "at_end", 0, 40),       // 0 of 40 is a real 0%
      percent("reviews_in_timescale", "year", 1, 2),      // 1 of 2: both small, denominator hidden too
      percent("review_participation", "year", 5, 2000),   // 0.25% rounds to 0 at whole numbers: k
      {la: "887", year: "2024-25", measure: "review_participation", breakdown: "year|PN7", value: null, numerator: 0, denominator: 0},
      {la: "887", year: "2024-25", measure: "cla_rate", breakdown: "at_end", value: null, numerator: 40, denominator: null}
    ], {config, tables: [], units});
    expect(find(out, "sw_continuity", "at_end")).toMatchObject({value: null, numerator: null, denominator: 40, flag: "c"});
    expect(find(out, "long_term_stability", "at_end")).toMatchObject({value: null, numerator: null, denominator: 8, flag: "c"});
    expect(find(out, "placements_3plus", "at_end")).toMatchObject({value: 0, numerator: 0, denominator: 40, flag: null});
    expect(find(out, "reviews_in_timescale", "year")).toMatchObject({value: null, numerator: null, denominator: null, flag: "c"});
    expect(find(out, "review_participation", "year")).toMatchObject({value: 0.25, flag: "k"});
    expect(find(out, "review_participation", "year|PN7")).toMatchObject({value: null, flag: "z"});
    expect(find(out, "cla_rate", "at_end")).toMatchObject({value: null, flag: "x"});
  });

  it("passes comparator rows through untouched", () => {
    const rows = [count("cla_count", "at_end", 3, "970"), count("cla_count", "at_end", 2, "sn:887"), count("cla_count", "at_end", 1, "dfe:887")];
    const out = suppressMeasures(rows, {config, tables: []});
    expect(out.map((r) => r.value)).toEqual([3, 2, 1]);
    expect(out.every((r) => r.flag === null)).toBe(true);
  });

  it("takes the threshold from disclosure.config.json, and an explicit config wins", () => {
    expect(loadDisclosureConfig().threshold).toBe(5);
    const rows = [count("cla_count", "at_end", 7), count("uasc_count", "at_end", 10)];
    const ten = DisclosureConfig.parse({threshold: 10});
    const out = suppressMeasures(rows, {config: ten, tables: []});
    // Under "fewer than 10", 7 is hidden and 10 is not.
    expect(find(out, "cla_count", "at_end").flag).toBe("c");
    expect(find(out, "uasc_count", "at_end").value).toBe(10);
    // The default (read from the file) is 5: 7 is shown.
    expect(find(suppressMeasures(rows, {tables: []}), "cla_count", "at_end").value).toBe(7);
  });
});

describe("secondary suppression", () => {
  it("1-D: a single small cell is protected against a total published as another measure", () => {
    // cla_count at_end 40 = 20 + 3 + 8 + 9 + 0 + 0. Without secondary suppression,
    // interim = 40 - 20 - 8 - 9 = 3. The smallest other non-zero cell is placement_order (8)...
    // but the codes make placement_order = code_E1 + code_D1 = 8 + 0, so hiding it also needs
    // code_E1 hidden; every candidate costs 2 (s20 needs code_V2, care_order needs code_C2),
    // so the tie goes to the smallest: placement_order, then code_E1.
    // Worked answer: interim, code_C1 (primary), placement_order, code_E1 (secondary).
    const m = "cla_by_legal_status";
    const rows = [
      count("cla_count", "at_end", 40),
      count(m, "at_end|care_order", 20), count(m, "at_end|interim_care_order", 3), count(m, "at_end|placement_order", 8),
      count(m, "at_end|s20", 9), count(m, "at_end|police_protection", 0), count(m, "at_end|youth_justice", 0),
      count(m, "at_end|code_C2", 20), count(m, "at_end|code_C1", 3), count(m, "at_end|code_E1", 8),
      count(m, "at_end|code_D1", 0), count(m, "at_end|code_V2", 9)
    ];
    expect(checkTables(rows, {config})).toEqual([]);
    const out = suppressMeasures(rows, {config});
    expect(hidden(out)).toEqual([
      `${m} at_end|code_C1`, `${m} at_end|code_E1`, `${m} at_end|interim_care_order`, `${m} at_end|placement_order`
    ].sort());
    expect(find(out, m, "at_end|police_protection")).toMatchObject({value: 0, flag: null});
    expect(find(out, "cla_count", "at_end").value).toBe(40);
    expect(verifyNoRecovery(out, tables, {config})).toEqual([]);
  });

  it("overlapping bands and a percent table that repeats the counts", () => {
    // cla_count 30 = under_1 3 + 1_4 6 + 5_9 7 + 10_15 9 + 16_17 5; 0_4 = 9, 10_17 = 14.
    // The percent table's numerators are the same counts (it "follows" them).
    // under_1 (3) is primary. In the main age sum the smallest other cell is 16_17 (5), but
    // hiding it exposes 16_17 through 10_17 = 10_15 + 16_17, and under_1 is still exposed
    // through 0_4 = under_1 + 1_4, costing 3 more counts; hiding 1_4 (6) covers both sums
    // at once. Worked answer: counts under_1, 1_4 hidden; their percentages hidden with them;
    // everything else shown (5_9, 10_15, 16_17, 0_4, 10_17 and the total).
    const m = "cla_by_age_band";
    const p = "cla_by_age_band_pct";
    const cells: [string, number][] = [["under_1", 3], ["1_4", 6], ["5_9", 7], ["10_15", 9], ["16_17", 5]];
    const rows = [
      count("cla_count", "at_end", 30),
      ...cells.map(([g, v]) => count(m, `at_end|${g}`, v)),
      count(m, "at_end|0_4", 9), count(m, "at_end|10_17", 14),
      ...cells.map(([g, v]) => percent(p, `at_end|${g}`, v, 30))
    ];
    const withPct: TableDef[] = [...tables, {kind: "follows", id: "age_pct", snapshots: ["at_end"], measure: p, of: m}];
    const out = suppressMeasures(rows, {config, tables: withPct});
    expect(hidden(out, m)).toEqual([`${m} at_end|1_4`, `${m} at_end|under_1`]);
    expect(hidden(out, p)).toEqual([`${p} at_end|1_4`, `${p} at_end|under_1`]);
    expect(find(out, p, "at_end|1_4")).toMatchObject({value: null, numerator: null, denominator: 30});
    expect(verifyNoRecovery(out, withPct, {config})).toEqual([]);
    // Without the percent table linked, its 1_4 numerator 6 would give the hidden count away:
    const leaky = out.map((r) => (r.measure === p && r.breakdown === "at_end|1_4" ? {...r, value: 20, numerator: 6, flag: null} : r));
    expect(verifyNoRecovery(leaky, withPct, {config}).map((x) => x.figure)).toContain(`${m} at_end|1_4 count`);
  });

  it("2-D: row, column and grand totals; suppression iterates to a rectangle", () => {
    //          p3  p4  p5 | row
    //   a13    10   2   6 | 18
    //   a14     7   8   9 | 24
    //   a15     6   9  12 | 27
    //   col    23  19  27 | 69 = placements_3plus numerator
    // a13|p4 (2) is primary. Row a13 then exposes it: hiding a13|p5 (6) costs 3 in all
    // (col p4 needs a14|p4, col p5 needs a14|p5, after which every line has two hidden);
    // hiding a13|p3 (10) would cost 5. Worked answer: the rectangle a13|p4, a13|p5, a14|p4,
    // a14|p5; totals stay published.
    const m = "placements_3plus_by_age";
    const grid = [[10, 2, 6], [7, 8, 9], [6, 9, 12]];
    const ages = [13, 14, 15];
    const cols = [3, 4, 5];
    const rows = [percent("placements_3plus", "at_end", 69, 300), count("cla_count", "at_end", 300)];
    ages.forEach((a, i) => {
      rows.push(count(m, `at_end|age_${a}`, grid[i]!.reduce((x, y) => x + y)));
      cols.forEach((c, j) => rows.push(count(m, `at_end|age_${a}|placements_${c}`, grid[i]![j]!)));
    });
    cols.forEach((c, j) => rows.push(count(m, `at_end|placements_${c}`, grid.reduce((x, r) => x + r[j]!, 0))));
    expect(checkTables(rows, {config})).toEqual([]);
    const out = suppressMeasures(rows, {config});
    expect(hidden(out)).toEqual([
      `${m} at_end|age_13|placements_4`, `${m} at_end|age_13|placements_5`,
      `${m} at_end|age_14|placements_4`, `${m} at_end|age_14|placements_5`
    ]);
    expect(find(out, "placements_3plus", "at_end")).toMatchObject({numerator: 69, flag: null});
    expect(verifyNoRecovery(out, tables, {config})).toEqual([]);
  });

  it("2-D: a row with one non-zero cell hides its row total, and the grand total is protected", () => {
    //          p3  p4 | row
    //   a13     -   3 |  3      (no a13|p3 row: a published zero)
    //   a14     7   5 | 12
    //   a15     5   6 | 11
    //   col    12  14 | 26 = placements_3plus
    // Primary: a13|p4 = 3 and the row total a13 = 3. Column p4 (14 = 3 + 5 + 6) exposes
    // a13|p4 and the grand sum of rows (26 = 3 + 12 + 11) exposes a13. Hiding a14|p4 (5)
    // for the column then exposes row a14, which the row total a14 (12) closes, and that
    // also covers the grand sum. Check: a13 = x, a14 = y + 7, a13 + a14 = 15, x + y = 8:
    // four unknowns, three independent equations, nothing determined.
    // Worked answer: a13, a13|p4 (primary); a14, a14|p4 (secondary).
    const m = "placements_3plus_by_age";
    const rows = [
      count("placements_3plus", "at_end", 26),
      count(m, "at_end|age_13", 3), count(m, "at_end|age_13|placements_4", 3),
      count(m, "at_end|age_14", 12), count(m, "at_end|age_14|placements_3", 7), count(m, "at_end|age_14|placements_4", 5),
      count(m, "at_end|age_15", 11), count(m, "at_end|age_15|placements_3", 5), count(m, "at_end|age_15|placements_4", 6),
      count(m, "at_end|placements_3", 12), count(m, "at_end|placements_4", 14)
    ];
    expect(checkTables(rows, {config})).toEqual([]);
    const out = suppressMeasures(rows, {config});
    expect(hidden(out)).toEqual([`${m} at_end|age_13`, `${m} at_end|age_13|placements_4`, `${m} at_end|age_14`, `${m} at_end|age_14|placements_4`]);
    expect(find(out, "placements_3plus", "at_end").value).toBe(26);
    expect(verifyNoRecovery(out, tables, {config})).toEqual([]);
  });

  it("2-D with named groups (two breakdowns combined): a 2x2 with margins loses all four cells", () => {
    //           under_16  16_17 | row
    //   male        10       3  |  13
    //   female      12       7  |  19
    //   col         22      10  |  32 = cla_count
    // male|16_17 (3) is primary. In a 2x2 whose margins are all published, any one hidden
    // cell is given away by its row or column, so either all four cells or margins must go.
    // Costs tie at 3 (cells: male|under_16, female|under_16, female|16_17; or margins: male,
    // female, female|16_17) and cells come before totals. Worked answer: the four cells.
    const m = "cla_by_gender_age";
    const grid: TableDef = {kind: "grid", id: "gender_age", snapshots: ["at_end"], measure: m,
      rows: ["male", "female"], columns: ["under_16", "16_17"], total: {measure: "cla_count", group: null, field: "count"}};
    const rows = [count("cla_count", "at_end", 32),
      count(m, "at_end|male|under_16", 10), count(m, "at_end|male|16_17", 3),
      count(m, "at_end|female|under_16", 12), count(m, "at_end|female|16_17", 7),
      count(m, "at_end|male", 13), count(m, "at_end|female", 19), count(m, "at_end|under_16", 22), count(m, "at_end|16_17", 10)];
    const out = suppressMeasures(rows, {config, tables: [grid]});
    expect(hidden(out)).toEqual([`${m} at_end|female|16_17`, `${m} at_end|female|under_16`, `${m} at_end|male|16_17`, `${m} at_end|male|under_16`]);
    expect(verifyNoRecovery(out, [grid], {config})).toEqual([]);
  });

  it("catches recoveries that need several constraints at once (a cycle of three sums)", () => {
    // t1 = a + b, t2 = b + c, t3 = a + c. With a, b, c hidden and t1..t3 shown every sum has
    // two unknowns, yet a = (t1 - t2 + t3) / 2. The oracle must say so...
    const cyc: TableDef[] = [
      {kind: "sum", id: "s1", snapshots: ["at_end"], total: {measure: "t1", group: null, field: "count"},
        parts: [{measure: "cyc", group: "a", field: "count"}, {measure: "cyc", group: "b", field: "count"}]},
      {kind: "sum", id: "s2", snapshots: ["at_end"], total: {measure: "t2", group: null, field: "count"},
        parts: [{measure: "cyc", group: "b", field: "count"}, {measure: "cyc", group: "c", field: "count"}]},
      {kind: "sum", id: "s3", snapshots: ["at_end"], total: {measure: "t3", group: null, field: "count"},
        parts: [{measure: "cyc", group: "a", field: "count"}, {measure: "cyc", group: "c", field: "count"}]}
    ];
    const c = (m: string, b: string, v: number | null, flag: PublicMeasureRow["flag"] = null): PublicMeasureRow => ({...count(m, b, v), flag});
    const bad = [c("t1", "at_end", 12), c("t2", "at_end", 30), c("t3", "at_end", 22),
      c("cyc", "at_end|a", null, "c"), c("cyc", "at_end|b", null, "c"), c("cyc", "at_end|c", null, "c")];
    expect(verifyNoRecovery(bad, cyc, {config}).map((p) => p.figure)).toEqual(["cyc at_end|a count", "cyc at_end|b count", "cyc at_end|c count"]);
    // ...and suppression must break the cycle. a = 2 is primary; s1 hides b (10), s2 then
    // hides c (20); the cycle is found by the rank check and t1 (12), the only figure left in
    // s1, goes. Worked answer: a, b, c and t1 hidden.
    const out = suppressMeasures([count("t1", "at_end", 12), count("t2", "at_end", 30), count("t3", "at_end", 22),
      count("cyc", "at_end|a", 2), count("cyc", "at_end|b", 10), count("cyc", "at_end|c", 20)], {config, tables: cyc});
    expect(hidden(out)).toEqual(["cyc at_end|a", "cyc at_end|b", "cyc at_end|c", "t1 at_end"]);
    expect(verifyNoRecovery(out, cyc, {config})).toEqual([]);
  });

  it("the oracle reports a single suppressed cell in a published sum", () => {
    const out: PublicMeasureRow[] = [
      {...count("cla_count", "at_end", 20), flag: null},
      {...count("cla_by_gender", "at_end|male", 17), flag: null},
      {...count("cla_by_gender", "at_end|female", null), flag: "c"}
    ];
    expect(verifyNoRecovery(out, tables, {config})).toEqual([
      {la: "887", year: "2024-25", figure: "cla_by_gender at_end|female count", constraints: ["gender@at_end"]}
    ]);
  });

  it("is deterministic: the same input in another order gives the same result", () => {
    const m = "cla_by_ethnicity";
    const rows = [count("cla_count", "at_end", 50), count(m, "at_end|white", 30), count(m, "at_end|mixed", 6),
      count(m, "at_end|asian", 6), count(m, "at_end|black", 6), count(m, "at_end|other", 2)];
    // other (2) primary; mixed, asian and black tie at 6 with equal cost: table order picks mixed.
    const a = hidden(suppressMeasures(rows, {config}));
    const b = hidden(suppressMeasures([...rows].reverse(), {config}));
    expect(a).toEqual([`${m} at_end|mixed`, `${m} at_end|other`]);
    expect(b).toEqual(a);
  });

  it("checkTables reports groups that are in no table and sums that do not add up", () => {
    const rows = [count("cla_count", "at_end", 10), count("cla_by_gender", "at_end|male", 6),
      count("cla_by_gender", "at_end|female", 3), count("cla_by_gender", "at_end|nonbinary", 1)];
    expect(checkTables(rows, {config})).toEqual([
      "887 2024-25 gender@at_end: parts add to 9, total is 10",
      "887 2024-25 cla_by_gender at_end|nonbinary: in no table of loaders/disclosure/tables.ts"
    ]);
  });
});
