// IRO caseload and continuity on fixtures/iro: Medway 2024-25 with iro_allocations.csv.
//   K1 in care since 2022; IRO1 (FTE 0.5) throughout                         -> kept one IRO
//   K2 in care since 2022; IRO1 to 30 Sep 24, IRO2 (FTE 0.8) from 1 Oct 24    -> IRO changed mid-year
//   K3 in care since 1 Jun 24 (not all year); IRO2 from 10 Jun 24
//   K4 in care since 2021; IRO3 (FTE blank = 1.0) throughout                  -> kept one IRO
//   K5 in care 2020 to 31 Jan 25 (left); IRO3 to 31 Jan 25
// iro_continuity: looked after all year K1 K2 K4 = 3; one IRO K1 K4 = 2 -> 66.7%.
// At 31 March (an allocation ending on the day is closed): K1 K2 K3 K4 = 4 children; IRO1 0.5 + IRO2 0.8 +
//   IRO3 1.0 = 2.3 FTE -> 4 / 2.3 = 1.739 per FTE; 3 IROs.
// Month ends: Apr, May 4 children / 1.5 FTE (no IRO2 yet); Jun-Aug 5 / 2.3; Sep 4 / 2.3 (K2's IRO1 ended
//   30 Sep, IRO2 from 1 Oct); Oct-Dec 5 / 2.3; Jan-Mar 4 / 2.3 (K5 gone).
//   Children 54 / 12 = 4.5; FTE (2 x 1.5 + 10 x 2.3) / 12 = 26 / 12; caseload 54 / 26 = 2.077.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildFixture, type Built} from "./helpers.js";

let b: Built;

beforeAll(async () => {
  b = await buildFixture("iro");
});
afterAll(() => b?.close());
const at = (measure: string, breakdown: string) => b.row("887", "2024-25", measure, breakdown);

describe("IRO measures", () => {
  it("gives children per FTE at 31 March, blank FTE counted as full time", () => {
    const r = at("iro_caseload", "at_end");
    expect(r.numerator).toBe(4);
    expect(r.denominator).toBeCloseTo(2.3, 10);
    expect(r.value).toBeCloseTo(4 / 2.3, 10);
    expect(at("iro_count", "at_end").value).toBe(3);
    expect(at("iro_fte", "at_end").value).toBeCloseTo(2.3, 10);
  });

  it("averages the twelve month-end caseloads", () => {
    const r = at("iro_caseload", "year|monthly_average");
    expect(r.numerator).toBeCloseTo(4.5, 10);
    expect(r.denominator).toBeCloseTo(26 / 12, 10);
    expect(r.value).toBeCloseTo(54 / 26, 10);
  });

  it("counts children in care all year who kept one IRO", () => {
    const r = at("iro_continuity", "at_end");
    expect([r.numerator, r.denominator]).toEqual([2, 3]);
    expect(r.value).toBeCloseTo(66.67, 2);
  });
});
