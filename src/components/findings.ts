// Headlines that read a breakdown or set two councils side by side, for the Who is in care, Where children
// live, Stability and Entering and leaving pages. The figure component's own headlines speak about one
// council and one group; these say what a councillor would notice ("Kent's children in care are older").
// Pure: unit-tested in Node (tests/browser/findings.test.ts). Every function returns null when the rows it
// needs are missing or suppressed, and the page then keeps the figure's own headline.
import {areaName, type AreaFile, type SiteRow} from "./rows.js";
import {capitalise, formatValue, periodText} from "./format.js";

function row(data: AreaFile, measure: string, la: string, year: string, breakdown: string): SiteRow | undefined {
  return data.measures.find((r) => r.measure === measure && r.la === la && r.year === year && r.breakdown === breakdown);
}

function known(r: SiteRow | undefined): number | null {
  return r && r.value !== null && r.value !== undefined ? r.value : null;
}

function pct(n: number): string {
  return formatValue(n, "percent");
}

function possessive(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

export interface Share { count: number; total: number; percent: number }

/**
 * The share that some groups of a count breakdown make of all children on the date: the groups' sum over
 * the total measure's row (cla_count at the same snapshot), null if any part is suppressed or missing.
 */
export function groupShare(data: AreaFile, o: {measure: string; la: string; year: string; snapshot: string; groups: string[]; totalMeasure?: string}): Share | null {
  let count = 0;
  for (const g of o.groups) {
    const v = known(row(data, o.measure, o.la, o.year, `${o.snapshot}|${g}`));
    if (v === null) return null;
    count += v;
  }
  const total = known(row(data, o.totalMeasure ?? o.measure, o.la, o.year, o.snapshot));
  if (!total) return null;
  return {count, total, percent: (100 * count) / total};
}

// "Kent's ... are older than Medway's: 33% are 16 or 17, against 27% in Medway" for a group whose share
// tells the story; one council alone gets its share and counts.
function contrast(data: AreaFile, las: string[], year: string, snapshot: string, shares: (la: string) => Share | null,
  words: {more: string; similar: string; what: string}): string | null {
  const [a, b] = las;
  if (!a) return null;
  const first = shares(a);
  if (!first) return null;
  const when = periodText(snapshot, year);
  const second = b ? shares(b) : null;
  if (!b || !second) {
    return `${pct(first.percent)} of ${possessive(areaName(data, a))} children in care ${words.what} ${when} (${formatValue(first.count, "count")} of ${formatValue(first.total, "count")}).`;
  }
  const [hi, lo] = first.percent >= second.percent ? [a, b] : [b, a];
  const [hiShare, loShare] = first.percent >= second.percent ? [first, second] : [second, first];
  if (Math.round(hiShare.percent) === Math.round(loShare.percent)) {
    return `${possessive(areaName(data, a))} and ${possessive(areaName(data, b))} children in care ${words.similar}: ${pct(first.percent)} of each ${words.what} ${when}.`;
  }
  return `${possessive(areaName(data, hi))} children in care ${words.more} ${possessive(areaName(data, lo))}: ${pct(hiShare.percent)} ${words.what}, against ${pct(loShare.percent)} in ${areaName(data, lo)}, ${when}.`;
}

/** Age profile: which council's children in care are older, by the share aged 16 or 17. */
export function ageHeadline(data: AreaFile, las: string[], year: string, snapshot: string): string | null {
  return contrast(data, las, year, snapshot,
    (la) => groupShare(data, {measure: "cla_by_age_band", la, year, snapshot, groups: ["16_17"], totalMeasure: "cla_count"}),
    {more: "are older than", similar: "are of similar ages", what: "are 16 or 17"});
}

/** Ethnicity: the share from Black, Asian, mixed or other ethnic groups (White and not recorded excluded). */
export function ethnicityHeadline(data: AreaFile, las: string[], year: string, snapshot: string): string | null {
  return contrast(data, las, year, snapshot,
    (la) => groupShare(data, {measure: "cla_by_ethnicity", la, year, snapshot, groups: ["mixed", "asian", "black", "other"], totalMeasure: "cla_count"}),
    {more: "are more ethnically diverse than", similar: "are similarly diverse", what: "are from Black, Asian, mixed or other ethnic groups"});
}

/** Gender: boys (or girls, whichever is more) as a share of the first council's children, then the second's. */
export function genderHeadline(data: AreaFile, las: string[], year: string, snapshot: string): string | null {
  const shareOf = (la: string, g: string) => groupShare(data, {measure: "cla_by_gender", la, year, snapshot, groups: [g], totalMeasure: "cla_count"});
  const [a, b] = las;
  if (!a) return null;
  const male = shareOf(a, "male");
  const female = shareOf(a, "female");
  if (!male || !female) return null;
  const when = periodText(snapshot, year);
  if (Math.round(male.percent) === Math.round(female.percent)) {
    return `${areaName(data, a)} has about as many girls as boys in care ${when} (${formatValue(female.count, "count")} girls, ${formatValue(male.count, "count")} boys).`;
  }
  const boys = male.percent > female.percent;
  const lead = boys ? male : female;
  const other = b ? shareOf(b, boys ? "male" : "female") : null;
  const second = b && other ? `, and ${pct(other.percent)} of ${possessive(areaName(data, b))}` : "";
  return `More ${boys ? "boys than girls" : "girls than boys"} are in care: ${pct(lead.percent)} of ${possessive(areaName(data, a))} children in care are ${boys ? "boys" : "girls"} (${formatValue(lead.count, "count")} of ${formatValue(lead.total, "count")})${second}, ${when}.`;
}

/** UASC: each council's count and share of its children in care, with England's share (DfE's uasc_pct). */
export function uascHeadline(data: AreaFile, las: string[], year: string): string | null {
  const parts = las.slice(0, 2).map((la) => {
    const r = row(data, "uasc_count", la, year, "at_end");
    const n = known(r);
    return n !== null && r?.denominator ? {la, n, percent: (100 * n) / r.denominator} : null;
  });
  const first = parts[0];
  if (!first) return null;
  const second = parts[1];
  const england = known(row(data, "uasc_pct", "970", year, "at_end"));
  const lead = `${areaName(data, first.la)} looked after ${formatValue(first.n, "count")} unaccompanied asylum-seeking children (children who came to the UK alone to claim asylum) ${periodText("at_end", year)}: ${pct(first.percent)} of its children in care`;
  const versus = second ? `, against ${formatValue(second.n, "count")} (${pct(second.percent)}) in ${areaName(data, second.la)}` : "";
  const national = england !== null ? `. Across England the share is ${pct(england)}` : "";
  return `${lead}${versus}${national}.`;
}

/** Foster care: the share of children living with foster carers, with England's (DfE's LAC_Foster_Placements). */
export function fosterHeadline(data: AreaFile, las: string[], year: string): string | null {
  const shares = las.slice(0, 2).map((la) => ({la, share: groupShare(data, {measure: "cla_by_placement_type", la, year, snapshot: "at_end", groups: ["foster"], totalMeasure: "cla_count"})}));
  const first = shares[0];
  if (!first?.share) return null;
  const most = first.share.percent > 50 ? "Most children in care live with foster carers" : "Foster care";
  const second = shares[1]?.share ? ` and ${pct(shares[1].share.percent)} of ${possessive(areaName(data, shares[1].la))}` : "";
  const england = known(row(data, "cla_by_placement_type_pct", "970", year, "at_end|foster"));
  const national = england !== null ? `, against ${pct(england)} across England` : "";
  return `${most}: ${pct(first.share.percent)} of ${possessive(areaName(data, first.la))} (${formatValue(first.share.count, "count")} of ${formatValue(first.share.total, "count")})${second}${national}, ${periodText("at_end", year)}.`;
}

/**
 * The children left out of a percentage because something was not recorded (distance or location),
 * one sentence per council: "Distance from home is not recorded for 38 of Medway's 495 children in care".
 */
export function unknownLines(data: AreaFile, o: {measure: string; group: string; las: string[]; year: string; what: string; effect: string}): string[] {
  return o.las.flatMap((la) => {
    const r = row(data, o.measure, la, o.year, `at_end|${o.group}`);
    if (!r) return [];
    const name = areaName(data, la);
    if (r.value === null || r.value === undefined) return [`The number of ${possessive(name)} children in care whose ${o.what} is not recorded is small and not published (c).`];
    if (r.value === 0) return [`Every ${name} child's ${o.what} is recorded.`];
    const of = r.denominator ? `${formatValue(r.value, "count")} of ${possessive(name)} ${formatValue(r.denominator, "count")} children in care` : `${formatValue(r.value, "count")} of ${possessive(name)} children in care`;
    return [`${capitalise(o.what)} is not recorded for ${of}; ${o.effect}.`];
  });
}

/** The Kent table: how many of the council's children with three or more placements were teenagers (14 to 17). */
export function movesByAgeHeadline(data: AreaFile, la: string, year: string): string | null {
  const ages = Array.from({length: 18}, (_, age) => ({age, n: known(row(data, "placements_3plus_by_age", la, year, `at_end|age_${age}`))}));
  // The total is DfE 372's numerator, the same children the ages split, so the page's two figures agree.
  const all = row(data, "placements_3plus", la, year, "at_end");
  const total = known(all) === null ? null : all!.numerator ?? null;
  const name = possessive(areaName(data, la));
  const when = periodText("at_end", year);
  const teens = ages.filter((a) => a.age >= 14);
  if (total && teens.every((a) => a.n !== null)) {
    const n = teens.reduce((s, a) => s + a.n!, 0);
    const share = (100 * n) / total;
    const lead = share > 50 ? `Most of ${name} ${formatValue(total, "count")} children with three or more placements in the year are teenagers` : `Teenagers are ${pct(share)} of ${name} ${formatValue(total, "count")} children with three or more placements in the year`;
    return `${lead}: ${formatValue(n, "count")} (${pct(share)}) were aged 14 to 17 ${when}.`;
  }
  const largest = ages.filter((a) => a.n !== null).sort((x, y) => y.n! - x.n!)[0];
  if (!largest || !largest.n) return null;
  return `Among ${name} children with three or more placements in the year, more were aged ${largest.age} ${when} than any other age (${formatValue(largest.n, "count")}).`;
}

/** Starts against ceases (children, as DfE counts them) for one council in one year. */
export function flowHeadline(data: AreaFile, la: string, year: string): string | null {
  const starts = known(row(data, "starts", la, year, "year|children"));
  const ceased = known(row(data, "ceased", la, year, "year|children"));
  if (starts === null || ceased === null) return null;
  const balance = starts > ceased ? `more came into care than left (${formatValue(starts - ceased, "count")} more)`
    : starts < ceased ? `more left care than came in (${formatValue(ceased - starts, "count")} more)` : "as many came into care as left";
  return `In ${year}, ${formatValue(starts, "count")} children started to be looked after by ${areaName(data, la)} and ${formatValue(ceased, "count")} left care: ${balance}.`;
}

/**
 * Leaving care by adoption, special guardianship and child arrangements orders, set against England:
 * the share of children who left care (DfE counts each child once, by their last departure) — the
 * only reasons DfE publishes as percentages (ceased_pct).
 */
export function leavingComparisonLines(data: AreaFile, las: string[], year: string): string[] {
  const reasons: Array<[string, string]> = [["adopted", "Adopted"], ["sgo", "Special guardianship order"], ["cao", "Child arrangements order"]];
  return reasons.flatMap(([key, label]) => {
    const parts = las.flatMap((la) => {
      const n = known(row(data, "ceased", la, year, `year|children|${key}`));
      const total = known(row(data, "ceased", la, year, "year|children"));
      return n !== null && total ? [`${areaName(data, la)} ${pct((100 * n) / total)} (${formatValue(n, "count")} of ${formatValue(total, "count")})`] : [];
    });
    const england = known(row(data, "ceased_pct", "970", year, `year|children|${key}`));
    if (england === null || !parts.length) return [];
    return [`${label}: ${parts.join(", ")}; England ${pct(england)}.`];
  });
}
