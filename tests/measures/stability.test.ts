// Placement stability over fixtures/stability (Kent 886): a 2024-25 return plus a 2023-24 return that
// holds the start of P6's X1 chain and older copies of two episodes.
// The year: 1 April 2024 - 31 March 2025. LTS cohort: under 16 at 31 March 2025 and in care since
// 30 Sept 2022 or earlier; stable when the placement began on or before 31 March 2023.
//
// child age  episodes (RNE PLACE from DECOM)                                placements in year   LTS
// P1    13   S U4 23-05-01, L U4 24-05-01, P T1 24-07-01, P U4 (same carer,   2: RNE L and the        no: since 2023
//            same postcode) 24-07-10, P U6 24-10-01                            return from hospital
//                                                                              are the same placement
// P2    10   S U6 24-01-01, T U4 24-06-01 (same carer), B K2 24-11-01          3: T counts              no
// P3    4    S U6 22-01-10, P U5 24-05-01, U A5 24-08-01 (adopted by the        2: foster->adoption     yes: adoptive
//            U5 foster carer)                                                  with same carer is not  placement + the
//                                                                              a change                one before
// P4    12   S U4 22-06-01 (open in the 2023-24 file, closed 25-01-15 X1 in    2                       no: moved 2025
//            the 2024-25 file: the newer copy wins), P U6 25-01-15                                     (2.5 years in care)
// P5    12   S U4 21-01-01                                                      1                       yes
// P6    10   2023-24 file only: S U4 22-08-01 X1 23-12-01; both files: L U4     1                       yes (period from
//            23-12-01 (LS C1 in 2023-24, C2 in 2024-25)                                                 2022 via X1 chain)
// P7    16   S U4 20-01-01                                                      1                       aged 16: out
// P8    9    S U4 22-11-01                                                      1                       2.4 years: out
// P10   13   S U6 24-02-01, P K2 24-05-01, P U6 24-08-01, B R1 24-11-01         4                       no
// P11   14   S U6 24-03-01 E4A 24-06-01; S U4 24-09-01 (ceased and started      3                       no
//            again), P U6 24-12-01
// P13   12   S U4 23-06-01, P T2 24-06-01, P U6 (a different carer) 24-06-10    2: the temporary spell  no
//                                                                              is not a placement
// P14   15   S U6 24-05-01 E4A the same day; S U4 24-08-01, P U6 24-10-01       2: the same-day         no
//                                                                              placement (< 24 hours)
//                                                                              is not counted
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildFixture, table, type Built} from "./helpers.js";

let b: Built;
beforeAll(async () => {
  b = await buildFixture("stability");
});
afterAll(() => b?.close());

const Y = "2024-25";

describe("placements in the year (model.placements_in_year)", () => {
  it("counts placements by the documented rules", async () => {
    const reader = await b.conn.runAndReadAll(
      "SELECT child, placements FROM model.placements_in_year WHERE la = '886' AND year = 2025 ORDER BY child");
    const counts = Object.fromEntries(reader.getRowObjectsJS().map((r) => [r.child, Number(r.placements)]));
    expect(counts).toEqual({P1: 2, P2: 3, P3: 2, P4: 2, P5: 1, P6: 1, P7: 1, P8: 1, P10: 4, P11: 3, P13: 2, P14: 2});
  });
});

describe("placements_3plus (DfE 372)", () => {
  it("is the % of children at 31 March with 3+ placements in the year", () => {
    // P2 (3), P10 (4), P11 (3) of 12 children at 31 March.
    expect(b.row("886", Y, "placements_3plus", "at_end")).toMatchObject({value: 25, numerator: 3, denominator: 12});
  });
});

describe("placements_3plus_by_age (the Kent table)", () => {
  it("writes cells, age rows and placement-count columns for children with 3+", () => {
    const cells = table(b.rows(), "886", Y, "placements_3plus_by_age", /\|age_\d+\|/);
    expect(cells).toEqual({
      "at_end|age_10|placements_3": 1, // P2
      "at_end|age_13|placements_4": 1, // P10
      "at_end|age_14|placements_3": 1 // P11
    });
    const columns = table(b.rows(), "886", Y, "placements_3plus_by_age", /^at_end\|placements_/);
    expect(columns).toEqual({"at_end|placements_3": 2, "at_end|placements_4": 1});
    const rows = table(b.rows(), "886", Y, "placements_3plus_by_age", /^at_end\|age_\d+$/);
    expect(Object.keys(rows)).toHaveLength(18); // ages 0-17, zeros included
    expect(rows["at_end|age_13"]).toBe(1);
    expect(rows["at_end|age_12"]).toBe(0);
    expect(rows["at_end|age_15"]).toBe(0); // P14's same-day placement is not a third
  });
});

describe("long_term_stability (DfE 393)", () => {
  it("is the % of under-16s in care 2.5+ years who have been in one placement 2+ years", () => {
    // cohort P3 P4 P5 P6; stable P3 (adoption rule), P5, P6 (X1 chain across files); P4 moved recently.
    expect(b.row("886", Y, "long_term_stability", "at_end")).toMatchObject({value: 75, numerator: 3, denominator: 4});
  });
});

describe("an episode known from two years' files that differ", () => {
  it("takes the newer copy", () => {
    // P6's open episode is LS C1 in the 2023-24 file and C2 in 2024-25: C2 wins, so only P10 is C1
    // and C2 is P1 P2 P4 P5 P6 P7 P8 P13.
    expect(b.value("886", Y, "cla_by_legal_status", "at_end|code_C1")).toBe(1);
    expect(b.value("886", Y, "cla_by_legal_status", "at_end|code_C2")).toBe(8);
    // P4's first episode is open in the 2023-24 file but closed in 2024-25: counted once at 31 March.
    expect(b.value("886", Y, "cla_count", "at_end")).toBe(12);
  });
});
