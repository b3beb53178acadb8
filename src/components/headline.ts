// The sentences around a chart: the headline finding, the year-on-year change and the comparators.
// Computed from the rows, never typed in. Pure: unit-tested in Node.
import type {AreaFile, SiteRow} from "./rows.js";
import {areaName, comparatorsOf, definitionOf, selectRows} from "./rows.js";
import {capitalise, formatValue, groupLabel, inWords, periodText, previousYear, splitBreakdown, type Unit} from "./format.js";

export interface HeadlineContext {
  data: AreaFile;
  measure: string;
  la: string;            // the council the headline is about
  year: string;
  snapshot: string;
  group?: string;        // a breakdown group, for a figure of one group over time
  // Completes "<Medway> ..." for the measure: for a percentage, what the numerator children are
  // ("children in care were placed more than 20 miles from home"); for a count or rate, what is counted
  // ("children in care"). Pages should give it; the catalogue title is the fallback.
  phrase?: string;
}

function breakdownKey(snapshot: string, group?: string): string {
  return group ? `${snapshot}|${group}` : snapshot;
}

function valueOf(data: AreaFile, measure: string, la: string, year: string, breakdown: string): SiteRow | undefined {
  return data.measures.find((r) => r.measure === measure && r.la === la && r.year === year && r.breakdown === breakdown);
}

/** "up 17 (4%) from 476 in 2023-24"; "down 2 points from 33%"; null when either year is missing. */
export function changeText(now: SiteRow | undefined, before: SiteRow | undefined, unit: Unit): string | null {
  if (!now || !before || now.value === null || before.value === null) return null;
  const diff = now.value - before.value;
  const was = `${formatValue(before.value, unit)} in ${before.year}`;
  if (unit === "percent") {
    const points = Math.round(diff);
    if (points === 0) return `about the same as ${was}`;
    return `${points > 0 ? "up" : "down"} ${Math.abs(points)} percentage point${Math.abs(points) === 1 ? "" : "s"} from ${was}`;
  }
  if (Math.round(diff) === 0) return `the same as ${was}`;
  const relative = before.value ? ` (${formatValue(Math.abs((100 * diff) / before.value), "percent")})` : "";
  return `${diff > 0 ? "up" : "down"} ${formatValue(Math.abs(diff), unit)}${unit === "count" ? relative : ""} from ${was}`;
}

function comparisonText(ctx: HeadlineContext, own: SiteRow, unit: Unit): string | null {
  // Counts are not comparable between areas of different sizes; rates and percentages are.
  if (unit === "count" || own.value === null) return null;
  const england = valueOf(ctx.data, ctx.measure, "970", ctx.year, own.breakdown);
  if (!england || england.value === null) return null;
  const diff = own.value - england.value;
  const relation = Math.abs(diff) < 1 ? "about the same as" : diff > 0 ? "higher than" : "lower than";
  return `${relation} England (${formatValue(england.value, unit)})`;
}

/** The headline for a single figure (a total, or one group) of one council in one year. */
export function valueHeadline(ctx: HeadlineContext): string {
  const def = definitionOf(ctx.data, ctx.measure);
  const name = areaName(ctx.data, ctx.la);
  const key = breakdownKey(ctx.snapshot, ctx.group);
  const row = valueOf(ctx.data, ctx.measure, ctx.la, ctx.year, key);
  const when = periodText(ctx.snapshot, ctx.year);
  if (!row || row.value === null) {
    const why = row?.flag === "c" ? "is not published because the number is small enough to identify children" : "is not available";
    return `The ${ctx.year} figure for ${name} (${def.title.toLowerCase()}) ${why}.`;
  }
  const before = valueOf(ctx.data, ctx.measure, ctx.la, previousYear(ctx.year), key);
  const change = changeText(row, before, def.unit);
  const comparison = comparisonText(ctx, row, def.unit);
  const tail = [change, comparison].filter(Boolean).join(", ");
  let lead: string;
  if (def.unit === "percent") {
    const words = inWords(row.value);
    const share = words ? `About ${words} ${name}` : `${formatValue(row.value, "percent")} of ${name}`;
    const counts = row.numerator !== null && row.denominator !== null ? `, ${formatValue(row.numerator, "count")} of ${formatValue(row.denominator, "count")}` : "";
    const pct = words ? ` (${formatValue(row.value, "percent")}${counts})` : counts ? ` (${counts.slice(2)})` : "";
    lead = `${share} ${ctx.phrase ?? `children: ${def.title.toLowerCase()}`}${pct} ${when}`;
  } else {
    lead = `${name} had ${formatValue(row.value, def.unit)} ${ctx.phrase ?? def.title.toLowerCase()} ${when}`;
  }
  return `${lead}${tail ? `, ${tail}` : ""}.`;
}

