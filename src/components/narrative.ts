// Short paragraphs in the style of the IRO annual reports ("163/493 or 33% of children were placed over
// 20 miles away, up from 31% last year"), generated from the same rows the figures draw, with the same
// rounding (formatValue), so a paragraph pasted into a committee report never disagrees with the chart.
// Pure: unit-tested in tests/report/narrative.test.ts. The copy button lives in narrative-block.ts.
import {formatValue, groupLabel, periodText, previousYear, splitBreakdown} from "./format.js";

export const narrativeAreas = [
  "children-in-care", "legal-status", "gender-age", "placed-over-20-miles", "placements-3plus",
  "starts-ceases", "reviews-on-time", "participation", "drns"
] as const;
export type NarrativeArea = (typeof narrativeAreas)[number];

// The rows of a page's data file, as loaded (numerator/denominator may be absent: the loaders drop nulls).
export interface NarrativeRow {
  la: string;
  year: string;
  measure: string;
  breakdown: string;
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  flag?: string | null;
}

export interface NarrativeContext {
  la: string;
  year: string;
  laName: string;
  threshold?: number | null;   // the public build's suppression threshold ('c' = fewer than this)
}

type Rows = readonly NarrativeRow[];

function find(rows: Rows, measure: string, la: string, year: string, breakdown: string): NarrativeRow | undefined {
  return rows.find((r) => r.measure === measure && r.la === la && r.year === year && r.breakdown === breakdown);
}

/** A value as the figure shows it; a suppressed one as "fewer than 5 (c)". */
export function stated(row: NarrativeRow | undefined, unit: "count" | "percent", threshold?: number | null): string | null {
  if (!row) return null;
  if (row.value === null || row.value === undefined) {
    // A suppressed percentage is not small itself: the count behind it (or its complement) is.
    if (row.flag === "c" && unit === "percent") return "not published (c)";
    if (row.flag === "c") return threshold ? `fewer than ${threshold} (c)` : "a small number (c)";
    return `not available (${row.flag ?? "x"})`;
  }
  return formatValue(row.value, unit);
}

function known(row: NarrativeRow | undefined): row is NarrativeRow & {value: number} {
  return row !== undefined && row.value !== null && row.value !== undefined;
}

/** "163/493 or 33%" when both counts are published, else "33%" (or the suppression wording). */
function share(row: NarrativeRow | undefined, threshold?: number | null): string | null {
  if (!known(row)) return stated(row, "percent", threshold);
  const num = row.numerator ?? null;
  const den = row.denominator ?? null;
  const pct = formatValue(row.value, "percent");
  return num !== null && den !== null ? `${formatValue(num, "count")}/${formatValue(den, "count")} or ${pct}` : pct;
}

/**
 * Against last year, compared as shown: two percentages that both display as 33% are "the same", whatever
 * their decimals, so the sentence never contradicts the numbers beside it.
 */
export function comparedWithLastYear(now: NarrativeRow | undefined, before: NarrativeRow | undefined, unit: "count" | "percent"): string | null {
  if (!known(now) || !known(before)) return null;
  const shownNow = formatValue(now.value, unit);
  const shownBefore = formatValue(before.value, unit);
  const a = Math.round(now.value);
  const b = Math.round(before.value);
  if (shownNow === shownBefore || a === b) return `the same as last year (${shownBefore})`;
  return `${a > b ? "up" : "down"} from ${shownBefore} last year`;
}

function withChange(text: string, change: string | null): string {
  return change ? `${text}, ${change}` : text;
}

/** A count out of its denominator, "298/493 or 60%", the percentage rounded as a share bar shows it. */
function countShare(row: NarrativeRow | undefined, threshold?: number | null): string | null {
  if (!known(row)) return stated(row, "count", threshold);
  const den = row.denominator ?? null;
  if (!den) return formatValue(row.value, "count");
  return `${formatValue(row.value, "count")}/${formatValue(den, "count")} or ${formatValue((100 * row.value) / den, "percent")}`;
}

