// The Definitions page, generated from the measure catalogue (loaders/measures/catalogue): one section
// per measure, its id the anchor other pages link to (definitions#<id>).
import type {MeasureDefinition} from "./rows.js";
import {groupLabel} from "./format.js";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export const familyNames: Record<MeasureDefinition["family"], string> = {
  cohort: "Who is in care", distance: "Where children live", stability: "Stability", flow: "Entering and leaving care",
  social_work: "Social worker continuity", reviews: "Reviews", disputes: "Disputes", iro: "The IRO service"
};

export const polarityText: Record<MeasureDefinition["polarity"], string> = {
  high: "Higher is better", low: "Lower is better", neutral: "Neither higher nor lower is better in itself"
};

const unitText: Record<MeasureDefinition["unit"], string> = {
  count: "A number", percent: "A percentage", rate: "A rate per 10,000 children", days: "Days", ratio: "A ratio"
};

/** 'at_end|<legal status>' -> '31 March, by legal status'; 'year|kent_18_months' -> 'Year, in care 18 months...'. Pure. */
export function breakdownText(pattern: string): string {
  return pattern.split("|").map((part, i) => {
    const placeholder = /^<(.+)>$/.exec(part);
    if (placeholder) return `by ${placeholder[1]}`;
    const code = /^code_<(.+)>$/.exec(part);
    if (code) return `each ${code[1]} code`;
    const label = groupLabel(part);
    return i === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1);
  }).join(", ");
}

function field(dl: HTMLDListElement, term: string, value: string | Node): void {
  dl.append(el("dt", term));
  const dd = el("dd");
  dd.append(value);
  dl.append(dd);
}

export function definitionSection(d: MeasureDefinition, sql: Record<string, string>): HTMLElement {
  const section = el("section", undefined, "cic-definition");
  section.id = d.id;
  const heading = el("h3", d.title);
  heading.id = `${d.id}-title`;
  section.setAttribute("aria-labelledby", heading.id);
  section.append(heading);
  section.append(el("p", d.definition));
  const dl = el("dl");
  field(dl, "Measure id", el("code", d.id));
  if (d.numerator) field(dl, "Counted (numerator)", d.numerator);
  if (d.denominator) field(dl, "Out of (denominator)", d.denominator);
  field(dl, "Shown as", unitText[d.unit]);
  field(dl, "Direction", polarityText[d.polarity]);
  if (d.breakdowns.length) {
    const ul = el("ul");
    for (const b of d.breakdowns) {
      const li = el("li", `${breakdownText(b)} (`);
      li.append(el("code", b), ")");
      ul.append(li);
    }
    field(dl, "Broken down by", ul);
  }
  field(dl, "Source", d.source || "Not stated");
  field(dl, "DfE series", d.dfe.length ? d.dfe.map((s) => `${s.measure_short} (${s.breakdown})`).join("; ") : "None: DfE does not publish this figure for councils");
  if (d.notes) field(dl, "Notes", d.notes);
  section.append(dl);
  const text = sql[d.sql];
  if (text) {
    const details = el("details");
    details.append(el("summary", `How it is computed: ${d.sql.split("/").pop()}`));
    const pre = el("pre");
    pre.tabIndex = 0;   // scrollable, so it must be reachable by keyboard
    pre.setAttribute("aria-label", `SQL for ${d.title}`);
    pre.append(el("code", text));
    details.append(el("p", `loaders/measures/${d.sql}`, "cic-note"), pre);
    section.append(details);
  } else if (d.sql) {
    section.append(el("p", `Computed by loaders/measures/${d.sql}.`, "cic-note"));
  }
  return section;
}

/** The families in catalogue order, each with its measures. */
export function definitionsByFamily(catalogue: MeasureDefinition[]): {family: MeasureDefinition["family"]; name: string; measures: MeasureDefinition[]}[] {
  const families = [...new Set(catalogue.map((d) => d.family))];
  return families.map((family) => ({family, name: familyNames[family] ?? family, measures: catalogue.filter((d) => d.family === family)}));
}
