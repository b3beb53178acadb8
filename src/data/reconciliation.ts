// Each figure a council's report published, beside DfE's figure and the one computed from the extract, with
// the difference and its likely reason. Pure: tested in tests/reconciliation/match.test.ts.
import type {MapRule} from "./reconciliation-map.js";
import type {PublishedFigure, ReconRow} from "./reconciliation-schema.js";

export interface ComputedRow {
  la: string;
  year: string;
  measure: string;
  breakdown: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  flag?: string | null;
}

export interface ReconcileInput {
  published: PublishedFigure[];
  computed: ComputedRow[];              // the measures (suppressed in the public build), comparator rows included
  rules: MapRule[];
  units: Map<string, string>;           // measure id -> catalogue unit; a measure not here is not computed at all
  titles: Map<string, string>;          // measure id -> catalogue title
  drnCategories: Array<{la: string; label: string; category: string}>;
  threshold: number | null;
}

// DRN labels match ignoring case, spaces and punctuation, as the ingest does.
function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

interface Target { key: string | null; none: string | null; why: string | null; rule: boolean }

/** Which measure and breakdown a published figure is compared with. */
export function targetOf(p: PublishedFigure, rules: MapRule[], drn: ReconcileInput["drnCategories"]): Target {
  for (const rule of rules) {
    if (rule.measure !== p.measure) continue;
    const match = new RegExp(`^(?:${rule.breakdown})$`).exec(p.breakdown);
    if (!match) continue;
    if (rule.none) return {key: null, none: rule.none, why: null, rule: true};
    let key = (rule.to ?? `${p.measure} ${p.breakdown}`).replace(/\$(\d)/g, (_, i: string) => match[Number(i)] ?? "");
    const label = /\{drn:([^}]*)\}/.exec(key);
    if (label) {
      const wanted = squash(label[1]!);
      const found = drn.find((d) => (d.la === p.la_number || d.la === "*") && squash(d.label) === wanted)?.category
        // A label that already is a category key (or its words) maps to itself.
        ?? (drn.some((d) => squash(d.category) === wanted) ? drn.find((d) => squash(d.category) === wanted)!.category : null);
      if (!found) return {key: null, none: `the report's DRN category "${label[1]}" is not in data/reference/drn-category-map.csv`, why: null, rule: true};
      key = key.replace(label[0], found);
    }
    return {key, none: null, why: rule.why ?? null, rule: true};
  }
  return {key: `${p.measure} ${p.breakdown}`, none: null, why: null, rule: false};
}

function rowFor(rows: ComputedRow[], la: string, year: string, key: string): ComputedRow | undefined {
  const [measure, breakdown] = key.split(" ") as [string, string];
  return rows.find((r) => r.la === la && r.year === year && r.measure === measure && r.breakdown === breakdown);
}

// A computed row in the report's unit: a count where the report gives a count of a percentage measure
// (163 of 163/493), a share where it gives the percentage of a count.
function inReportUnit(row: ComputedRow, reportUnit: string, measureUnit: string, rows: ComputedRow[]): number | null {
  if (row.value === null) return null;
  if (reportUnit === "count" && measureUnit === "percent") return row.numerator;
  if (reportUnit === "percent" && measureUnit === "count") {
    const total = row.denominator ?? rows.find((r) => r.la === row.la && r.year === row.year && r.measure === row.measure && r.breakdown === row.breakdown.split("|")[0])?.value ?? null;
    return total ? (100 * row.value) / total : null;
  }
  return row.value;
}

