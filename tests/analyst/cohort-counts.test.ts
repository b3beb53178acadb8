// The explorer's counts on the real child-level table (the file the analyst build publishes, built from the
// demo extracts as `npm run build:analyst` does) equal the measures' counts for the same cohort, for every
// council and year: children at 31 March by legal status, age band, gender, ethnicity and placement type,
// children with 3+ placements, UASC, placed outside the LA and over 20 miles.
import * as aq from "arquero";
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {ColumnTable} from "arquero";
import {beforeAll, describe, expect, it} from "vitest";
import {ChildrenFile} from "../../loaders/analyst/schema.js";
import {MeasuresFile, type MeasureRow} from "../../loaders/measures/schema.js";
import {cohortTable, countBy, crossTab, filterCohort} from "../../src-analyst/analyst/cohort.js";
import {builtSite, root} from "../browser/harness.js";

let all: ColumnTable;
let measures: MeasureRow[];
let cohorts: Array<{la: string; year: string}>;

beforeAll(async () => {
  const dist = await builtSite("analyst");
  const dir = join(dist, "_file", "analyst");
  const name = readdirSync(dir).find((n) => /^children\.[0-9a-f]+\.json$/.test(n));
  if (!name) throw new Error(`no children file in ${dir}`);
  all = cohortTable(aq, ChildrenFile.parse(JSON.parse(readFileSync(join(dir, name), "utf8"))));
  const measuresFile = join(root, ".tmp", "build-analyst", "measures.json");
  expect(existsSync(measuresFile)).toBe(true);
  measures = MeasuresFile.parse(JSON.parse(readFileSync(measuresFile, "utf8"))).measures;
  cohorts = [...new Set((all.array("la") as string[]).map((la, i) => `${la}|${all.array("year")[i]}`))]
    .map((k) => ({la: k.split("|")[0]!, year: k.split("|")[1]!}));
}, 900_000);

/** breakdown group -> numerator (or value) of the measure's at_end rows for one LA and year. */
function measureCounts(la: string, year: string, measure: string, only?: RegExp): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of measures) {
    if (r.la !== la || r.year !== year || r.measure !== measure || !r.breakdown.startsWith("at_end|")) continue;
    const group = r.breakdown.slice("at_end|".length);
    if (group.startsWith("code_") || (only && !only.test(group))) continue;
    out[group] = r.numerator ?? r.value!;
  }
  return out;
}

function row(la: string, year: string, measure: string, breakdown: string): MeasureRow {
  const hit = measures.find((r) => r.la === la && r.year === year && r.measure === measure && r.breakdown === breakdown);
  if (!hit) throw new Error(`no ${measure} ${breakdown} for ${la} ${year}`);
  return hit;
}

/** The explorer's counts, with the zero groups the measures write for every group. */
function explorerCounts(table: ColumnTable, key: string, groups: string[]): Record<string, number> {
  const counts = countBy(table, key);
  return Object.fromEntries(groups.map((g) => [g, counts.get(g) ?? 0]));
}

describe("explorer counts equal the measures (demo extracts, analyst build)", () => {
  it("covers both councils over several years", () => {
    expect(cohorts.map((c) => c.la)).toEqual(expect.arrayContaining(["887", "886"]));
    expect(cohorts.length).toBeGreaterThanOrEqual(4);
  });

  it("Medway 2024-25: cla_count, legal status, age band, gender, 3+ placements", () => {
    const t = filterCohort(aq, all, {la: ["887"], year: ["2024-25"]});
    expect(t.numRows()).toBe(row("887", "2024-25", "cla_count", "at_end").value);
    const legal = measureCounts("887", "2024-25", "cla_by_legal_status");
    expect(explorerCounts(t, "legal_status_group", Object.keys(legal))).toEqual(legal);
    const age = measureCounts("887", "2024-25", "cla_by_age_band", /^(under_1|1_4|5_9|10_15|16_17)$/);
    expect(Object.keys(age)).toHaveLength(5);
    expect(explorerCounts(t, "age_band", Object.keys(age))).toEqual(age);
    const gender = measureCounts("887", "2024-25", "cla_by_gender");
    expect(explorerCounts(t, "gender", Object.keys(gender))).toEqual(gender);
    expect(countBy(t, "placements_3plus").get("yes") ?? 0).toBe(row("887", "2024-25", "placements_3plus", "at_end").numerator);
  });

  it("every council and year: each breakdown, UASC, outside the LA and over 20 miles", () => {
    for (const {la, year} of cohorts) {
      const t = filterCohort(aq, all, {la: [la], year: [year]});
      const at = `${la} ${year}`;
      expect(t.numRows(), at).toBe(row(la, year, "cla_count", "at_end").value);
      for (const [measure, key, only] of [
        ["cla_by_legal_status", "legal_status_group", undefined],
        ["cla_by_age_band", "age_band", /^(under_1|1_4|5_9|10_15|16_17)$/],
        ["cla_by_gender", "gender", undefined],
        ["cla_by_ethnicity", "ethnicity_group", undefined],
        ["cla_by_placement_type", "placement_type_group", /^(?!foster$)/]
      ] as const) {
        const expected = measureCounts(la, year, measure, only);
        expect(explorerCounts(t, key, Object.keys(expected)), `${measure} ${at}`).toEqual(expected);
      }
      const count = (filters: Record<string, string[]>) => filterCohort(aq, t, filters).numRows();
      expect(count({placements_3plus: ["yes"]}), `placements_3plus ${at}`).toBe(row(la, year, "placements_3plus", "at_end").numerator);
      expect(count({uasc: ["yes"]}), `uasc ${at}`).toBe(row(la, year, "uasc_count", "at_end").value);
      expect(count({outside_la: ["outside"]}), `outside ${at}`).toBe(row(la, year, "placed_outside_la", "at_end").numerator);
      expect(count({outside_la: ["unknown"]}), `location unknown ${at}`).toBe(row(la, year, "placed_outside_la", "at_end|unknown_location").value);
      expect(count({distance_band: ["20_plus"]}), `over 20 miles ${at}`).toBe(row(la, year, "placed_over_20_miles", "at_end").numerator);
      expect(count({distance_band: ["unknown"]}), `distance unknown ${at}`).toBe(row(la, year, "placed_over_20_miles", "at_end|unknown_distance").value);
    }
  });

  it("a cross-tab's margins are the one-way counts (Kent 2024-25, legal status by age band)", () => {
    const t = filterCohort(aq, all, {la: ["886"], year: ["2024-25"]});
    const tab = crossTab(t, "legal_status_group", "age_band");
    expect(tab.total).toBe(row("886", "2024-25", "cla_count", "at_end").value);
    const legal = measureCounts("886", "2024-25", "cla_by_legal_status");
    tab.rows.forEach((g, i) => expect(tab.rowTotals[i], g).toBe(legal[g] ?? 0));
    const age = measureCounts("886", "2024-25", "cla_by_age_band");
    tab.cols.forEach((g, j) => expect(tab.colTotals[j], g).toBe(age[g]));
  });
});
