// Stale open social worker episodes and IRO allocations, over fixtures/stale-assignments: Medway 887,
// 2023-24 (2024) and 2024-25 (2025) with sw_episodes.csv and iro_allocations.csv, 2025-26 (2026) without
// either. K, L, M are in care from 01/01/2022 throughout (one open episode in every file), so all three are
// in every continuity cohort. An assignment open in a file that no later file of the same table carries
// ends on 31 March of its file's year (last day assigned), i.e. is no longer current on 1 April.
//
// child  2024 sw_episodes        2025 sw_episodes                          2024 iro_alloc.    2025 iro_alloc.
// K      SWA 01/01/2023- open    SWB 01/04/2024- open                      X 01/01/2023-      Y 01/04/2024-
// L      SWA 01/01/2023- open    SWA 01/01/2023- open (carried)            X 01/01/2023-      X (carried)
// M      SWC 01/01/2023- open    SWD 01/04/2024-30/09/2024, SWE 01/10/24-  Z 01/02/2023- 0.5  W 01/04/2024-
// (FTE blank = 1.0 except Z.) K's SWA, M's SWC, K's X and M's Z are stale: the 2025 file dropped them.
//
// 2023-24: every child kept one worker all year (the stale ones still count in their own year):
//   sw_continuity 3/3, sw_instability_3plus 0/3, iro_continuity 3/3.
//   Caseload at 31 March 2024: X-K, X-L, Z-M current (a stale allocation is current on 31 March S) ->
//   3 children, IROs X + Z = 1.5 FTE -> 2.0; iro_count 2. Every month end is the same (all began by
//   01/02/2023): monthly average 3 / 1.5 = 2.0. Had the stale END been 31 March (closed on the day), only
//   L would be counted at 31 March: 1 / 1.0.
// 2024-25: K has SWB only (SWA's last day 31 March 2024 is before the year) and SWB from 1 April covers the
//   year -> continuous; L continuous; M has SWD and SWE -> 2 workers, not continuous, not 3+.
//   sw_continuity 2/3, sw_instability_3plus 0/3. (Open for ever, as before: K 2 workers, M 3 -> 1/3, 1/3.
//   Had the stale assignment lasted to 1 April inclusive, K would have 2 workers -> 1/3.)
//   IRO: K Y, L X, M W, each from 1 April or before, one IRO each -> iro_continuity 3/3 (before: 1/3).
//   At 31 March 2025: Y-K, X-L, W-M -> 3 children, 3 IROs, FTE 3.0 -> caseload 1.0, iro_count 3
//   (before: X, Y, Z, W = 4 IROs, 3.5 FTE).
// 2025-26 has no sw_episodes.csv or iro_allocations.csv: it says nothing about the assignments open in
//   2025's files, which stay open in the model; and no rows for those measures.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildFixture, type Built} from "./helpers.js";

let b: Built;
beforeAll(async () => {
  b = await buildFixture("stale-assignments");
});
afterAll(() => b?.close());

const nd = (year: string, measure: string, breakdown = "at_end") => {
  const r = b.row("887", year, measure, breakdown);
  return [r.numerator, r.denominator];
};

describe("social worker episodes no later file carries", () => {
  it("still count in their own year", () => {
    expect(nd("2023-24", "sw_continuity")).toEqual([3, 3]);
    expect(nd("2023-24", "sw_instability_3plus")).toEqual([0, 3]);
  });
  it("end before the next year: not a second worker, not a third", () => {
    expect(nd("2024-25", "sw_continuity")).toEqual([2, 3]);
    expect(nd("2024-25", "sw_instability_3plus")).toEqual([0, 3]);
  });
});

describe("IRO allocations no later file carries", () => {
  it("are current on their own year's 31 March", () => {
    const r = b.row("887", "2023-24", "iro_caseload", "at_end");
    expect([r.numerator, r.denominator, r.value]).toEqual([3, 1.5, 2]);
    expect(b.value("887", "2023-24", "iro_count", "at_end")).toBe(2);
    expect(b.value("887", "2023-24", "iro_caseload", "year|monthly_average")).toBeCloseTo(2, 10);
    expect(nd("2023-24", "iro_continuity")).toEqual([3, 3]);
  });
  it("are not held in the next year", () => {
    const r = b.row("887", "2024-25", "iro_caseload", "at_end");
    expect([r.numerator, r.denominator, r.value]).toEqual([3, 3, 1]);
    expect(b.value("887", "2024-25", "iro_count", "at_end")).toBe(3);
    expect(b.value("887", "2024-25", "iro_fte", "at_end")).toBe(3);
    expect(nd("2024-25", "iro_continuity")).toEqual([3, 3]);
  });
});

describe("model.iro_assignments", () => {
  it("ends only what a later file of the same table drops; a year without the file ends nothing", async () => {
    const rows = (await b.conn.runAndReadAll(`
      SELECT kind, child, worker, strftime(start_date, '%Y-%m-%d') AS start_date,
        strftime(last_day, '%Y-%m-%d') AS last_day, strftime(end_date, '%Y-%m-%d') AS end_date, stale_open
      FROM model.iro_assignments ORDER BY kind, child, start_date, worker`)).getRowObjectsJS();
    expect(rows).toEqual([
      {kind: "iro", child: "K", worker: "X", start_date: "2023-01-01", last_day: "2024-03-31", end_date: "2024-04-01", stale_open: true},
      {kind: "iro", child: "K", worker: "Y", start_date: "2024-04-01", last_day: null, end_date: null, stale_open: false},
      {kind: "iro", child: "L", worker: "X", start_date: "2023-01-01", last_day: null, end_date: null, stale_open: false},
      {kind: "iro", child: "M", worker: "Z", start_date: "2023-02-01", last_day: "2024-03-31", end_date: "2024-04-01", stale_open: true},
      {kind: "iro", child: "M", worker: "W", start_date: "2024-04-01", last_day: null, end_date: null, stale_open: false},
      {kind: "sw", child: "K", worker: "SWA", start_date: "2023-01-01", last_day: "2024-03-31", end_date: "2024-04-01", stale_open: true},
      {kind: "sw", child: "K", worker: "SWB", start_date: "2024-04-01", last_day: null, end_date: null, stale_open: false},
      {kind: "sw", child: "L", worker: "SWA", start_date: "2023-01-01", last_day: null, end_date: null, stale_open: false},
      {kind: "sw", child: "M", worker: "SWC", start_date: "2023-01-01", last_day: "2024-03-31", end_date: "2024-04-01", stale_open: true},
      {kind: "sw", child: "M", worker: "SWD", start_date: "2024-04-01", last_day: "2024-09-30", end_date: "2024-09-30", stale_open: false},
      {kind: "sw", child: "M", worker: "SWE", start_date: "2024-10-01", last_day: null, end_date: null, stale_open: false}
    ]);
  });
  it("writes no social-work or IRO rows for the year without those files", () => {
    expect(b.rows().filter((r) => r.la === "887" && r.year === "2025-26" && /^(sw_|iro_)/.test(r.measure))).toEqual([]);
  });
});
