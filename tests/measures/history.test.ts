// Real-data shapes across years' files, over fixtures/history (Medway 887, 2023-24 and 2024-25 files).
//
// child DOB         2024 file (2023-24)          2025 file (2024-25)            why it is here
// P     05/05/2012  01/05/2023- open C2 U4       (absent: the LA deleted it)     stale open episode
// Q     01/03/2007  01/01/2024- open V2 U4       01/01/2024- still open          18 on 1 March 2025, DEC not recorded
// R     01/01/2015  01/02/2024- open C1 U6       01/02/2024-01/06/2024 E4A       newer file closes the episode
// S     01/09/2008  01/10/2023- open V2 U4,      01/10/2023- open, no uasc.csv   UASC row only in the older year
//                   uasc.csv DUC blank
//
// 2023-24 at_end (31 Mar 2024): P Q R S = 4 (Q is 17).
// 2024-25 at_start (1 Apr 2024): Q R S = 3. P is not: a year's return repeats every episode open on 1 April,
//   so P's absence from the 2025 file means the LA no longer holds it open (before the fix: 4).
// 2024-25 at_end (31 Mar 2025): S = 1. R ceased, P is stale, Q turned 18 on 1 March 2025 and is no longer
//   a looked-after child although the episode was left open (before the fix: P Q S = 3).
// ceased 2024-25: R (E4A, returned home) = 1; P's stale episode is not a cease.
// uasc_count at_end 2024-25: S = 1 (the 2023-24 UASC row still applies: DUC blank).
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildFixture, type Built} from "./helpers.js";

let b: Built;
beforeAll(async () => {
  b = await buildFixture("history");
});
afterAll(() => b?.close());

describe("episodes across years' files", () => {
  it("counts the older year from its own file", () => {
    expect(b.value("887", "2023-24", "cla_count", "at_end")).toBe(4);
  });
  it("drops an episode left open in an older file that the newer file no longer has", () => {
    expect(b.value("887", "2024-25", "cla_count", "at_start")).toBe(3);
  });
  it("does not count a young person aged 18 at 31 March, nor the stale episode", () => {
    expect(b.value("887", "2024-25", "cla_count", "at_end")).toBe(1);
    expect(b.row("887", "2024-25", "cla_by_age_band", "at_end|16_17")).toMatchObject({value: 1, denominator: 1});
  });
  it("counts the cease the newer file records, and no cease for the stale episode", () => {
    expect(b.value("887", "2024-25", "ceased", "year")).toBe(1);
    expect(b.value("887", "2024-25", "ceased", "year|returned_home")).toBe(1);
  });
  it("keeps a UASC record from an older year's uasc.csv", () => {
    expect(b.row("887", "2024-25", "uasc_count", "at_end")).toMatchObject({value: 1, denominator: 1});
  });
});
