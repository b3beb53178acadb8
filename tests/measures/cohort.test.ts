// Cohort and distance measures over fixtures/snapshots (Medway 887, 2024-25 only).
// Snapshot dates: at_start 1 April 2024, at_end 31 March 2025. Open on D: DECOM <= D and (DEC blank or > D).
//
// child sex DOB        episodes (DECOM-DEC, REC)             1 Apr 24       31 Mar 25      why it is here
// A     M   2010-06-15 2023-01-10- open  C2 U4  5mi OUT      yes, 13        yes, 14        out of LA but near
// B     F   2015-03-31 2024-06-01- open  V2 K2 25mi OUT      no             yes, 10        birthday on 31 March
// C     M   2008-04-01 2022-05-05- open  C1 U1 30mi IN       yes, 16        yes, 16        birthday on 1 April
// D     F   2012-01-01 2024-01-01- open  V3                  excluded       excluded       short breaks (V3)
// E     M   2019-09-09 2024-04-01-2024-04-03 E4A  L1 U6      yes, 4         no             starts on 1 April
// F     F   2009-11-20 2023-02-01-2024-04-01 E4A  C2 U4      no             no             ends on 1 April
// G     M   2011-07-07 2023-08-01-2025-03-31 E11  E1 A3      yes, 12        no             ends on 31 March
// H     U   2024-12-25 2025-03-31- open  C1 U3, no distance  no             yes, 0         starts on 31 March
// I     F   2007-10-10 2023-11-01- open  V2 H5, no distance  yes, 16        yes, 17        UASC, DUC 2025-10-10
// J     M   2008-06-15 2023-09-01- open  V2 R1 60mi PL_LA 886 yes, 15       yes, 16        UASC, DUC 2025-01-15
// K     F   2013-05-05 2023-03-01-2024-09-01 X1 C1, then L C2 yes C1, 10     yes C2, 11     X1 chain counted once
// L     M   2010-02-02 2022-01-01-2025-03-20 X1 C2 U4, then T1 yes, 14      yes, 15 (T1)   temporary at 31 March
// M     F   2016-08-08 2023-06-01-2024-12-01 E41  V2 U6      yes, 7         no
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildFixture, table, type Built} from "./helpers.js";

let b: Built;
beforeAll(async () => {
  b = await buildFixture("snapshots");
});
afterAll(() => b?.close());

const Y = "2024-25";

describe("cla_count", () => {
  it("counts children open on 1 April and 31 March, excluding V3/V4", () => {
    // at_start: A C E G I J K L M = 9; at_end: A B C H I J K L = 8.
    expect(b.value("887", Y, "cla_count", "at_start")).toBe(9);
    expect(b.value("887", Y, "cla_count", "at_end")).toBe(8);
  });
});

describe("cla_rate", () => {
  it("is not available (value and denominator null) without a population", () => {
    expect(b.row("887", Y, "cla_rate", "at_end")).toMatchObject({value: null, numerator: 8, denominator: null});
  });
  it("is per 10,000 children aged 0-17 when the population is supplied", async () => {
    await b.conn.run("INSERT INTO ref.population VALUES ('887', 2025, 64000)");
    await b.recompute();
    // 8 / 64000 * 10000 = 1.25; 9 / 64000 * 10000 = 1.40625
    expect(b.row("887", Y, "cla_rate", "at_end")).toMatchObject({value: 1.25, numerator: 8, denominator: 64000});
    expect(b.value("887", Y, "cla_rate", "at_start")).toBeCloseTo(1.40625, 10);
    await b.conn.run("DELETE FROM ref.population");
    await b.recompute();
  });
});

