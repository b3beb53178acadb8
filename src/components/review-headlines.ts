// Headlines for the Reviews page's participation charts, which are rates per group, not shares of a
// total, so "the largest group" would mislead. Pure: unit-tested.
import type {AreaFile, SiteRow} from "./rows.js";
import {areaName} from "./rows.js";
import {formatValue, groupLabel, splitBreakdown} from "./format.js";

function allRowsOf(data: AreaFile, la: string, year: string, groups: string[]): SiteRow[] {
  return data.measures.filter((r) => r.measure === "review_participation" && r.la === la && r.year === year
    && groups.includes(splitBreakdown(r.breakdown).groups.join("|")));
}

function rowsOf(data: AreaFile, la: string, year: string, groups: string[]): SiteRow[] {
  return allRowsOf(data, la, year, groups).filter((r) => r.value !== null && r.value !== undefined);
}

// Rows exist but every one is suppressed: say why, rather than "no figures".
function suppressedText(data: AreaFile, la: string, year: string, groups: string[], what: string): string | null {
  const all = allRowsOf(data, la, year, groups);
  return all.length && all.every((r) => r.value === null || r.value === undefined)
    ? `${areaName(data, la)}'s ${year} figures ${what} are not published, because some of the numbers are small enough to identify children.`
    : null;
}

// 'PN1: attended and spoke for themselves' -> 'attended and spoke for themselves (PN1)'
function codeWords(key: string): string {
  const label = groupLabel(key);
  const m = /^(PN\d): (.*)$/.exec(label);
  return m ? `${m[2]} (${m[1]})` : label.toLowerCase();
}

/** "At 45% of Medway's reviews of children aged 4 and over in 2024-25, the child attended and spoke for themselves (PN1): ..." */
export function participationCodeHeadline(data: AreaFile, la: string, year: string): string | null {
  const codes = ["PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"];
  const rows = rowsOf(data, la, year, codes);
  if (!rows.length) return suppressedText(data, la, year, codes, "for each way of taking part");
  const top = rows.reduce((a, b) => (b.value! > a.value! ? b : a));
  const key = splitBreakdown(top.breakdown).groups[0]!;
  return `At ${formatValue(top.value, "percent")} of ${areaName(data, la)}'s reviews of children aged 4 and over in ${year}, the child ${codeWords(key)}: the most common of the seven codes.`;
}

/** "Medway's children aged 16 and over took part in 95% of their reviews in 2024-25; children under 5 in 60%." */
export function participationAgeHeadline(data: AreaFile, la: string, year: string): string | null {
  const bands = ["under_5", "5_9", "10_15", "16_plus"];
  const rows = rowsOf(data, la, year, bands);
  if (!rows.length) return suppressedText(data, la, year, bands, "by age");
  const band = (r: SiteRow) => groupLabel(splitBreakdown(r.breakdown).groups[0]!).toLowerCase();
  const who = (r: SiteRow) => `children ${/^\d/.test(band(r)) ? `aged ${band(r)}` : band(r)}`;
  if (rows.length === 1) {
    return `${areaName(data, la)}'s ${who(rows[0]!)} took part in ${formatValue(rows[0]!.value, "percent")} of their reviews in ${year}; the other age bands are not published, because the numbers are small.`;
  }
  const high = rows.reduce((a, b) => (b.value! > a.value! ? b : a));
  const low = rows.reduce((a, b) => (b.value! < a.value! ? b : a));
  if (Math.round(high.value!) === Math.round(low.value!)) {
    return `${areaName(data, la)}'s children took part in about the same share of their reviews at every age in ${year}: ${formatValue(high.value, "percent")}.`;
  }
  return `${areaName(data, la)}'s ${who(high)} took part in the most of their reviews in ${year} (${formatValue(high.value, "percent")}); ${who(low)} in the fewest (${formatValue(low.value, "percent")}).`;
}
