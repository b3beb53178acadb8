// The pure parts of the Social worker continuity, Disputes, Reviews, Data quality and Definitions pages,
// in Node. Each case's right answer is worked out by hand beside it.
import {describe, expect, it} from "vitest";
import {disputeLabel, type DisputeLabel} from "../../src/components/dispute-label.js";
import {namesText, timeToResolveHeadline} from "../../src/components/dispute-headlines.js";
import {groupLabel} from "../../src/components/format.js";
import {breakdownText, definitionsByFamily} from "../../src/components/definitions-list.js";
import {participationAgeHeadline, participationCodeHeadline} from "../../src/components/review-headlines.js";
import {participationTableHeadline} from "../../src/components/participation-table.js";
import {comparatorSentence, socialWorkGapText} from "../../src/components/social-work-gaps.js";
import {listText, missingYears, yearRanges} from "../../src/components/year-gaps.js";
import {loadSummary, qualityHeadline, csvOf} from "../../src/components/quality-view.js";
import {normalise, type AreaFile} from "../../src/components/rows.js";
import {publicValue, summariseQuality, yearLabel, type QualityRow, type FileRow} from "../../src/data/quality.js";
import {loadSiteConfig} from "../../src/data/site-config.js";

const row = (la: string, year: string, measure: string, breakdown: string, value: number | null, numerator: number | null = null, denominator: number | null = null, flag?: "c") =>
  ({la, year, measure, breakdown, value, numerator, denominator, ...(flag ? {flag} : {})});

const frame = (measures: ReturnType<typeof row>[]): AreaFile => normalise({
  generated: "2026-01-01T00:00:00Z", synthetic: true, analyst: false, threshold: 5,
  las: ["887", "886"], years: ["2023-24", "2024-25"],
  areas: [
    {la: "887", name: "Medway", kind: "la", region: "989"}, {la: "886", name: "Kent", kind: "la", region: "989"},
    {la: "970", name: "England", kind: "england"}, {la: "989", name: "South East", kind: "region"},
    {la: "sn:887", name: "Medway's statistical neighbours", kind: "neighbours"}
  ],
  catalogue: [], measures
});

const labels: DisputeLabel[] = [
  {la: "*", singular: "dispute resolution", plural: "dispute resolutions", short: "disputes"},
  {la: "887", singular: "Dispute Resolution Notification", plural: "Dispute Resolution Notifications", short: "DRNs"},
  {la: "887", from: "2025-26", singular: "Learning and Accountability Notification", plural: "Learning and Accountability Notifications", short: "LANs"}
];

describe("the dispute label (site.config.json)", () => {
  it("takes the council's own entry, switching at its from year", () => {
    expect(disputeLabel(labels, "887", "2024-25").short).toBe("DRNs");
    // 2025-26 is the renaming year; later years keep the new name (latest from not after the year).
    expect(disputeLabel(labels, "887", "2025-26").short).toBe("LANs");
    expect(disputeLabel(labels, "887", "2026-27").short).toBe("LANs");
    // Kent has no entry of its own here: the '*' entry.
    expect(disputeLabel(labels, "886", "2025-26").plural).toBe("dispute resolutions");
  });

  it("names each council's labels in one sentence", () => {
    const data = frame([]);
    expect(namesText(data, labels)).toBe(
      "Medway calls them Dispute Resolution Notifications (DRNs), renamed Learning and Accountability Notifications (LANs) from 2025-26 and Kent calls them dispute resolutions (disputes).");
  });

  it("the shipped site.config.json is valid and renames Medway's from 2025-26", () => {
    const config = loadSiteConfig();
    expect(disputeLabel(config.disputeLabels, "887", "2024-25").plural).toBe("Dispute Resolution Notifications");
    expect(disputeLabel(config.disputeLabels, "887", "2025-26").plural).toBe("Learning and Accountability Notifications");
  });

  it("gives dispute categories their own labels without changing other measures'", () => {
    expect(groupLabel("other", "drn_raised")).toBe("Other issue");
    expect(groupLabel("other")).toBe("Other ethnic group");
    expect(groupLabel("PN1")).toBe("PN1: attended and spoke for themselves");
    expect(groupLabel("16_plus")).toBe("16 and over");
  });
});