describe("cla_by_legal_status", () => {
  it("groups the LS of the episode open on the date, one row per child", () => {
    // at_end: A C2, B V2, C C1, H C1, I V2, J V2, K C2 (after X1), L C2
    expect(table(b.rows(), "887", Y, "cla_by_legal_status", /^at_end\|/)).toEqual({
      "at_end|care_order": 3, "at_end|interim_care_order": 2, "at_end|placement_order": 0,
      "at_end|s20": 3, "at_end|police_protection": 0, "at_end|youth_justice": 0,
      "at_end|code_C2": 3, "at_end|code_C1": 2, "at_end|code_V2": 3
    });
    // at_start: A C2, C C1, E L1, G E1, I V2, J V2, K C1 (before X1), L C2, M V2
    expect(table(b.rows(), "887", Y, "cla_by_legal_status", /^at_start\|(?!code_)/)).toEqual({
      "at_start|care_order": 2, "at_start|interim_care_order": 2, "at_start|placement_order": 1,
      "at_start|s20": 3, "at_start|police_protection": 1, "at_start|youth_justice": 0
    });
    expect(b.row("887", Y, "cla_by_legal_status", "at_end|s20")).toMatchObject({numerator: 3, denominator: 8});
  });
});

describe("cla_by_age_band", () => {
  it("uses whole years on the date: a birthday on the date counts", () => {
    // at_end ages: H 0 | A 14, B 10 (birthday 31 March), K 11, L 15 | C 16, I 17, J 16
    expect(table(b.rows(), "887", Y, "cla_by_age_band", /^at_end/)).toEqual({
      "at_end|under_1": 1, "at_end|1_4": 0, "at_end|5_9": 0, "at_end|10_15": 4, "at_end|16_17": 3,
      "at_end|0_4": 1, "at_end|10_17": 7
    });
    // at_start ages: E 4 | M 7 | A 13, G 12, J 15, K 10, L 14 | C 16 (birthday 1 April), I 16
    expect(table(b.rows(), "887", Y, "cla_by_age_band", /^at_start/)).toEqual({
      "at_start|under_1": 0, "at_start|1_4": 1, "at_start|5_9": 1, "at_start|10_15": 5, "at_start|16_17": 2,
      "at_start|0_4": 1, "at_start|10_17": 7
    });
  });
});

describe("cla_by_gender", () => {
  it("counts male, female and unknown (U from 2024-25)", () => {
    expect(table(b.rows(), "887", Y, "cla_by_gender")).toEqual({
      "at_end|male": 4, "at_end|female": 3, "at_end|unknown": 1,
      "at_start|male": 6, "at_start|female": 3, "at_start|unknown": 0
    });
  });
});

describe("cla_by_ethnicity", () => {
  it("groups through ref.ethnicity_groups and keeps the detailed codes", () => {
    // at_end: A H K L WBRI, B BAFR, C MWBC, I J OOTH
    const end = table(b.rows(), "887", Y, "cla_by_ethnicity", /^at_end/);
    expect(end).toMatchObject({
      "at_end|white": 4, "at_end|black": 1, "at_end|mixed": 1, "at_end|other": 2, "at_end|asian": 0,
      "at_end|refused_or_not_obtained": 0, "at_end|code_WBRI": 4, "at_end|code_OOTH": 2
    });
    expect(end["at_end|unmapped"]).toBeUndefined();
    // at_start: A G K L M WBRI, C MWBC, E AIND, I J OOTH
    expect(b.value("887", Y, "cla_by_ethnicity", "at_start|white")).toBe(5);
    expect(b.value("887", Y, "cla_by_ethnicity", "at_start|asian")).toBe(1);
  });
});

describe("uasc_count", () => {
  it("counts children in care with a UASC record whose DUC is after the date or blank", () => {
    // at_end: I (DUC 2025-10-10) yes, J (DUC 2025-01-15) no. at_start: both.
    expect(b.row("887", Y, "uasc_count", "at_end")).toMatchObject({value: 1, numerator: 1, denominator: 8});
    expect(b.value("887", Y, "uasc_count", "at_start")).toBe(2);
  });
});

