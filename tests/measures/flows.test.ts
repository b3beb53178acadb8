// Starts and ceases over fixtures/flows (Medway 887, 2024-25: 1 April 2024 - 31 March 2025).
//
// child DOB        episodes                                               starts in year           ceases in year
// S1    2012-02-02 S V2 24-04-01 - 24-08-01 E4A; S C1 24-10-01 - open      2 (V2 12, C1 12)         returned_home
// S2    2020-01-01 S E1 A4 23-05-01 - 24-06-01 E11                         -                        adopted
// S3    2015-03-15 S V2 24-01-01 - 24-05-01 E13; S L2 24-07-01 - 24-09-01  1 (L2, aged 9)           other (E13), then
//                  E45                                                                              sgo: twice
// S4    2007-03-31 S C2 22-01-01 - 25-03-31 E17 (ends on 31 March)         -                        age_18
// S5    2008-08-08 S V2 24-03-31 (previous year) - 24-04-01 E3             -                        uasc_18_or_transferred
// S6    2009-09-09 S J1 25-03-31 (starts on 31 March) - open               1 (J1, aged 15)          -
// S7    2018-04-05 S C1 24-05-01 X1 24-11-01; P C1 - 25-02-01 E41          1 (C1, aged 6); X1 is    cao; X1 is not a
//                                                                          not a start              cease
// S8    2013-03-03 S V4 24-06-01 - 24-06-03 E4A                            short break: none        short break: none
// S9    2010-01-01 S V2 23-01-01 - 24-03-31 E8 (previous year)             -                        -
// S10   2007-06-06 S V2 24-12-01 - 25-01-10 E15                            1 (V2, aged 17)          uasc_18_or_transferred
// S11   2024-11-19 S C1 24-11-20 - open                                    1 (C1, aged 0)           -
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildFixture, table, type Built} from "./helpers.js";

let b: Built;
beforeAll(async () => {
  b = await buildFixture("flows");
});
afterAll(() => b?.close());

const Y = "2024-25";

describe("starts", () => {
  it("counts RNE S episodes in the year, and children once", () => {
    expect(b.value("887", Y, "starts", "year")).toBe(7);
    expect(b.value("887", Y, "starts", "year|children")).toBe(6); // S1 started twice
  });
  it("breaks down by legal status on entry", () => {
    expect(table(b.rows(), "887", Y, "starts", /^year\|(care_order|interim|placement|s20|police|youth)/)).toEqual({
      "year|care_order": 0, "year|interim_care_order": 3, "year|placement_order": 0,
      "year|s20": 2, "year|police_protection": 1, "year|youth_justice": 1
    });
    expect(b.value("887", Y, "starts", "year|code_C1")).toBe(3);
    expect(b.row("887", Y, "starts", "year|s20")).toMatchObject({numerator: 2, denominator: 7});
  });
  it("breaks down by age at entry", () => {
    expect(table(b.rows(), "887", Y, "starts", /^year\|(under_1|1_4|5_9|10_15|16_17|0_4|10_17)$/)).toEqual({
      "year|under_1": 1, "year|1_4": 0, "year|5_9": 2, "year|10_15": 3, "year|16_17": 1,
      "year|0_4": 1, "year|10_17": 4
    });
  });
});

describe("ceased", () => {
  it("counts ceases (REC not X1) and children who ceased", () => {
    expect(b.value("887", Y, "ceased", "year")).toBe(8);
    expect(b.value("887", Y, "ceased", "year|children")).toBe(7); // S3 ceased twice
  });
  it("groups ceases by reason", () => {
    expect(table(b.rows(), "887", Y, "ceased", /^year\|(?!children|code_)/)).toEqual({
      "year|adopted": 1, "year|sgo": 1, "year|cao": 1, "year|returned_home": 1, "year|age_18": 1,
      "year|uasc_18_or_transferred": 2, "year|other": 1
    });
  });
  it("groups children by their last cease in the year, as DfE does", () => {
    // S3's last cease is the SGO, so 'other' (E13) has no child.
    expect(table(b.rows(), "887", Y, "ceased", /^year\|children\|/)).toEqual({
      "year|children|adopted": 1, "year|children|sgo": 1, "year|children|cao": 1, "year|children|returned_home": 1,
      "year|children|age_18": 1, "year|children|uasc_18_or_transferred": 2, "year|children|other": 0
    });
    expect(b.row("887", Y, "ceased", "year|children|sgo")).toMatchObject({numerator: 1, denominator: 7});
  });
});

describe("ceased_pct, starts_rate, ceased_rate (DfE's forms)", () => {
  // Children who ceased, by their last cease: S1 returned_home, S2 adopted, S3 sgo (E45 on 1 Sep 2024 is
  // after its E13 on 1 May), S4 age_18, S5 and S10 uasc_18_or_transferred, S7 cao = 7 children.
  it("gives each reason of the last cease as a % of the children who ceased", () => {
    expect(b.row("887", Y, "ceased_pct", "year|children|adopted")).toMatchObject({numerator: 1, denominator: 7});
    expect(b.value("887", Y, "ceased_pct", "year|children|adopted")).toBeCloseTo(100 / 7, 10);
    expect(b.row("887", Y, "ceased_pct", "year|children|uasc_18_or_transferred")).toMatchObject({numerator: 2, denominator: 7});
    // S3's E13 was not its last cease, so 'other' has no child.
    expect(b.row("887", Y, "ceased_pct", "year|children|other")).toMatchObject({value: 0, numerator: 0});
  });
  it("is not available without a population, and per 10,000 with one", async () => {
    expect(b.row("887", Y, "starts_rate", "year")).toMatchObject({value: null, numerator: 6, denominator: null});
    await b.conn.run("INSERT INTO ref.population VALUES ('887', 2025, 70000)");
    await b.recompute();
    // 6 children started: 6 / 70000 * 10000 = 0.857142...; 7 ceased: 7 / 70000 * 10000 = 1.
    expect(b.value("887", Y, "starts_rate", "year")).toBeCloseTo(6 / 7, 10);
    expect(b.row("887", Y, "ceased_rate", "year")).toMatchObject({value: 1, numerator: 7, denominator: 70000});
    await b.conn.run("DELETE FROM ref.population");
    await b.recompute();
  });
  it("counts no UASC among the starters when none has a UASC record", () => {
    expect(b.row("887", Y, "uasc_pct", "year|starts")).toMatchObject({value: 0, numerator: 0, denominator: 6});
  });
});
