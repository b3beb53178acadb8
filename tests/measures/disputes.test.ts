// DRN measures on fixtures/disputes: drn.csv supplied for 2023-24 and 2024-25, not for 2022-23. The 2023-24
// file shows D1 still open; the 2024-25 copy (which wins) has it resolved. Labels map to keys ("Care plan").
//   D1 raised 20 Mar 24, resolved 17 Apr 24 (raised in 2023-24, resolved in 2024-25), care_plan, stage 2: 28 days;
//      20 working days after 20 Mar 24 skip Good Friday 29 Mar and Easter Monday 1 Apr -> due 19 Apr: in time.
//   D2 raised 1 May 24, resolved 29 May 24, care_plan, stage 1: 28 days; due 31 May (6 and 27 May skipped): in time.
//   D3 raised 3 Jun 24, resolved 15 Jul 24, documentation, stage 3: 42 days; due 1 Jul: late.
//   D4 raised 1 Mar 25, open, health, stage 1, referred to Cafcass.
//   D5 raised 20 Dec 24, resolved 31 Mar 25 (counts as resolved, not open, at 31 March), other, no stage:
//      101 days; due 22 Jan 25: late.
//   D6 raised 1 Jun 23, resolved 20 Jun 23, contact, stage 1: 19 days, in time.
// 2024-25: raised D2 D3 D4 D5 = 4 (stage_1 2, stage_3 1, stage_unknown 1; care_plan 1; Cafcass 1);
//   resolved D1 D2 D3 D5 = 4 (care_plan 2, stage_2 1); open at 31 March D4 = 1;
//   median days of 28, 28, 42, 101 = (28 + 42) / 2 = 35; in 20 working days D1 D2 = 2 of 4 = 50%.
// 2023-24: raised D1 D6 = 2; resolved D6 = 1; open at 31 Mar 24 D1 = 1 (stage_2); median 19 days, 100% in time.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildFixture, type Built} from "./helpers.js";

let b: Built;

beforeAll(async () => {
  b = await buildFixture("disputes");
});
afterAll(() => b?.close());
const at = (measure: string, breakdown: string, year = "2024-25") => b.row("887", year, measure, breakdown);

describe("DRN counts", () => {
  it("counts raised by date raised, with categories, stages and Cafcass", () => {
    expect(at("drn_raised", "year").value).toBe(4);
    expect(["stage_1", "stage_2", "stage_3", "stage_4", "stage_5", "stage_unknown"].map((s) => at("drn_raised", `year|${s}`).value)).toEqual([2, 0, 1, 0, 0, 1]);
    const carePlan = at("drn_raised", "year|care_plan");
    expect([carePlan.value, carePlan.numerator, carePlan.denominator]).toEqual([1, 1, 4]);
    expect(at("drn_raised", "year|drift_and_delay").value).toBe(0);
    expect(at("drn_raised", "year|cafcass").value).toBe(1);
    expect(b.rows().filter((r) => r.la === "887" && r.measure === "drn_raised" && r.year === "2024-25" && r.breakdown.split("|").length === 2).length).toBe(20 + 6 + 1);
  });

  it("counts a DRN raised in one year and resolved in the next in each year once", () => {
    expect(at("drn_raised", "year", "2023-24").value).toBe(2);
    expect(at("drn_open", "at_end", "2023-24").value).toBe(1);
    expect(at("drn_open", "at_end|stage_2", "2023-24").value).toBe(1);
    expect(at("drn_resolved", "year", "2023-24").value).toBe(1);
    expect(at("drn_resolved", "year").value).toBe(4);
    expect(at("drn_resolved", "year|care_plan").value).toBe(2);
    expect(at("drn_resolved", "year|stage_2").value).toBe(1);
  });

  it("leaves a DRN resolved on 31 March out of the open count", () => {
    expect(at("drn_open", "at_end").value).toBe(1);
    expect(at("drn_open", "at_end|health").value).toBe(1);
    expect(at("drn_open", "at_end|other").value).toBe(0);
  });

  it("writes nothing for a year without drn.csv", () => {
    expect(b.rows().filter((r) => r.la === "887" && r.year === "2022-23" && r.measure.startsWith("drn_"))).toEqual([]);
  });
});

describe("DRN time to resolve", () => {
  it("gives the median days for those resolved in the year", () => {
    const r = at("drn_time_to_resolve", "year");
    expect([r.value, r.denominator]).toEqual([35, 4]);
    expect(at("drn_time_to_resolve", "year", "2023-24").value).toBe(19);
  });

  it("gives the share resolved within 20 working days", () => {
    const r = at("drn_resolved_in_timescale", "year");
    expect([r.numerator, r.denominator, r.value]).toEqual([2, 4, 50]);
    expect(at("drn_resolved_in_timescale", "year", "2023-24").value).toBe(100);
  });
});