describe("cla_by_placement_type_pct", () => {
  it("gives each group as a % of all children on the date, DfE's form", () => {
    // at_end of 8: foster 4 (U1 U3 U4 U5) = 50%; childrens_homes_secure 1 (B K2) = 12.5%; with_parents 0 = 0%.
    expect(b.row("887", Y, "cla_by_placement_type_pct", "at_end|foster")).toMatchObject({value: 50, numerator: 4, denominator: 8});
    expect(b.row("887", Y, "cla_by_placement_type_pct", "at_end|childrens_homes_secure")).toMatchObject({value: 12.5, numerator: 1});
    expect(b.row("887", Y, "cla_by_placement_type_pct", "at_end|with_parents")).toMatchObject({value: 0, numerator: 0});
    // at_start of 9: foster_other 5 (A U4, E U6, K U5, L U4, M U6).
    expect(b.value("887", Y, "cla_by_placement_type_pct", "at_start|foster_other")).toBeCloseTo(500 / 9, 10);
  });
});

describe("uasc_pct", () => {
  it("is UASC at 31 March as a % of all children then", () => {
    // I (DUC 10 Oct 2025) of 8; J's UASC status ceased 15 Jan 2025.
    expect(b.row("887", Y, "uasc_pct", "at_end")).toMatchObject({value: 12.5, numerator: 1, denominator: 8});
  });
});

describe("cla_by_placement_type", () => {
  it("groups PLACE at 31 March, temporary included", () => {
    // A U4, B K2, C U1, H U3, I H5, J R1, K U5, L T1
    expect(table(b.rows(), "887", Y, "cla_by_placement_type", /^at_end\|(?!code_)/)).toEqual({
      "at_end|foster_relative_friend": 2, "at_end|foster_other": 2, "at_end|foster": 4,
      "at_end|placed_for_adoption": 0, "at_end|childrens_homes_secure": 1, "at_end|supported_semi_independent": 1,
      "at_end|with_parents": 0, "at_end|residential_other": 1, "at_end|temporary": 1
    });
    expect(b.value("887", Y, "cla_by_placement_type", "at_end|code_T1")).toBe(1);
    // at_start: A U4, C U1, E U6, G A3, I H5, J R1, K U5, L U4, M U6
    expect(b.value("887", Y, "cla_by_placement_type", "at_start|placed_for_adoption")).toBe(1);
    expect(b.value("887", Y, "cla_by_placement_type", "at_start|foster_other")).toBe(5);
  });
});

describe("distance and location at 31 March", () => {
  it("placed_over_20_miles: % of children with a known distance, and the unknown count", () => {
    // known: A 5, B 25, C 30, J 60, K 2 (5); over 20: B C J (3). Unknown: H, I (UASC), L (temporary).
    expect(b.row("887", Y, "placed_over_20_miles", "at_end")).toMatchObject({value: 60, numerator: 3, denominator: 5});
    expect(b.row("887", Y, "placed_over_20_miles", "at_end|unknown_distance")).toMatchObject({value: 3, denominator: 8});
  });
  it("placed_over_20_miles_outside_la: DfE's, over all children at 31 March", () => {
    // over 20 and outside: B (OUT), J (PL_LA 886). C is 30 miles but IN; A is OUT but 5 miles.
    expect(b.row("887", Y, "placed_over_20_miles_outside_la", "at_end")).toMatchObject({value: 25, numerator: 2, denominator: 8});
  });
  it("placed_outside_la: PL_LOCATION, else PL_LA", () => {
    // outside: A (OUT), B (OUT), J (PL_LA 886 with no PL_LOCATION) = 3 of 8; unknown: H, L.
    expect(b.row("887", Y, "placed_outside_la", "at_end")).toMatchObject({value: 37.5, numerator: 3, denominator: 8});
    expect(b.value("887", Y, "placed_outside_la", "at_end|unknown_location")).toBe(2);
  });
});

describe("a temporary placement at 31 March", () => {
  it("does not break long-term stability: L is in T1 but has been with the same carer since 2022", () => {
    // Cohort (under 16 at 31 March, in care since 30 Sept 2022 or earlier): L only (A, K too recent; C, I, J 16+).
    expect(b.row("887", Y, "long_term_stability", "at_end")).toMatchObject({value: 100, numerator: 1, denominator: 1});
  });
});