// Counts must agree exactly; percentages as the reports print them (whole numbers, or one decimal place).
function agrees(a: number, b: number, unit: string): boolean {
  if (unit === "count") return a === b;
  const decimals = Number.isInteger(a) ? 0 : 1;
  const f = 10 ** decimals;
  return Math.round(a * f) === Math.round(b * f);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

// The groups of one breakdown a report lists, when they add to more than its own total (e.g. age bands
// adding to 550 against 493 children). Groups that are sums of others (0_4, 10_17) are left out.
const aggregateGroups: Record<string, string[]> = {"0_4": ["under_1", "1_4"], "10_17": ["10_15", "16_17"]};
function overAddedTotal(p: PublishedFigure, all: PublishedFigure[]): string | null {
  const [snapshot, group, ...rest] = p.breakdown.split("|");
  if (!group || rest.length || p.unit !== "count") return null;
  const listed = all.filter((q) => q.la_number === p.la_number && q.year === p.year && q.measure === p.measure && q.unit === "count"
    && q.breakdown.startsWith(`${snapshot}|`) && q.breakdown.split("|").length === 2);
  const groups = new Set(listed.map((q) => q.breakdown.split("|")[1]!));
  // A sum of other groups the report also lists would count its children twice.
  const siblings = listed.filter((q) => !(aggregateGroups[q.breakdown.split("|")[1]!] ?? []).some((g) => groups.has(g)));
  if (!siblings.includes(p)) return null;
  const total = all.find((q) => q.la_number === p.la_number && q.year === p.year && q.measure === "cla_count" && q.breakdown === snapshot)?.value ?? null;
  const sum = siblings.reduce((s, q) => s + (q.value ?? 0), 0);
  if (!p.measure.startsWith("cla_by_") || total === null || siblings.length < 2 || sum <= total) return null;
  return `the report's own arithmetic: its ${siblings.length} groups add to ${sum}, more than its ${total} children in care`;
}

export function reconcile(input: ReconcileInput): ReconRow[] {
  return input.published.map((p) => {
    const reasons: string[] = [];
    if (p.note) reasons.push(p.note);
    const target = input.units.has(p.measure) || input.rules.some((r) => r.measure === p.measure)
      ? targetOf(p, input.rules, input.drnCategories)
      : {key: null, none: "not in the SSDA903 extract: the report takes it from the IRO service's own records", why: null, rule: false};
    const base = {
      la: p.la_number, laName: p.la_name, year: p.year, measure: p.measure, breakdown: p.breakdown,
      title: input.titles.get(p.measure) ?? p.measure.replace(/_/g, " "), unit: p.unit,
      published: p.value, publishedDenominator: p.denominator, quote: p.quote, source: p.source
    };
    const measure = target.key?.split(" ")[0] ?? "";
    const measureUnit = input.units.get(measure);
    if (!target.key || !measureUnit || p.unit === "percent_of_code") {
      const why = target.none ?? (p.unit === "percent_of_code" ? "the report gives a share within a code, which the measures do not compute" : `the measure ${measure} is not computed`);
      return {...base, title: input.titles.get(measure) ?? base.title, dfe: null, computed: null, computedFlag: null, computedKey: null, difference: null, status: "not computed" as const, reasons: [why, ...reasons]};
    }
    const own = rowFor(input.computed, p.la_number, p.year, target.key);
    const dfeRow = rowFor(input.computed, `dfe:${p.la_number}`, p.year, target.key);
    const dfe = dfeRow ? inReportUnit(dfeRow, p.unit, measureUnit, input.computed) : null;
    const title = input.titles.get(measure) ?? base.title;
    if (!own) {
      const loaded = input.computed.some((r) => r.la === p.la_number && r.year === p.year);
      const why = loaded ? "the measures have no row for this group in the loaded extract" : `the loaded extract does not cover ${p.year}`;
      return {...base, title, dfe, computed: null, computedFlag: null, computedKey: target.key, difference: null, status: "not computed" as const, reasons: [why, ...reasons]};
    }
    const computed = inReportUnit(own, p.unit, measureUnit, input.computed);
    const flag = own.value === null ? own.flag ?? "x" : null;
    if (computed === null) {
      if (target.why) reasons.push(target.why);
      reasons.push(flag === "c" ? `the computed figure is suppressed in the public build (fewer than ${input.threshold ?? 5})` : "the computed figure is not available from this extract (an input it needs was not supplied)");
      return {...base, title, dfe, computed: null, computedFlag: flag, computedKey: target.key, difference: null, status: flag === "c" ? "differs" as const : "not computed" as const, reasons};
    }
    const same = p.value !== null && agrees(p.value, computed, p.unit);
    if (!same && p.value !== null) {
      if (target.why) reasons.push(target.why);
      const arithmetic = overAddedTotal(p, input.published);
      if (arithmetic && !reasons.some((r) => /add|reconcile/.test(r))) reasons.push(arithmetic);
      if (dfe !== null && agrees(p.value, dfe, p.unit)) reasons.push("the report quotes DfE's published figure; the extract differs from it (a later or earlier return, or a different cut-off)");
      else if (dfe !== null && agrees(computed, dfe, p.unit)) reasons.push("the extract agrees with DfE; the report's figure was taken at a different date or from a provisional return");
      if (p.unit === "percent" && Math.abs(p.value - computed) < 1) reasons.push("rounding: the report rounds percentages");
      if (!target.why && p.breakdown.split("|")[0] === "year" && target.key.split(" ")[1]!.startsWith("at_end")) reasons.push("the report counts children during the year; the measure counts them at 31 March");
    }
    return {
      ...base, title, dfe, computed: round(computed), computedFlag: null, computedKey: target.key,
      difference: p.value === null ? null : same ? 0 : round(computed - p.value),
      status: same ? "matches" as const : "differs" as const, reasons
    };
  });
}
