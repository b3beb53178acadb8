// The explorer's slicing functions (src-analyst/analyst/cohort.ts) on a hand-built table of six children.
//   key  la   year     age_band gender  legal        placements distance outside
//   a    887  2024-25  10_15    female  care_order   1          0_5      false
//   b    887  2024-25  10_15    male    care_order   3          20_plus  true
//   c    887  2024-25  1_4      female  s20          2          unknown  null
//   d    887  2024-25  16_17    female  care_order   6          5_10     false
//   e    886  2024-25  10_15    female  s20          0          0_5      false
//   f    887  2023-24  10_15    male    care_order   1          0_5      false
// Medway 2024-25 (a-d), legal status by gender: care_order: female 2 (a, d), male 1 (b); s20: female 1 (c).
//   Row totals 3, 1; column totals female 3, male 1; total 4.
//   Row %: care_order female 2/3 = 66.7, male 1/3 = 33.3; s20 female 100. Column %: female care_order 2/3 = 66.7, s20 33.3; male care_order 100.
import * as aq from "arquero";
import {describe, expect, it} from "vitest";
import type {ChildRow, ChildrenFile} from "../../loaders/analyst/schema.js";
import {childColumns} from "../../loaders/analyst/schema.js";
// Type-only, so tsc checks the page element too (it needs a DOM and Plot, so it is not run here).
import type {explorer as _explorer} from "../../src-analyst/analyst/explorer.js";
import {cellValue, cohortTable, countBy, crossTab, crossTabCsv, filterCohort, percent, rowsCsv, valuesOf, yearsInCare} from "../../src-analyst/analyst/cohort.js";

const base: ChildRow = {la: "887", year: "2024-25", key: "k000000000000", birth_month: "2012-01", age: 12, age_band: "10_15", gender: "female",
  ethnicity_group: "white", ethnicity_code: "WBRI", legal_status_group: "care_order", legal_status_code: "C2",
  placement_type_group: "foster_other", placement_type_code: "U4", uasc: false, placements: 1, placements_3plus: false,
  distance_band: "0_5", outside_la: false, days_in_care: 365, started_in_year: false, ceased_in_year: false};
const people: ChildRow[] = [
  {...base, key: "k00000000000a"},
  {...base, key: "k00000000000b", gender: "male", placements: 3, placements_3plus: true, distance_band: "20_plus", outside_la: true},
  {...base, key: "k00000000000c", age: 3, age_band: "1_4", legal_status_group: "s20", legal_status_code: "V2", placements: 2, distance_band: "unknown", outside_la: null, days_in_care: 730},
  {...base, key: "k00000000000d", age: 16, age_band: "16_17", placements: 6, placements_3plus: true, distance_band: "5_10"},
  {...base, key: "k00000000000e", la: "886", legal_status_group: "s20", legal_status_code: "V2", placements: 0},
  {...base, key: "k00000000000f", year: "2023-24", gender: "male"}
];
const file: ChildrenFile = {generated: "2025-01-01T00:00:00Z", synthetic: true, count: people.length,
  columns: Object.fromEntries(childColumns.map((c) => [c, people.map((p) => p[c])])) as ChildrenFile["columns"]};
const all = cohortTable(aq, file);
const medway = filterCohort(aq, all, {la: ["887"], year: ["2024-25"]});

describe("cohort slicing", () => {
  it("filters on several dimensions at once; an empty list keeps everything", () => {
    expect(medway.numRows()).toBe(4);
    expect(filterCohort(aq, all, {la: [], gender: undefined}).numRows()).toBe(6);
    expect(filterCohort(aq, all, {gender: ["male"]}).array("key")).toEqual(["k00000000000b", "k00000000000f"]);
    // two values of one dimension are either-or; two dimensions are both
    expect(filterCohort(aq, all, {age_band: ["1_4", "16_17"], la: ["887"]}).numRows()).toBe(2);
    expect(filterCohort(aq, all, {placements_3plus: ["yes"], outside_la: ["outside"]}).array("key")).toEqual(["k00000000000b"]);
  });

  it("turns flags and placements into text dimensions", () => {
    expect(medway.array("outside_la")).toEqual(["inside", "outside", "unknown", "inside"]);
    expect(all.array("placement_moves")).toEqual(["1", "3", "2", "5+", "0", "1"]);
    expect(valuesOf(all, "placement_moves")).toEqual(["0", "1", "2", "3", "5+"]);
  });

  it("counts by a dimension in display order", () => {
    expect([...countBy(medway, "age_band")]).toEqual([["1_4", 1], ["10_15", 2], ["16_17", 1]]);
    expect([...countBy(medway, "placements_3plus")]).toEqual([["yes", 2], ["no", 2]]);
  });

  it("cross-tabulates with counts, row % and column % to one decimal", () => {
    const tab = crossTab(medway, "legal_status_group", "gender");
    expect(tab.rows).toEqual(["care_order", "s20"]);
    expect(tab.cols).toEqual(["female", "male"]);
    expect(tab.counts).toEqual([[2, 1], [1, 0]]);
    expect(tab.rowTotals).toEqual([3, 1]);
    expect(tab.colTotals).toEqual([3, 1]);
    expect(tab.total).toBe(4);
    expect(cellValue(tab, 0, 0, "row")).toBe(66.7);
    expect(cellValue(tab, 0, 1, "row")).toBe(33.3);
    expect(cellValue(tab, 1, 0, "row")).toBe(100);
    expect(cellValue(tab, 1, 0, "col")).toBe(33.3);
    expect(cellValue(tab, 0, 1, "col")).toBe(100);
    expect(cellValue(tab, 1, 1, "count")).toBe(0);
    expect(() => crossTab(medway, "gender", "gender")).toThrow();
  });

  it("rounds half up and has no percentage of nothing", () => {
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(1, 6)).toBe(16.7);
    expect(percent(0, 0)).toBeNull();
  });

  it("writes the cross-tab and the rows as CSV", () => {
    const text = crossTabCsv(crossTab(medway, "legal_status_group", "gender"));
    const lines = text.trim().split("\n");
    expect(lines[0]).toBe("legal_status_group,gender,children,row_percent,column_percent");
    expect(lines).toContain("care_order,female,2,66.7,66.7");
    expect(lines).toContain("s20,male,0,0,0");
    expect(lines).toContain("care_order,Total,3,100,75");
    expect(lines).toContain("Total,female,3,75,100");
    expect(lines.at(-1)).toBe("Total,Total,4,100,100");
    expect(lines).toHaveLength(1 + 4 + 2 + 2 + 1);
    const rows = rowsCsv(medway).trim().split("\n");
    expect(rows).toHaveLength(5);
    expect(rows[0]!.split(",")).toContain("days_in_care");
    expect(rows[3]).toContain(",unknown,");
  });

  it("gives time in care in years", () => {
    expect(yearsInCare(medway).map((y) => Math.round(y * 100) / 100)).toEqual([1, 1, 2, 1]);
  });
});
