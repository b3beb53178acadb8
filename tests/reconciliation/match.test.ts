// The Reconciliation page's matching (src/data/reconciliation.ts) on a hand-built case: a made-up council
// 999 whose "report" quotes six figures. Expected answers are worked out beside each.
import {describe, expect, it} from "vitest";
import {reconcile, targetOf, type ComputedRow} from "../../src/data/reconciliation.js";
import {reconciliationMap, type MapRule} from "../../src/data/reconciliation-map.js";
import type {PublishedFigure} from "../../src/data/reconciliation-schema.js";

function pub(measure: string, breakdown: string, value: number, unit = "count", extra: Partial<PublishedFigure> = {}): PublishedFigure {
  return {la_number: "999", la_name: "Testshire", year: "2024-25", measure, breakdown, value, denominator: null, unit, source: "report.txt", quote: `q ${measure}`, note: "", ...extra};
}
function row(measure: string, breakdown: string, value: number | null, numerator: number | null = null, denominator: number | null = null, la = "999", flag: string | null = null): ComputedRow {
  return {la, year: "2024-25", measure, breakdown, value, numerator, denominator, flag};
}

const units = new Map([["cla_count", "count"], ["cla_by_age_band", "count"], ["placed_over_20_miles", "percent"], ["drn_raised", "count"], ["iro_fte", "ratio"]]);
const titles = new Map([["cla_count", "Children in care"], ["drn_raised", "Dispute resolutions raised"]]);
const drnCategories = [{la: "999", label: "Care Plan DR", category: "care_plan"}];
const rules: MapRule[] = [
  {measure: "drn_raised", breakdown: "year\\|level_(\\d)", to: "drn_raised year|stage_$1"},
  {measure: "drn_raised", breakdown: "year\\|(.+)\\|total", to: "drn_raised year|{drn:$1}"},
  {measure: "drn_raised", breakdown: "year\\|(.+)\\|level_\\d", none: "category by stage not computed"}
];

const published = [
  pub("cla_count", "at_end", 100),                                  // computed 102, DfE 102
  pub("cla_by_age_band", "at_end|0_4", 30),                         // the bands add to 30+40+50 = 120 > 100
  pub("cla_by_age_band", "at_end|5_9", 40),
  pub("cla_by_age_band", "at_end|10_15", 50),
  pub("placed_over_20_miles", "at_end", 20),                        // a count of a percent measure: compare the numerator, 20
  pub("drn_raised", "year|level_2", 7),                             // -> year|stage_2, suppressed 'c'
  pub("drn_raised", "year|Care Plan DR|total", 25, "percent"),      // -> year|care_plan: 10 of 40 = 25%
  pub("drn_raised", "year|Care Plan DR|level_1", 3),                // rule says not computed
  pub("advocacy_children", "year", 12),                             // not in the catalogue at all
  {...pub("cla_count", "at_end", 90), year: "2019-20"}              // a year the extract does not cover
];
const computed = [
  row("cla_count", "at_end", 102), row("cla_count", "at_end", 102, null, null, "dfe:999"),
  row("cla_by_age_band", "at_end|0_4", 25, 25, 102), row("cla_by_age_band", "at_end|5_9", 40, 40, 102), row("cla_by_age_band", "at_end|10_15", 37, 37, 102),
  row("placed_over_20_miles", "at_end", 20.4, 20, 98),
  row("drn_raised", "year", 40), row("drn_raised", "year|stage_2", null, null, 40, "999", "c"), row("drn_raised", "year|care_plan", 10, 10, 40)
];

describe("reconcile", () => {
  const out = reconcile({published, computed, rules, units, titles, drnCategories, threshold: 5});
  const find = (measure: string, breakdown: string, year = "2024-25") => out.find((r) => r.measure === measure && r.breakdown === breakdown && r.year === year)!;

  it("a count that differs, where the extract agrees with DfE", () => {
    const r = find("cla_count", "at_end");
    expect([r.published, r.dfe, r.computed, r.difference, r.status]).toEqual([100, 102, 102, 2, "differs"]);
    expect(r.reasons.join(" ")).toContain("the extract agrees with DfE");
    expect(r.title).toBe("Children in care");
  });

  it("flags the report's own arithmetic when its groups add to more than its total", () => {
    const r = find("cla_by_age_band", "at_end|0_4");
    expect(r.difference).toBe(-5);
    expect(r.reasons).toContain("the report's own arithmetic: its 3 groups add to 120, more than its 100 children in care");
    // 5_9 agrees exactly, so it carries no reason.
    expect(find("cla_by_age_band", "at_end|5_9")).toMatchObject({status: "matches", difference: 0, reasons: []});
  });

  it("compares a count of a percentage measure with its numerator", () => {
    expect(find("placed_over_20_miles", "at_end")).toMatchObject({computed: 20, difference: 0, status: "matches"});
  });

  it("maps report keys through the table: levels to stages, DRN labels to categories", () => {
    const stage = find("drn_raised", "year|level_2");
    expect(stage).toMatchObject({computedKey: "drn_raised year|stage_2", computed: null, computedFlag: "c", status: "differs"});
    expect(stage.reasons).toContain("the computed figure is suppressed in the public build (fewer than 5)");
    // 10 of 40 DRNs = 25%, in the report's unit.
    expect(find("drn_raised", "year|Care Plan DR|total")).toMatchObject({computedKey: "drn_raised year|care_plan", computed: 25, status: "matches"});
  });

  it("lists what is not computed, with why", () => {
    expect(find("drn_raised", "year|Care Plan DR|level_1")).toMatchObject({status: "not computed", reasons: ["category by stage not computed"]});
    expect(find("advocacy_children", "year").reasons[0]).toMatch(/not in the SSDA903 extract/);
    expect(find("cla_count", "at_end", "2019-20")).toMatchObject({status: "not computed", reasons: ["the loaded extract does not cover 2019-20"]});
  });
});

describe("the project's map", () => {
  it("names Kent's DRN label through drn-category-map and Medway's stage keys", () => {
    const drn = [{la: "886", label: "Care Plan/PWP DR", category: "care_plan"}];
    expect(targetOf(pub("drn_raised", "year|Care Plan/PWP DR|total", 5, "percent", {la_number: "886"}), reconciliationMap, drn).key).toBe("drn_raised year|care_plan");
    expect(targetOf(pub("drn_raised", "year|level_2", 5), reconciliationMap, drn).key).toBe("drn_raised year|stage_2");
    // A label no map row names, but which is a category's own words, maps to itself.
    expect(targetOf(pub("drn_raised", "year|Care Plan|total", 5, "percent", {la_number: "886"}), reconciliationMap, drn).key).toBe("drn_raised year|care_plan");
    expect(targetOf(pub("drn_raised", "year|Mystery|total", 5, "percent", {la_number: "886"}), reconciliationMap, drn).none).toMatch(/not in data\/reference\/drn-category-map.csv/);
  });
});