describe("time to resolve a dispute", () => {
  it("sets the median against the Handbook's 20 working days (28 calendar days)", () => {
    const data = frame([row("887", "2024-25", "drn_time_to_resolve", "year", 17, null, 156), row("886", "2024-25", "drn_time_to_resolve", "year", 31, null, 40)]);
    expect(timeToResolveHeadline(data, labels, "887", "2024-25")).toBe(
      "Medway resolved 156 Dispute Resolution Notifications (DRNs) in 2024-25; half took 17 days or less from being raised, within the IRO Handbook's 20 working days (about 28 days).");
    // 31 > 28: longer than.
    expect(timeToResolveHeadline(data, labels, "886", "2024-25")).toContain("half took 31 days or less from being raised, longer than the IRO Handbook's");
    expect(timeToResolveHeadline(data, labels, "887", "2023-24")).toBeNull();
  });
});

describe("social worker gaps", () => {
  it("joins consecutive years and lists the rest", () => {
    expect(yearRanges(["2016-17", "2015-16", "2018-19"])).toEqual(["2015-16 to 2016-17", "2018-19"]);
    expect(listText(["a", "b", "c"])).toBe("a, b and c");
    expect(missingYears(["2022-23", "2023-24", "2024-25"], ["2024-25"])).toEqual(["2022-23", "2023-24"]);
  });

  it("says why each missing year has no figure: before 2023-24 it was not collected, after it the file was not supplied", () => {
    // Loaded 2021-22 to 2024-25; computed only for 2024-25: 2021-22 and 2022-23 precede sw_episodes, 2023-24 lacks the file.
    expect(socialWorkGapText("Medway", ["2021-22", "2022-23", "2023-24", "2024-25"], ["2024-25"])).toBe(
      "No figure for Medway for 2021-22 to 2022-23, because councils only began sending social worker records to DfE in the 2023-24 return; " +
      "nor for 2023-24, because the social worker records (sw_episodes) were not supplied for that year. These years are left blank, not shown as zero.");
    expect(socialWorkGapText("Kent", ["2023-24", "2024-25"], ["2023-24", "2024-25"])).toBeNull();
  });

  it("puts DfE's latest year beside the council's", () => {
    const data = frame([
      row("887", "2023-24", "sw_instability_3plus", "at_end", 24.2, 120, 496), row("970", "2023-24", "sw_instability_3plus", "at_end", 27),
      row("989", "2023-24", "sw_instability_3plus", "at_end", 25), row("887", "2024-25", "sw_instability_3plus", "at_end", 26.3, 130, 495)
    ]);
    // England and the South East have 2023-24 only, so that is the year; 24.2 rounds to 24%.
    expect(comparatorSentence(data, "887", "sw_instability_3plus")).toBe(
      "DfE has published this figure for 2023-24 only. In 2023-24: Medway 24%, England 27% and South East 25%. Lower is better: fewer changes of social worker.");
  });
});

