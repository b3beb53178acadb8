// The computed headlines and Compare choices of the Who is in care, Where children live, Stability,
// Entering and leaving and Compare pages (src/components/findings.ts, compare-options.ts), over a
// hand-built area file. Every expected sentence is worked out beside its test from the rows below.
import {describe, expect, it} from "vitest";
import {ageHeadline, ethnicityHeadline, flowHeadline, fosterHeadline, genderHeadline, groupShare, leavingComparisonLines, movesByAgeHeadline, unknownLines, uascHeadline} from "../../src/components/findings.js";
import {breakdownLabel, compareBreakdowns, compareMeasures, comparePhrase} from "../../src/components/compare-options.js";
import {groupLabel} from "../../src/components/format.js";
import type {AreaFile, MeasureDefinition, SiteRow} from "../../src/components/rows.js";

const Y = "2024-25";

function r(la: string, measure: string, breakdown: string, value: number | null, numerator: number | null = value, denominator: number | null = null, flag?: "c"): SiteRow {
  return {la, year: Y, measure, breakdown, value, numerator, denominator, ...(flag ? {flag} : {})};
}

function def(id: string, title: string, unit: MeasureDefinition["unit"]): MeasureDefinition {
  return {id, family: "cohort", title, definition: "", numerator: null, denominator: null, unit, polarity: "neutral", breakdowns: [], source: "", dfe: [], sql: ""};
}

// Medway (887) has 500 children in care at 31 March 2025, Kent (886) 2,000.
const rows: SiteRow[] = [
  r("887", "cla_count", "at_end", 500), r("886", "cla_count", "at_end", 2000), r("887", "cla_count", "at_start", 480),
  // Age: Medway 125 of 500 = 25% aged 16-17; Kent 700 of 2,000 = 35%.
  r("887", "cla_by_age_band", "at_end|16_17", 125, 125, 500), r("886", "cla_by_age_band", "at_end|16_17", 700, 700, 2000),
  r("887", "cla_by_age_band", "at_end|code_X", 3, 3, 500),
  // Gender: Medway 300 boys, 200 girls (60% boys); Kent 1,300 boys (65%), 700 girls.
  r("887", "cla_by_gender", "at_end|male", 300), r("887", "cla_by_gender", "at_end|female", 200),
  r("886", "cla_by_gender", "at_end|male", 1300), r("886", "cla_by_gender", "at_end|female", 700),
  // Ethnicity: Medway 20+10+15+5 = 50 of 500 = 10%; Kent 100+100+200+200 = 600 of 2,000 = 30%.
  r("887", "cla_by_ethnicity", "at_end|mixed", 20), r("887", "cla_by_ethnicity", "at_end|asian", 10),
  r("887", "cla_by_ethnicity", "at_end|black", 15), r("887", "cla_by_ethnicity", "at_end|other", 5),
  r("886", "cla_by_ethnicity", "at_end|mixed", 100), r("886", "cla_by_ethnicity", "at_end|asian", 100),
  r("886", "cla_by_ethnicity", "at_end|black", 200), r("886", "cla_by_ethnicity", "at_end|other", 200),
  // UASC: Medway 40 of 500 = 8%; Kent 500 of 2,000 = 25%; England (DfE) 9%.
  r("887", "uasc_count", "at_end", 40, 40, 500), r("886", "uasc_count", "at_end", 500, 500, 2000), r("970", "uasc_pct", "at_end", 9, null),
  // Foster care: Medway 400 of 500 = 80%; Kent 1,400 of 2,000 = 70%; England 67% (DfE's percentage).
  r("887", "cla_by_placement_type", "at_end|foster", 400), r("886", "cla_by_placement_type", "at_end|foster", 1400),
  r("970", "cla_by_placement_type_pct", "at_end|foster", 67, null),
  // Distance not recorded: Medway 38 of 500; Kent none. Location not recorded: Medway suppressed.
  r("887", "placed_over_20_miles", "at_end|unknown_distance", 38, 38, 500), r("886", "placed_over_20_miles", "at_end|unknown_distance", 0, 0, 2000),
  r("887", "placed_outside_la", "at_end|unknown_location", null, null, 500, "c"),
  // Kent: 200 children with 3+ placements (10% of 2,000); aged 14-17: 20+30+40+50 = 140 = 70%.
  r("886", "placements_3plus", "at_end", 10, 200, 2000),
  r("886", "placements_3plus_by_age", "at_end|age_13", 25, 25, 2000), r("886", "placements_3plus_by_age", "at_end|age_14", 20, 20, 2000),
  r("886", "placements_3plus_by_age", "at_end|age_15", 30, 30, 2000), r("886", "placements_3plus_by_age", "at_end|age_16", 40, 40, 2000),
  r("886", "placements_3plus_by_age", "at_end|age_17", 50, 50, 2000),
  // Medway: 2024-25 starts 180 children, ceases 200 children.
  r("887", "starts", "year|children", 180), r("887", "ceased", "year|children", 200), r("887", "ceased", "year|children|adopted", 20),
  r("887", "ceased", "year", 210),
  // England (DfE): 9% of children who left care were adopted, 12% on an SGO (no council has SGO rows here).
  r("970", "ceased_pct", "year|children|adopted", 9, null), r("970", "ceased_pct", "year|children|sgo", 12, null)
];

