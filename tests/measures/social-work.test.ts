// sw_continuity and sw_instability_3plus on fixtures/social-work (Medway 2024-25: 1 Apr 2024 - 31 Mar 2025).
// Children (all in care at 31 March unless said):
//   A  in care since 2020-01-01; SW1 since 2019-06-01            -> 1 worker, covered: continuous
//   B  since 2021-05-01; SW1 to 30 Jun 24, SW2 1 Jul-31 Oct 24, SW1 again from 1 Nov 24 (leaves and returns)
//                                                                -> 2 workers (SW1 counted once): not continuous, not 3+
//   C  since 2022-01-01; SW3 to 31 May 24, SW4 to 31 Aug 24, SW5 from 1 Sep 24  -> 3 workers: 3+
//   D  since 2024-06-01 (under 12 months); SW6 from 1 Mar 24 (before care), SW7 1 Jun-31 Dec 24, SW8 from 1 Jan 25
//                                                                -> 3 workers (one before care still counts): 3+
//   E  since 2023-12-01 (12+ months, not 18+); SW9 since 1 Dec 23   -> continuous
//   F  since 2020-01-01; SW10 to 31 Aug 24 and again from 10 Sep 24 -> 1 worker but a gap 1-9 Sep: not continuous
//   G  short breaks (V3) open at 31 March, SW11                    -> excluded everywhere
//   H  left care 1 Feb 25                                           -> not at 31 March: excluded
//   I  since 2022-02-01, no social worker recorded                  -> in denominators, never continuous
// 12-month cohort (began on or before 1 Apr 24): A B C E F I = 6; continuous A E = 2 -> 33.3%.
// Kent's 18-month cohort (began on or before 1 Oct 23): A B C F I = 5; continuous A = 1 -> 20%.
// Instability: at 31 March A B C D E F I = 7; 3+ workers C D = 2 -> 28.6%.
// 2023-24 is loaded without sw_episodes.csv: no row for either measure (not computable), not a zero.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildFixture, type Built} from "./helpers.js";

let b: Built;

beforeAll(async () => {
  b = await buildFixture("social-work");
});
afterAll(() => b?.close());

describe("social worker measures", () => {
  it("counts children who kept one social worker all year, of those in care 12+ months", () => {
    const r = b.row("887", "2024-25", "sw_continuity", "at_end");
    expect([r.numerator, r.denominator]).toEqual([2, 6]);
    expect(r.value).toBeCloseTo(33.33, 2);
  });

  it("offers Kent's 18-month variant", () => {
    const r = b.row("887", "2024-25", "sw_continuity", "at_end|kent_18_months");
    expect([r.numerator, r.denominator, r.value]).toEqual([1, 5, 20]);
  });

  it("counts 3+ distinct social workers, a returning worker once, workers before care included", () => {
    const r = b.row("887", "2024-25", "sw_instability_3plus", "at_end");
    expect([r.numerator, r.denominator]).toEqual([2, 7]);
    expect(r.value).toBeCloseTo(28.57, 2);
  });

  it("writes no row for a year without sw_episodes", () => {
    expect(b.rows().filter((r) => r.la === "887" && r.year === "2023-24" && r.measure.startsWith("sw_"))).toEqual([]);
    expect(b.rows().some((r) => r.la === "887" && r.year === "2023-24" && r.measure === "cla_count")).toBe(true);
  });
});
