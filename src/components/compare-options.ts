// The Compare page's choices: every measure in the catalogue, and for one measure every breakdown the
// councils have (detailed codes left out: they are for analysts). Pure: unit-tested in Node.
import type {ChoiceOption} from "./controls.js";
import {capitalise, groupLabel, splitBreakdown} from "./format.js";
import {definitionOf, type AreaFile} from "./rows.js";

/** Every catalogue measure that has rows for a council, by title. */
export function compareMeasures(data: AreaFile): ChoiceOption[] {
  const present = new Set(data.measures.filter((r) => data.las.includes(r.la)).map((r) => r.measure));
  return data.catalogue
    .filter((d) => present.has(d.id))
    .map((d) => ({value: d.id, label: d.title}))
    .sort((a, b) => a.label.localeCompare(b.label));
}

const periods: Record<string, string> = {at_end: "at 31 March", at_start: "on 1 April", year: "during the year"};

/** 'at_end|16_17' -> 'Age: 16 to 17, at 31 March'; 'at_end' -> 'Children in care: all, at 31 March'. */
export function breakdownLabel(data: AreaFile, measure: string, breakdown: string): string {
  const {snapshot, groups} = splitBreakdown(breakdown);
  const title = definitionOf(data, measure).title;
  const what = groups.length ? groups.map((g) => groupLabel(g, measure)).join(", ") : "all";
  return `${title}: ${what}, ${periods[snapshot] ?? snapshot}`;
}

/** The breakdowns of a measure the councils have: totals first, then groups in the order the data has them. */
export function compareBreakdowns(data: AreaFile, measure: string): ChoiceOption[] {
  const keys = [...new Set(data.measures.filter((r) => r.measure === measure && data.las.includes(r.la)).map((r) => r.breakdown))]
    .filter((k) => !splitBreakdown(k).groups.some((g) => g.startsWith("code_")));
  const order = ["at_end", "at_start", "year"];
  const rank = (k: string) => {
    const {snapshot, groups} = splitBreakdown(k);
    return (order.indexOf(snapshot) + 1 || 9) * 100 + groups.length;
  };
  return keys
    .map((k, i) => ({k, i}))
    .sort((a, b) => rank(a.k) - rank(b.k) || a.i - b.i)
    .map(({k}) => ({value: k, label: breakdownLabel(data, measure, k)}));
}

/**
 * Completes the figure's headline for any measure: a count names what is counted ("Medway had 132 in
 * the group Age: 16 to 17"); a percentage names its title ("… children: placed more than 20 miles").
 */
export function comparePhrase(data: AreaFile, measure: string, group?: string): string {
  const def = definitionOf(data, measure);
  const label = group ? group.split("|").map((g) => groupLabel(g, measure)).join(", ") : null;
  if (def.unit === "percent") return `children: ${def.title.toLowerCase()}${label ? ` (${label})` : ""}`;
  if (label) return `in the group “${capitalise(def.title.toLowerCase())}: ${label}”`;
  return def.title.toLowerCase();
}