describe("review participation headlines", () => {
  const data = frame([
    // PN1 45.6% is the most common code.
    row("887", "2024-25", "review_participation", "year|PN1", 45.6, 485, 1063), row("887", "2024-25", "review_participation", "year|PN6", 25.6, 272, 1063),
    row("887", "2024-25", "review_participation", "year|PN7", 0.8, 8, 1063),
    // Bands: 16 and over highest (95.1), under 5 lowest (60).
    row("887", "2024-25", "review_participation", "year|under_5", 60, 21, 35), row("887", "2024-25", "review_participation", "year|5_9", 90, 198, 220),
    row("887", "2024-25", "review_participation", "year|16_plus", 95.1, 308, 324),
    // Kent: every band suppressed.
    row("886", "2024-25", "review_participation", "year|under_5", null, null, null, "c"), row("886", "2024-25", "review_participation", "year|5_9", null, null, null, "c"),
    // Kent's table, PN1 by band: 10 to 15 holds the most (48%).
    row("887", "2024-25", "review_participation", "year|PN1|5_9", 20, 97, 485), row("887", "2024-25", "review_participation", "year|PN1|10_15", 48, 233, 485),
    row("887", "2024-25", "review_participation", "year|PN1|16_plus", 32, 155, 485)
  ]);

  it("names the most common code in words", () => {
    expect(participationCodeHeadline(data, "887", "2024-25")).toBe(
      "At 46% of Medway's reviews of children aged 4 and over in 2024-25, the child attended and spoke for themselves (PN1): the most common of the seven codes.");
  });

  it("names the highest and lowest age band, or says the figures are withheld", () => {
    expect(participationAgeHeadline(data, "887", "2024-25")).toBe(
      "Medway's children aged 16 and over took part in the most of their reviews in 2024-25 (95%); children under 5 in the fewest (60%).");
    expect(participationAgeHeadline(data, "886", "2024-25")).toBe(
      "Kent's 2024-25 figures by age are not published, because some of the numbers are small enough to identify children.");
  });

  it("reads Kent's table for PN1", () => {
    expect(participationTableHeadline(data, "887", "2024-25")).toBe(
      "Of Medway's reviews in 2024-25 where the child attended and spoke for themselves (PN1), the most (48%) were of children aged 10 to 15.");
  });
});