const data: AreaFile = {
  generated: "2026-01-01T00:00:00Z", synthetic: true, analyst: false, threshold: 5,
  las: ["887", "886"], years: [Y],
  areas: [{la: "887", name: "Medway", kind: "la", region: "989"}, {la: "886", name: "Kent", kind: "la", region: "989"}, {la: "970", name: "England", kind: "england"}],
  catalogue: [def("cla_count", "Children in care", "count"), def("cla_by_age_band", "Age", "count"), def("ceased", "Children who ceased to be looked after", "count"),
    def("placed_over_20_miles", "Placed more than 20 miles from home", "percent"), def("drn_open", "Dispute resolutions open at year end", "count")],
  measures: rows
};

function withRows(extra: SiteRow[], drop: (x: SiteRow) => boolean = () => false): AreaFile {
  return {...data, measures: [...data.measures.filter((x) => !drop(x)), ...extra]};
}

describe("who is in care", () => {
  it("says whose children are older, by the share aged 16 or 17", () => {
    // Kent 35% > Medway 25%.
    expect(ageHeadline(data, ["887", "886"], Y, "at_end")).toBe("Kent's children in care are older than Medway's: 35% are 16 or 17, against 25% in Medway, at 31 March 2025.");
    // One council: 125 of 500 = 25%.
    expect(ageHeadline(data, ["887"], Y, "at_end")).toBe("25% of Medway's children in care are 16 or 17 at 31 March 2025 (125 of 500).");
  });

  it("calls two shares that round to the same whole number similar", () => {
    // Kent 502 of 2,000 = 25.1% -> 25%, like Medway's 25%.
    const similar = withRows([r("886", "cla_by_age_band", "at_end|16_17", 502, 502, 2000)], (x) => x.la === "886" && x.breakdown === "at_end|16_17");
    expect(ageHeadline(similar, ["887", "886"], Y, "at_end")).toBe("Medway's and Kent's children in care are of similar ages: 25% of each are 16 or 17 at 31 March 2025.");
  });

  it("gives no headline when the group is suppressed or the total is missing", () => {
    const suppressed = withRows([r("887", "cla_by_age_band", "at_end|16_17", null, null, 500, "c")], (x) => x.la === "887" && x.breakdown === "at_end|16_17");
    expect(ageHeadline(suppressed, ["887", "886"], Y, "at_end")).toBeNull();
    // No cla_count on 1 April for Kent, no age rows on 1 April at all.
    expect(groupShare(data, {measure: "cla_by_age_band", la: "886", year: Y, snapshot: "at_start", groups: ["16_17"], totalMeasure: "cla_count"})).toBeNull();
  });

  it("names the larger gender and both councils' shares", () => {
    // Medway 300 of 500 = 60% boys; Kent 1,300 of 2,000 = 65%.
    expect(genderHeadline(data, ["887", "886"], Y, "at_end")).toBe("More boys than girls are in care: 60% of Medway's children in care are boys (300 of 500), and 65% of Kent's, at 31 March 2025.");
  });

  it("compares the share from Black, Asian, mixed or other ethnic groups", () => {
    // Kent 30% > Medway 10%.
    expect(ethnicityHeadline(data, ["887", "886"], Y, "at_end")).toBe("Kent's children in care are more ethnically diverse than Medway's: 30% are from Black, Asian, mixed or other ethnic groups, against 10% in Medway, at 31 March 2025.");
  });

  it("explains UASC and sets each council's share against England's", () => {
    expect(uascHeadline(data, ["887", "886"], Y)).toBe("Medway looked after 40 unaccompanied asylum-seeking children (children who came to the UK alone to claim asylum) at 31 March 2025: 8% of its children in care, against 500 (25%) in Kent. Across England the share is 9%.");
  });
});

