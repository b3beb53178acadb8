// Picking rows out of a page's data file (src/data/<area>.json). Pure: unit-tested in Node.
import type {AreaFile, MeasureDefinition, SiteRow} from "../data/schema.js";
import {splitBreakdown} from "./format.js";

export type {AreaFile, MeasureDefinition, SiteRow};

/** The loaders drop null numerator/denominator to keep files small; put them back. */
export function normalise(data: AreaFile): AreaFile {
  return {
    ...data,
    measures: data.measures.map((r) => ({...r, value: r.value ?? null, numerator: r.numerator ?? null, denominator: r.denominator ?? null}))
  };
}

export function areaName(data: AreaFile, la: string): string {
  return data.areas.find((a) => a.la === la)?.name ?? la;
}

/** A definition from the catalogue, or a stand-in so a page still renders while the catalogue is written. */
export function definitionOf(data: AreaFile, measure: string): MeasureDefinition {
  return data.catalogue.find((d) => d.id === measure) ?? {
    id: measure, family: "cohort", title: measure.replace(/_/g, " "), definition: "Definition not yet written.",
    numerator: null, denominator: null, unit: "count", polarity: "neutral", breakdowns: [], source: "", dfe: [], sql: ""
  };
}

/** The comparators for a council: England, its region, its statistical neighbours — those present in the rows. */
export function comparatorsOf(data: AreaFile, la: string): string[] {
  const region = data.areas.find((a) => a.la === la)?.region;
  return ["970", region, `sn:${la}`].filter((c): c is string => Boolean(c) && data.areas.some((a) => a.la === c));
}

export interface RowQuery {
  measure: string;
  las?: string[];
  year?: string;
  snapshot?: string;        // 'at_end', 'at_start', 'year'
  groups?: "total" | "all"; // 'total': the snapshot alone; 'all': one level of groups below it
}

export function selectRows(data: AreaFile, q: RowQuery): SiteRow[] {
  return data.measures.filter((r) => {
    if (r.measure !== q.measure) return false;
    if (q.las && !q.las.includes(r.la)) return false;
    if (q.year && r.year !== q.year) return false;
    const {snapshot, groups} = splitBreakdown(r.breakdown);
    if (q.snapshot && snapshot !== q.snapshot) return false;
    if (q.groups === "total" && groups.length) return false;
    if (q.groups === "all" && groups.length === 0) return false;
    return true;
  });
}

/** The snapshot a measure is published at: at_end when present, else the first one found. */
export function defaultSnapshot(data: AreaFile, measure: string): string {
  const snapshots = new Set(data.measures.filter((r) => r.measure === measure).map((r) => splitBreakdown(r.breakdown).snapshot));
  return snapshots.has("at_end") ? "at_end" : snapshots.has("year") ? "year" : [...snapshots][0] ?? "at_end";
}

/** The latest year that has rows for the measure (the site's latest year otherwise). */
export function latestYear(data: AreaFile, measure?: string): string {
  const years = (measure ? data.measures.filter((r) => r.measure === measure) : data.measures).map((r) => r.year).sort();
  return years[years.length - 1] ?? data.years[data.years.length - 1] ?? "";
}