/** The headline for a breakdown in one year: the largest group and its share, for one council. */
export function breakdownHeadline(ctx: HeadlineContext & {total?: number | null; groups?: string[]}): string {
  const def = definitionOf(ctx.data, ctx.measure);
  const name = areaName(ctx.data, ctx.la);
  const rows = selectRows(ctx.data, {measure: ctx.measure, las: [ctx.la], year: ctx.year, snapshot: ctx.snapshot, groups: "all"})
    .filter((r) => splitBreakdown(r.breakdown).groups.length === 1 && r.value !== null)
    .filter((r) => !ctx.groups || ctx.groups.includes(splitBreakdown(r.breakdown).groups[0]!));
  if (!rows.length) return `No ${def.title.toLowerCase()} figures are available for ${name} in ${ctx.year}.`;
  const largest = rows.reduce((a, b) => ((b.value ?? 0) > (a.value ?? 0) ? b : a));
  const total = ctx.total ?? null;
  const label = groupLabel(splitBreakdown(largest.breakdown).groups[0]!, ctx.measure);
  const share = total ? ` — ${formatValue(largest.value, "count")} of ${formatValue(total, "count")} (${formatValue((100 * largest.value!) / total, "percent")})` : ` (${formatValue(largest.value, def.unit)})`;
  return `${capitalise(label)} is the largest group for ${name} ${ctx.phrase ?? def.title.toLowerCase()} ${periodText(ctx.snapshot, ctx.year)}${share}.`;
}

/** One line per council: "Medway: 493 at 31 March 2025, up 17 (4%) from 476 in 2023-24". */
export function changeLines(data: AreaFile, measure: string, las: string[], year: string, breakdown: string): string[] {
  const def = definitionOf(data, measure);
  return las.flatMap((la) => {
    const now = valueOf(data, measure, la, year, breakdown);
    if (!now) return [];
    const change = changeText(now, valueOf(data, measure, la, previousYear(year), breakdown), def.unit);
    return [`${areaName(data, la)}: ${formatValue(now.value, def.unit, now.flag)} in ${year}${change ? `, ${change}` : ""}`];
  });
}

/** "England: 18%", "South East: 23%", "Medway's statistical neighbours: 21%" for the year, where present. */
export function comparatorLines(data: AreaFile, measure: string, la: string, year: string, breakdown: string): string[] {
  const def = definitionOf(data, measure);
  // Counts are not comparable between areas of different sizes.
  if (def.unit === "count") return [];
  const lines = comparatorsOf(data, la).flatMap((c) => {
    const row = valueOf(data, measure, c, year, breakdown);
    return row ? [`${areaName(data, c)}: ${formatValue(row.value, def.unit, row.flag)}`] : [];
  });
  const quartile = valueOf(data, measure, `quartile:${la}`, year, breakdown);
  if (quartile && quartile.value !== null && quartile.denominator) {
    // Quarter 1 holds the lowest values; whether that is good depends on the measure's polarity.
    const ordinal = ["", "lowest", "second lowest", "second highest", "highest"][quartile.value] ?? String(quartile.value);
    lines.push(`Among ${formatValue(quartile.denominator, "count")} councils, ${areaName(data, la)} is in the ${ordinal} quarter`);
  }
  return lines;
}