describe("data quality", () => {
  const q = (rule: string, column: string | null, value: string | null, message: string, line: number | null = 2, severity: QualityRow["severity"] = "error"): QualityRow =>
    ({la: "887", year: 2025, file: "887/2025/episodes.csv", line, column, value, rule, severity, message, level: line === null ? "file" : "row"});

  it("shows a value only for a code or number in a column that is not an identifier or a date", () => {
    expect(publicValue(q("code_unknown", "LS", "C9", ""))).toBe("C9");
    expect(publicValue(q("number_invalid", "FTE", "half", ""))).toBe("half");
    // A date of birth, an id, and a code rule on an identifier column: all withheld.
    expect(publicValue(q("date_impossible", "DOB", "31/02/2015", ""))).toBeNull();
    expect(publicValue(q("child_not_in_header", "CHILD", "A9", ""))).toBeNull();
    expect(publicValue(q("code_unknown", "CHILD", "A9", ""))).toBeNull();
    // Free-text DRN categories are withheld; so is a long digit string pasted where a code should be.
    expect(publicValue(q("code_unknown", "CATEGORY", "Lost", ""))).toBeNull();
    expect(publicValue(q("code_unknown", "PLACE", "887123456", ""))).toBeNull();
  });

  const files: FileRow[] = [
    {la: "887", year: 2025, file: "887/2025/episodes.csv", table_name: "episodes", recognised_by: "name", status: "loaded", rows_read: 100, rows_loaded: 96, rows_rejected: 4},
    {la: "887", year: 2025, file: "887/2025/header.csv", table_name: "header", recognised_by: "name", status: "loaded", rows_read: 50, rows_loaded: 50, rows_rejected: 0}
  ];
  const quality = [
    q("code_unknown", "LS", "C9", "LS 'C9' is not a LS code", 5),
    q("child_not_in_header", "CHILD", "D887C000123", "CHILD 'D887C000123' has an episode but no row in any header file of LA 887", 7),
    q("date_impossible", "DECOM", "31/09/2024", "'31/09/2024' is not a real date", 9),
    q("date_impossible", "DECOM", "30/02/2024", "'30/02/2024' is not a real date", 11),
    q("date_impossible", "DECOM", "31/04/2024", "'31/04/2024' is not a real date", 12),
    q("date_impossible", "DECOM", "31/06/2024", "'31/06/2024' is not a real date", 13),
    q("superseded_by_newer_year", "MC_DOB", "", "replaced by 887/2026/header.csv line 4, which differs in mc_dob", 3, "info")
  ];

  it("counts every problem, keeps three examples per rule, and never publishes an id, a date or the loader's message", () => {
    const out = summariseQuality({files, quality, analyst: false, generated: "g", source: "warehouse"});
    expect(out.files.map((f) => f.year)).toEqual(["2024-25", "2024-25"]);
    // Four date_impossible rows: counted 4, three examples (lines 9, 11, 12 in line order).
    const dates = out.rules.find((r) => r.rule === "date_impossible")!;
    expect(dates.count).toBe(4);
    expect(out.examples.filter((e) => e.rule === "date_impossible").map((e) => e.line)).toEqual([9, 11, 12]);
    // Errors before info: code_unknown, child_not_in_header, date_impossible are errors; superseded is info, last.
    expect(out.rules.map((r) => r.rule)).toEqual(["child_not_in_header", "code_unknown", "date_impossible", "superseded_by_newer_year"]);
    const text = JSON.stringify(out);
    expect(text).not.toContain("D887C000123");
    expect(text).not.toContain("31/09/2024");
    expect(text).not.toContain("is not a real date");
    expect(out.examples.find((e) => e.rule === "code_unknown")).toMatchObject({value: "C9", redacted: false, message: "A code is not one of the allowed codes (column LS)."});
    expect(out.examples.find((e) => e.rule === "child_not_in_header")).toMatchObject({value: null, redacted: true});
    // A blank value is not "withheld": there was nothing to withhold.
    expect(out.examples.find((e) => e.rule === "superseded_by_newer_year")).toMatchObject({value: null, redacted: false});
  });

  it("the analyst build redacts identifiers too: it is pseudonymised", () => {
    const out = summariseQuality({files, quality, analyst: true, generated: "g", source: "warehouse"});
    expect(out.examples.find((e) => e.rule === "child_not_in_header")).toMatchObject({value: null, redacted: true});
    expect(JSON.stringify(out)).not.toContain("D887C000123");
  });

  it("sums what was loaded into one sentence", () => {
    const out = summariseQuality({files, quality, analyst: false, generated: "g", source: "warehouse"});
    // 150 read, 146 loaded, 4 rejected = 2.7%; 6 errors and 1 info row.
    const s = loadSummary(out);
    expect(s).toMatchObject({las: 1, years: 1, files: 2, read: 150, loaded: 146, rejected: 4, errors: 6, warnings: 0, info: 1});
    expect(qualityHeadline(s)).toBe("The 2 files for 1 council over 1 year held 150 rows: 146 were loaded and 4 rejected (2.7%), with 1 note for the record.");
    expect(qualityHeadline(loadSummary({files: [], rules: []}))).toBe("This build has no record of which files were loaded.");
    expect(yearLabel(2016)).toBe("2015-16");
    expect(csvOf(["a", "b"], [["x,y", 1], [null, 2]])).toBe("a,b\r\n\"x,y\",1\r\n,2\r\n");
  });
});

describe("definitions", () => {
  it("words breakdown patterns and groups measures by family in catalogue order", () => {
    expect(breakdownText("at_end|<legal status group>")).toBe("31 March, by legal status group");
    expect(breakdownText("at_end|code_<LS>")).toBe("31 March, each LS code");
    expect(breakdownText("at_end|kent_18_months")).toBe("31 March, in care 18 months or more (Kent's measure)");
    const d = (id: string, family: "cohort" | "reviews") => ({id, family, title: id, definition: "", numerator: null, denominator: null, unit: "count" as const, polarity: "neutral" as const, breakdowns: [], source: "", dfe: [], sql: ""});
    const families = definitionsByFamily([d("a", "reviews"), d("b", "cohort"), d("c", "reviews")]);
    expect(families.map((f) => [f.name, f.measures.map((m) => m.id)])).toEqual([["Reviews", ["a", "c"]], ["Who is in care", ["b"]]]);
  });
});
