// reviews_held, reviews_in_timescale and review_participation on fixtures/reviews: Medway extracts for
// 2023-24 and 2024-25 (so our data starts 1 Apr 2023). Due dates worked out by hand:
//   R1 enters care Tue 10 Dec 2024. 20 working days, skipping 25, 26 Dec and 1 Jan: 11,12,13,16,17,18,19,20,
//      23,24,27,30,31 Dec, 2,3,6,7,8,9,10 Jan -> due Fri 10 Jan 2025 (ignoring bank holidays it would be 7 Jan).
//      Reviews 9 Jan 25 (on time) and 31 Mar 25 (2nd: due 9 Apr 25, on time). Aged 2: both PN0.
//   R2 enters care 10 Dec 2024 too; first review Mon 13 Jan 25: late. Aged 10, PN1.
//   R3 in care since 1 May 2023. 1st due 31 May 23 (8 May coronation and 29 May bank holidays skipped):
//      25 May 23 on time; 2nd due 25 Aug 23 (3 months), held 25 Aug 23: on time; 3rd due 25 Feb 24, held
//      26 Feb 24: late; 4th due 26 Aug 24, held 20 Aug 24 on time (PN7); 5th due 20 Feb 25, held that day:
//      on time (PN5). Aged 16 at both 2024-25 reviews.
//   R4 break in care: in care 1 Apr-30 Jun 2024 (review 26 Apr 24; due 29 Apr 24: on time, PN1), then again
//      from 2 Sep 2024: the sequence restarts, 1st due 30 Sep 24, held 27 Sep 24: on time (PN2) - had it
//      not restarted it would be due 26 Jul and late; 2nd due 27 Dec 24, held 30 Dec 24: late (PN4). Aged 12.
//   R5 on short breaks (V3) when reviewed 1 Jun 24: excluded from everything.
//   R6 reviewed 15 Jul 24 before any episode (held, but not assessable, PN3) and 28 Aug 24, first of the
//      period that began 1 Aug 24: due 30 Aug (26 Aug bank holiday skipped), on time (PN6). Aged 5.
//   R7 in care since 2020, before our data: the first review we hold (1 Oct 24, PN1) is not assessable; the
//      next (15 Mar 25, PN1) is due 6 months on, 1 Apr 25: on time. Aged 15.
//   R8 ceased 10 Jun 24 and started again the same day (REC E4A, then RNE S): the review on 10 Jun 24 is the
//      first of the new period (due 8 Jul), so 5 Sep 24 is its second (due 10 Sep): on time. Had the 10 Jun
//      review gone to the old period, 5 Sep would be the new period's first and late. 20 May 24 is the old
//      period's first (due 31 May): on time. Aged 14, all PN1.
// 2024-25: held R1 2 + R2 1 + R3 2 + R4 3 + R6 2 + R7 2 + R8 3 = 15 reviews, 7 children, 2 not assessable.
//   Assessable 13, on time 11 (late: R2, R4's last) -> 84.6%. Children with assessable reviews 7, all on
//   time R1 R3 R6 R7 R8 = 5 -> 71.4%.
//   Participation: PN1-PN7 = 15 - 2 PN0 = 13; PN1-PN6 = 12 (one PN7) -> 92.3%. PN1 7 of 13.
//   Bands: 5_9 R6's 2 (both take part) 100%; 10_15 R2 1 + R4 3 + R7 2 + R8 3 = 9, all take part, 100%;
//   16_plus R3's 2, one PN7 -> 50%. Kent cells: PN1 reviews all 10_15 -> PN1|10_15 = 7/7 = 100%.
// 2023-24: R3's three reviews, 2 on time -> 66.7%; 1 child, not all on time -> 0%.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildFixture, type Built} from "./helpers.js";

let b: Built;

beforeAll(async () => {
  b = await buildFixture("reviews");
});
afterAll(() => b?.close());
const at = (breakdown: string, measure: string, year = "2024-25") => b.row("887", year, measure, breakdown);

describe("reviews_held", () => {
  it("counts reviews and children reviewed in the year, short breaks excluded", () => {
    expect(at("year", "reviews_held").value).toBe(15);
    expect(at("year|children", "reviews_held").value).toBe(7);
    expect(at("year|not_assessed", "reviews_held").value).toBe(2);
    expect(at("year", "reviews_held", "2023-24").value).toBe(3);
  });

  it("counts reviews by participation code, PN0 included", () => {
    const codes = ["PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"].map((c) => at(`year|${c}`, "reviews_held").value);
    expect(codes).toEqual([2, 7, 1, 1, 1, 1, 1, 1]);
  });
});

describe("reviews_in_timescale", () => {
  it("judges each review against its due date (working days skip bank holidays; breaks restart)", () => {
    const r = at("year", "reviews_in_timescale");
    expect([r.numerator, r.denominator]).toEqual([11, 13]);
    expect(r.value).toBeCloseTo(84.62, 2);
  });

  it("gives the share of children whose every review was on time", () => {
    const r = at("year|children", "reviews_in_timescale");
    expect([r.numerator, r.denominator]).toEqual([5, 7]);
    expect(r.value).toBeCloseTo(71.43, 2);
  });

  it("works back across years: 6 months from a review in the previous year", () => {
    const r = at("year", "reviews_in_timescale", "2023-24");
    expect([r.numerator, r.denominator]).toEqual([2, 3]);
    expect([at("year|children", "reviews_in_timescale", "2023-24").numerator, at("year|children", "reviews_in_timescale", "2023-24").denominator]).toEqual([0, 1]);
  });
});

describe("review_participation", () => {
  it("is PN1-PN6 over PN1-PN7, PN0 left out", () => {
    const r = at("year", "review_participation");
    expect([r.numerator, r.denominator]).toEqual([12, 13]);
    expect(r.value).toBeCloseTo(92.31, 2);
  });

  it("splits by code", () => {
    expect([at("year|PN1", "review_participation").numerator, at("year|PN1", "review_participation").denominator]).toEqual([7, 13]);
    expect(at("year|PN7", "review_participation").value).toBeCloseTo(100 / 13, 10);
    expect(b.rows().some((r) => r.la === "887" && r.measure === "review_participation" && r.breakdown.includes("PN0"))).toBe(false);
  });

  it("splits by age band at the review, and Kent's code-by-band cells", () => {
    const band = (b: string) => at(`year|${b}`, "review_participation");
    expect([band("5_9").numerator, band("5_9").denominator]).toEqual([2, 2]);
    expect([band("10_15").numerator, band("10_15").denominator]).toEqual([9, 9]);
    expect([band("16_plus").numerator, band("16_plus").denominator, band("16_plus").value]).toEqual([1, 2, 50]);
    expect(band("under_5").value).toBeNull();
    const cell = at("year|PN1|10_15", "review_participation");
    expect([cell.numerator, cell.denominator, cell.value]).toEqual([7, 7, 100]);
    expect(at("year|PN7|16_plus", "review_participation").value).toBe(100);
    expect(at("year|PN1|5_9", "review_participation").value).toBe(0);
  });
});