describe("where children live", () => {
  it("gives the share in foster care against England's", () => {
    expect(fosterHeadline(data, ["887", "886"], Y)).toBe("Most children in care live with foster carers: 80% of Medway's (400 of 500) and 70% of Kent's, against 67% across England, at 31 March 2025.");
  });

  it("says how many children's distance or location is not recorded, and never prints a suppressed count", () => {
    expect(unknownLines(data, {measure: "placed_over_20_miles", group: "unknown_distance", las: ["887", "886"], year: Y, what: "distance from home", effect: "they are left out of this percentage"})).toEqual([
      "Distance from home is not recorded for 38 of Medway's 500 children in care; they are left out of this percentage.",
      "Every Kent child's distance from home is recorded."
    ]);
    expect(unknownLines(data, {measure: "placed_outside_la", group: "unknown_location", las: ["887", "886"], year: Y, what: "placement location", effect: "x"})).toEqual([
      "The number of Medway's children in care whose placement location is not recorded is small and not published (c)."
    ]);
  });
});

describe("stability by age", () => {
  it("gives the teenagers' share of children with three or more placements", () => {
    // 140 of 200 = 70%, more than half.
    expect(movesByAgeHeadline(data, "886", Y)).toBe("Most of Kent's 200 children with three or more placements in the year are teenagers: 140 (70%) were aged 14 to 17 at 31 March 2025.");
  });

  it("falls back to the commonest age when a teenage age is suppressed", () => {
    // Age 15 suppressed: the largest known is age 17 (50), ahead of 16 (40) and 13 (25).
    const suppressed = withRows([r("886", "placements_3plus_by_age", "at_end|age_15", null, null, 2000, "c")], (x) => x.breakdown === "at_end|age_15");
    expect(movesByAgeHeadline(suppressed, "886", Y)).toBe("Among Kent's children with three or more placements in the year, more were aged 17 at 31 March 2025 than any other age (50).");
    expect(movesByAgeHeadline(data, "887", Y)).toBeNull();
  });
});

describe("entering and leaving care", () => {
  it("sets starts against ceases", () => {
    // 180 started, 200 left: 20 more left.
    expect(flowHeadline(data, "887", Y)).toBe("In 2024-25, 180 children started to be looked after by Medway and 200 left care: more left care than came in (20 more).");
    expect(flowHeadline(data, "886", Y)).toBeNull();
  });

  it("sets the adopted share of children who left care against England's, only where both exist", () => {
    // Medway 20 of 200 = 10%; Kent has no ceased rows; SGO has England's figure but no council's; CAO neither.
    expect(leavingComparisonLines(data, ["887", "886"], Y)).toEqual(["Adopted: Medway 10% (20 of 200); England 9%."]);
  });
});

describe("compare choices", () => {
  it("offers every catalogue measure that a council has rows for, by title", () => {
    // drn_open is in the catalogue but has no rows; placed_over_20_miles has only Medway's unknown row.
    expect(compareMeasures(data).map((o) => o.value)).toEqual(["cla_by_age_band", "cla_count", "ceased", "placed_over_20_miles"]);
    expect(compareMeasures(data).map((o) => o.label)).toEqual(["Age", "Children in care", "Children who ceased to be looked after", "Placed more than 20 miles from home"]);
  });

  it("lists a measure's breakdowns totals first, without the detailed codes", () => {
    expect(compareBreakdowns(data, "cla_count").map((o) => o.value)).toEqual(["at_end", "at_start"]);
    expect(compareBreakdowns(data, "cla_by_age_band").map((o) => o.label)).toEqual(["Age: 16 to 17, at 31 March"]);
    // 'year' then 'year|children' then the three-part key.
    expect(compareBreakdowns(data, "ceased").map((o) => o.value)).toEqual(["year", "year|children", "year|children|adopted"]);
    expect(breakdownLabel(data, "ceased", "year|children|adopted")).toBe("Children who ceased to be looked after: Children, Adopted, during the year");
  });

  it("completes the headline for counts and percentages", () => {
    expect(comparePhrase(data, "cla_count")).toBe("children in care");
    expect(comparePhrase(data, "cla_by_age_band", "16_17")).toBe("in the group “Age: 16 to 17”");
    expect(comparePhrase(data, "placed_over_20_miles")).toBe("children: placed more than 20 miles from home");
  });
});

describe("group labels these pages add", () => {
  it("names placement types, starts' age groups and reasons for leaving in plain words", () => {
    expect(groupLabel("foster_relative_friend")).toBe("Foster care with relatives or friends");
    expect(groupLabel("childrens_homes_secure")).toBe("Children's homes and secure units");
    expect(groupLabel("16_17")).toBe("16 to 17");
    expect(groupLabel("under_1")).toBe("Under 1");
    // 'other' is an ethnic group unless the measure is ceased.
    expect(groupLabel("other")).toBe("Other ethnic group");
    expect(groupLabel("other", "ceased")).toBe("Other reasons");
    expect(groupLabel("age_18", "ceased")).toBe("Turned 18");
  });
});
