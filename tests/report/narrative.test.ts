// Narrative paragraphs (src/components/narrative.ts) from hand-built rows. The right answers are worked out
// beside each case; rounding must be the figure's (formatValue: whole percentages, "<1%").
import {describe, expect, it} from "vitest";
import {comparedWithLastYear, narrativeFor, stated, type NarrativeRow} from "../../src/components/narrative.js";

const ctx = {la: "887", year: "2024-25", laName: "Medway", threshold: 5};

function row(measure: string, year: string, breakdown: string, value: number | null, numerator?: number, denominator?: number, la = "887"): NarrativeRow {
  return {la, year, measure, breakdown, value, numerator: numerator ?? null, denominator: denominator ?? null, ...(value === null ? {flag: "c"} : {})};
}

describe("narrativeFor", () => {
  it("placed over 20 miles: the report's own sentence shape", () => {
    // 163/493 = 33.06% -> 33%; last year 150/484 = 30.99% -> 31%: "up from 31%". England 18.2% -> 18%.
    const rows = [
      row("placed_over_20_miles", "2024-25", "at_end", (100 * 163) / 493, 163, 493),
      row("placed_over_20_miles", "2023-24", "at_end", (100 * 150) / 484, 150, 484),
      row("placed_over_20_miles", "2024-25", "at_end", 18.2, undefined, undefined, "970")
    ];
    expect(narrativeFor("placed-over-20-miles", rows, ctx)).toBe(
      "163/493 or 33% of Medway's children in care were placed over 20 miles away at 31 March 2025, up from 31% last year (England 18%).");
  });

  it("says 'the same' when both years display the same percentage, whatever the decimals", () => {
    // 33.4% and 32.6% both display as 33%: not "up from 33%".
    expect(comparedWithLastYear(row("x", "2024-25", "at_end", 33.4), row("x", "2023-24", "at_end", 32.6), "percent")).toBe("the same as last year (33%)");
    // 30.4% -> 30% vs 31.6% -> 32%: down.
    expect(comparedWithLastYear(row("x", "2024-25", "at_end", 30.4), row("x", "2023-24", "at_end", 31.6), "percent")).toBe("down from 32% last year");
  });

  it("marks a suppressed value rather than writing zero", () => {
    expect(stated(row("drn_open", "2024-25", "at_end", null), "count", 5)).toBe("fewer than 5 (c)");
    const rows = [
      row("drn_raised", "2024-25", "year", 12),
      row("drn_raised", "2023-24", "year", 9),
      row("drn_resolved", "2024-25", "year", 10),
      row("drn_open", "2024-25", "at_end", null),
      row("drn_raised", "2024-25", "year|stage_1", 8, 8, 12),
      row("drn_raised", "2024-25", "year|care_plan", 7, 7, 12),
      row("drn_raised", "2024-25", "year|contact", 5, 5, 12)
    ];
    // Stages are not concerns: the most common concern is care plan (7), not stage 1 (8).
    expect(narrativeFor("drns", rows, ctx)).toBe(
      "12 dispute resolution notifications (DRNs) were raised in Medway in 2024-25, up from 9 last year; 10 were resolved; " +
      "fewer than 5 (c) were still open at 31 March 2025; the most common concern was care plan (7).");
  });

  it("children in care: count, start of year, change, UASC", () => {
    const rows = [
      row("cla_count", "2024-25", "at_end", 493), row("cla_count", "2024-25", "at_start", 486),
      row("cla_count", "2023-24", "at_end", 476), row("uasc_count", "2024-25", "at_end", 30, 30, 493)
    ];
    expect(narrativeFor("children-in-care", rows, ctx)).toBe(
      "Medway had 493 children in care at 31 March 2025, up from 476 last year; the year began with 486 on 1 April 2024; 30 were unaccompanied asylum-seeking children.");
  });

  it("legal status: largest group first, share of the total, start of year in brackets; DfE code rows ignored", () => {
    // 300/493 = 60.9% -> 61%; 95/493 = 19.3% -> 19%; 3/493 = 0.6% -> 1%; a suppressed group has no share.
    const rows = [
      row("cla_count", "2024-25", "at_end", 493),
      row("cla_by_legal_status", "2024-25", "at_end|care_order", 300), row("cla_by_legal_status", "2024-25", "at_start|care_order", 298),
      row("cla_by_legal_status", "2024-25", "at_end|interim_care_order", 95), row("cla_by_legal_status", "2024-25", "at_start|interim_care_order", 108),
      row("cla_by_legal_status", "2024-25", "at_end|youth_justice", null),
      row("cla_by_legal_status", "2024-25", "at_end|code_C2", 300)
    ];
    expect(narrativeFor("legal-status", rows, ctx)).toBe(
      "Of the 493 children in care at 31 March 2025, Medway had 300 (61%) care order (C2) (298 at the start of the year), " +
      "95 (19%) interim care order (C1) (108 at the start of the year) and fewer than 5 (c) youth justice (J1–J3).");
  });

  it("gender and age: counts over the total as the report writes them; overlapping bands left out", () => {
    // 298/493 = 60.4% -> 60%; 191/493 = 38.7% -> 39%. Ages over cla_count 493: 84/493 = 17.0% -> 17%.
    const rows = [
      row("cla_count", "2024-25", "at_end", 493),
      row("cla_by_gender", "2024-25", "at_end|male", 298, 298, 493), row("cla_by_gender", "2024-25", "at_end|female", 191, 191, 493),
      row("cla_by_age_band", "2024-25", "at_end|under_1", 20), row("cla_by_age_band", "2024-25", "at_end|1_4", 64),
      row("cla_by_age_band", "2024-25", "at_end|0_4", 84), row("cla_by_age_band", "2024-25", "at_end|10_17", 383)
    ];
    expect(narrativeFor("gender-age", rows, ctx)).toBe(
      "At 31 March 2025, 298/493 or 60% were boys and 191/493 or 39% girls (Medway's children in care); by age: 20 (4%) aged under 1 and 64 (13%) aged 1 to 4.");
  });

  it("starts and ceases, with the two commonest ways of leaving", () => {
    const rows = [
      row("starts", "2024-25", "year", 155), row("starts", "2023-24", "year", 195),
      row("ceased", "2024-25", "year", 141), row("ceased", "2023-24", "year", 141),
      row("ceased", "2024-25", "year|age_18", 60), row("ceased", "2024-25", "year|returned_home", 43),
      row("ceased", "2024-25", "year|adopted", 15), row("ceased", "2024-25", "year|other", 70)
    ];
    // "other" is a remainder, not a way of leaving, so it is not named even though it is largest.
    expect(narrativeFor("starts-ceases", rows, ctx)).toBe(
      "155 children started to be in care in Medway in 2024-25, down from 195 last year; 141 left care, the same as last year (141); " +
      "the most common ways of leaving: 60 turned 18 and 43 returned home to their families.");
  });

  it("reviews on time, participation, and three or more placements", () => {
    const rows = [
      row("reviews_held", "2024-25", "year", 1263),
      row("reviews_in_timescale", "2024-25", "year", (100 * 1258) / 1263, 1258, 1263), // 99.6% -> 100%
      row("reviews_in_timescale", "2023-24", "year", 92.2, 1100, 1193),
      row("review_participation", "2024-25", "year", (100 * 1089) / 1097, 1089, 1097), // 99.27 -> 99%
      row("review_participation", "2024-25", "year|PN1", (100 * 509) / 1097, 509, 1097), // 46.4 -> 46%
      row("placements_3plus", "2024-25", "at_end", 0.4, 2, 495), row("placements_3plus", "2023-24", "at_end", 9, 44, 489)
    ];
    expect(narrativeFor("reviews-on-time", rows, ctx)).toBe(
      "1,263 reviews were held for Medway's children in care in 2024-25; 1,258/1,263 or 100% of those that could be assessed were on time, up from 92% last year.");
    expect(narrativeFor("participation", rows, ctx)).toBe(
      "Medway: children aged 4 and over took part in 1,089/1,097 or 99% of their reviews in 2024-25; in 46% the child attended and spoke for themselves (PN1).");
    // Without the number held, the council is still named.
    expect(narrativeFor("reviews-on-time", rows.filter((r) => r.measure !== "reviews_held"), ctx)).toBe(
      "Of Medway's reviews in 2024-25, 1,258/1,263 or 100% of those that could be assessed were on time, up from 92% last year.");
    // 0.4% shows as "<1%", as the figure shows it.
    expect(narrativeFor("placements-3plus", rows, ctx)).toBe(
      "2/495 or <1% of Medway's children in care at 31 March 2025 had three or more placements during the year, down from 9% last year.");
  });

  it("says a suppressed percentage is not published, never 'fewer than 5%'", () => {
    const rows = [row("review_participation", "2024-25", "year", null), row("placed_over_20_miles", "2024-25", "at_end", null)];
    expect(narrativeFor("participation", rows, ctx)).toBe(
      "For Medway in 2024-25, the share of reviews in which the child took part is not published (c): the numbers behind it are small enough to identify children.");
    expect(stated(row("x", "2024-25", "year", null), "percent", 5)).toBe("not published (c)");
  });

  it("is empty when the rows hold nothing for the area or council", () => {
    expect(narrativeFor("drns", [row("drn_raised", "2024-25", "year", 12, undefined, undefined, "886")], ctx)).toBe("");
  });
});