function lower(label: string): string {
  // Keep codes and proper nouns as written: "Care order (C2)" -> "care order (C2)".
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed ? `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? "" : "."}` : "";
}

function listing(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function groupRows(rows: Rows, measure: string, la: string, year: string, snapshot: string): NarrativeRow[] {
  return rows.filter((r) => r.measure === measure && r.la === la && r.year === year && splitBreakdown(r.breakdown).snapshot === snapshot
    && splitBreakdown(r.breakdown).groups.length === 1 && !splitBreakdown(r.breakdown).groups[0]!.startsWith("code_"));
}

function childrenInCare(rows: Rows, c: NarrativeContext): string[] {
  const end = find(rows, "cla_count", c.la, c.year, "at_end");
  if (!end) return [];
  const before = find(rows, "cla_count", c.la, previousYear(c.year), "at_end");
  const out = [withChange(`${c.laName} had ${stated(end, "count", c.threshold)} children in care ${periodText("at_end", c.year)}`, comparedWithLastYear(end, before, "count"))];
  const start = find(rows, "cla_count", c.la, c.year, "at_start");
  if (start) out.push(`the year began with ${stated(start, "count", c.threshold)} ${periodText("at_start", c.year)}`);
  const rate = find(rows, "cla_rate", c.la, c.year, "at_end");
  if (known(rate)) out.push(`that is ${formatValue(rate.value, "rate")} per 10,000 children`);
  const uasc = find(rows, "uasc_count", c.la, c.year, "at_end");
  if (uasc) out.push(`${stated(uasc, "count", c.threshold)} were unaccompanied asylum-seeking children`);
  return [out.join("; ")];
}

// A group's share of the children in care at the snapshot, rounded as a bar's share is.
function ofTotal(row: NarrativeRow, total: NarrativeRow | undefined, threshold?: number | null): string {
  const count = stated(row, "count", threshold)!;
  if (!known(row) || !known(total) || total.value === 0) return count;
  return `${count} (${formatValue((100 * row.value) / total.value, "percent")})`;
}

function legalStatus(rows: Rows, c: NarrativeContext): string[] {
  const end = groupRows(rows, "cla_by_legal_status", c.la, c.year, "at_end");
  if (!end.length) return [];
  const total = find(rows, "cla_by_legal_status", c.la, c.year, "at_end") ?? find(rows, "cla_count", c.la, c.year, "at_end");
  const ordered = [...end].sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
  const parts = ordered.map((row) => {
    const group = splitBreakdown(row.breakdown).groups[0]!;
    const start = find(rows, "cla_by_legal_status", c.la, c.year, `at_start|${group}`);
    const from = start ? ` (${stated(start, "count", c.threshold)} at the start of the year)` : "";
    return `${ofTotal(row, total, c.threshold)} ${lower(groupLabel(group))}${from}`;
  });
  const lead = known(total) ? `Of the ${formatValue(total.value, "count")} children in care ${periodText("at_end", c.year)}, ` : `${capitalised(periodText("at_end", c.year))}, `;
  return [`${lead}${c.laName} had ${listing(parts)}`];
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function genderAge(rows: Rows, c: NarrativeContext): string[] {
  const out: string[] = [];
  const boys = find(rows, "cla_by_gender", c.la, c.year, "at_end|male");
  const girls = find(rows, "cla_by_gender", c.la, c.year, "at_end|female");
  if (boys || girls) {
    const parts = [boys ? `${countShare(boys, c.threshold)} were boys` : null, girls ? `${countShare(girls, c.threshold)} girls` : null].filter(Boolean) as string[];
    out.push(`${capitalised(periodText("at_end", c.year))}, ${listing(parts)} (${c.laName}'s children in care)`);
  }
  // The bands the annual reports use; 0-4 and 10-17 are sums of others and would double-count.
  const bands = ["under_1", "1_4", "5_9", "10_15", "16_17"];
  const ages = bands.map((b) => find(rows, "cla_by_age_band", c.la, c.year, `at_end|${b}`)).filter((r): r is NarrativeRow => r !== undefined);
  if (ages.length) {
    const total = find(rows, "cla_count", c.la, c.year, "at_end");
    out.push(`by age: ${listing(ages.map((r) => `${ofTotal(r, total, c.threshold)} aged ${lower(groupLabel(splitBreakdown(r.breakdown).groups[0]!))}`))}`);
  }
  return out.length ? [out.join("; ")] : [];
}

// For a percentage that is suppressed, say so once rather than writing "not published (c) of ...".
function unpublished(now: NarrativeRow, what: string, c: NarrativeContext): string[] | null {
  if (known(now)) return null;
  const why = now.flag === "c" ? "is not published (c): the numbers behind it are small enough to identify children" : `is not available (${now.flag ?? "x"})`;
  return [`for ${c.laName} in ${c.year}, the share of ${what} ${why}`];
}

function percentMeasure(rows: Rows, c: NarrativeContext, measure: string, snapshot: string, what: string): string[] {
  const now = find(rows, measure, c.la, c.year, snapshot);
  if (!now) return [];
  const missing = unpublished(now, what.replace(/^children in care/, "children in care who"), c);
  if (missing) return missing;
  const before = find(rows, measure, c.la, previousYear(c.year), snapshot);
  const england = find(rows, measure, "970", c.year, snapshot);
  const text = withChange(`${share(now, c.threshold)} of ${c.laName}'s ${what}`, comparedWithLastYear(now, before, "percent"));
  return [known(england) ? `${text} (England ${formatValue(england.value, "percent")})` : text];
}

function startsCeases(rows: Rows, c: NarrativeContext): string[] {
  const out: string[] = [];
  const starts = find(rows, "starts", c.la, c.year, "year");
  if (starts) {
    out.push(withChange(`${stated(starts, "count", c.threshold)} children started to be in care in ${c.laName} in ${c.year}`,
      comparedWithLastYear(starts, find(rows, "starts", c.la, previousYear(c.year), "year"), "count")));
  }
  const ceased = find(rows, "ceased", c.la, c.year, "year");
  if (ceased) {
    out.push(withChange(`${stated(ceased, "count", c.threshold)} left care`, comparedWithLastYear(ceased, find(rows, "ceased", c.la, previousYear(c.year), "year"), "count")));
    const reasons = groupRows(rows, "ceased", c.la, c.year, "year")
      .filter((r) => known(r) && r.value > 0 && splitBreakdown(r.breakdown).groups[0] !== "children" && splitBreakdown(r.breakdown).groups[0] !== "other")
      .sort((a, b) => b.value! - a.value!).slice(0, 2);
    if (reasons.length) {
      const label = (r: NarrativeRow) => ({age_18: "turned 18", returned_home: "returned home to their families", adopted: "were adopted", sgo: "left on a special guardianship order", cao: "left on a child arrangements order", uasc_18_or_transferred: "were asylum-seeking young people who turned 18 or were transferred"} as Record<string, string>)[splitBreakdown(r.breakdown).groups[0]!] ?? lower(groupLabel(splitBreakdown(r.breakdown).groups[0]!));
      out.push(`the most common ways of leaving: ${listing(reasons.map((r) => `${formatValue(r.value, "count")} ${label(r)}`))}`);
    }
  }
  return out.length ? [out.join("; ")] : [];
}

function reviewsOnTime(rows: Rows, c: NarrativeContext): string[] {
  const now = find(rows, "reviews_in_timescale", c.la, c.year, "year");
  if (!now) return [];
  const missing = unpublished(now, "reviews held on time", c);
  if (missing) return missing;
  const held = find(rows, "reviews_held", c.la, c.year, "year");
  const before = find(rows, "reviews_in_timescale", c.la, previousYear(c.year), "year");
  const lead = known(held) ? `${formatValue(held.value, "count")} reviews were held for ${c.laName}'s children in care in ${c.year}; ` : `of ${c.laName}'s reviews in ${c.year}, `;
  return [`${lead}${withChange(`${share(now, c.threshold)} of those that could be assessed were on time`, comparedWithLastYear(now, before, "percent"))}`];
}

const participationCodes: Record<string, string> = {
  PN1: "attended and spoke for themselves (PN1)",
  PN6: "did not attend but conveyed their views another way (PN6)",
  PN5: "briefed an advocate (PN5)",
  PN2: "attended with an advocate speaking for them (PN2)",
  PN3: "attended and conveyed their views non-verbally (PN3)",
  PN4: "attended without contributing (PN4)",
  PN7: "did not attend and their views were not conveyed (PN7)"
};

function participation(rows: Rows, c: NarrativeContext): string[] {
  const now = find(rows, "review_participation", c.la, c.year, "year");
  if (!now) return [];
  const missing = unpublished(now, "reviews in which the child took part", c);
  if (missing) return missing;
  const before = find(rows, "review_participation", c.la, previousYear(c.year), "year");
  const out = [withChange(`children aged 4 and over took part in ${share(now, c.threshold)} of their reviews in ${c.year}`, comparedWithLastYear(now, before, "percent"))];
  const pn1 = find(rows, "review_participation", c.la, c.year, "year|PN1");
  if (pn1) out.push(`in ${stated(pn1, "percent", c.threshold)} the child ${participationCodes.PN1}`);
  return [`${c.laName}: ${out.join("; ")}`];
}

function drns(rows: Rows, c: NarrativeContext): string[] {
  const raised = find(rows, "drn_raised", c.la, c.year, "year");
  if (!raised) return [];
  const out = [withChange(`${stated(raised, "count", c.threshold)} dispute resolution notifications (DRNs) were raised in ${c.laName} in ${c.year}`,
    comparedWithLastYear(raised, find(rows, "drn_raised", c.la, previousYear(c.year), "year"), "count"))];
  const resolved = find(rows, "drn_resolved", c.la, c.year, "year");
  if (resolved) out.push(`${stated(resolved, "count", c.threshold)} were resolved`);
  const open = find(rows, "drn_open", c.la, c.year, "at_end");
  if (open) out.push(`${stated(open, "count", c.threshold)} were still open ${periodText("at_end", c.year)}`);
  const top = groupRows(rows, "drn_raised", c.la, c.year, "year")
    .filter((r) => known(r) && r.value > 0 && !/^stage_/.test(splitBreakdown(r.breakdown).groups[0]!))
    .sort((a, b) => b.value! - a.value!)[0];
  if (top) out.push(`the most common concern was ${lower(groupLabel(splitBreakdown(top.breakdown).groups[0]!))} (${formatValue(top.value, "count")})`);
  return [out.join("; ")];
}

/**
 * The paragraph for one area of one council in one year, or "" when the rows hold nothing for it.
 * `rows` are a page's data file's measures (any superset is fine: rows are picked by measure id).
 */
export function narrativeFor(area: NarrativeArea, rows: Rows, context: NarrativeContext): string {
  const parts: string[] = (() => {
    switch (area) {
      case "children-in-care": return childrenInCare(rows, context);
      case "legal-status": return legalStatus(rows, context);
      case "gender-age": return genderAge(rows, context);
      case "placed-over-20-miles": return percentMeasure(rows, context, "placed_over_20_miles", "at_end", `children in care were placed over 20 miles away ${periodText("at_end", context.year)}`);
      case "placements-3plus": return percentMeasure(rows, context, "placements_3plus", "at_end", `children in care ${periodText("at_end", context.year)} had three or more placements during the year`);
      case "starts-ceases": return startsCeases(rows, context);
      case "reviews-on-time": return reviewsOnTime(rows, context);
      case "participation": return participation(rows, context);
      case "drns": return drns(rows, context);
    }
  })();
  return parts.map(sentence).join(" ");
}
