// Kent's table: for each participation code, how its reviews split by the child's age (each row adds
// to 100%). A table, as Kent publishes it, with its CSV and definition link.
import type {DrawnRow} from "./csv.js";
import {formatValue, groupLabel, splitBreakdown} from "./format.js";
import {areaName, normalise, type AreaFile, type SiteRow} from "./rows.js";
import {csvLink} from "./table.js";

export const participationCodes = ["PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"];
export const participationBands = ["under_5", "5_9", "10_15", "16_plus"];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The cells of the table, every code by every band, in order (a missing cell is absent, not zero). */
export function participationCells(data: AreaFile, la: string, year: string): SiteRow[] {
  const wanted = new Set(participationCodes.flatMap((c) => participationBands.map((b) => `year|${c}|${b}`)));
  const order = (r: SiteRow) => {
    const [code, band] = splitBreakdown(r.breakdown).groups as [string, string];
    return participationCodes.indexOf(code) * 10 + participationBands.indexOf(band);
  };
  return normalise(data).measures.filter((r) => r.measure === "review_participation" && r.la === la && r.year === year && wanted.has(r.breakdown))
    .sort((a, b) => order(a) - order(b));
}

/** "Of Kent's reviews where the child attended and spoke for themselves (PN1) in 2024-25, the most (48%) were of children aged 10 to 15." */
export function participationTableHeadline(data: AreaFile, la: string, year: string): string | null {
  const pn1 = participationCells(data, la, year).filter((r) => r.breakdown.startsWith("year|PN1|") && r.value !== null);
  if (!pn1.length) return null;
  const top = pn1.reduce((a, b) => (b.value! > a.value! ? b : a));
  const band = groupLabel(splitBreakdown(top.breakdown).groups[1]!).toLowerCase();
  const who = /^\d/.test(band) ? `children aged ${band}` : `children ${band}`;
  return `Of ${areaName(data, la)}'s reviews in ${year} where the child attended and spoke for themselves (PN1), the most (${formatValue(top.value, "percent")}) were of ${who}.`;
}

export function participationTable(data: AreaFile, {la, year}: {la: string; year: string}): HTMLElement {
  const section = el("section", undefined, "cic-panel");
  section.id = "review_participation-code-by-age";
  const heading = el("h2", "Each participation code by age (the table Kent publishes)");
  heading.id = `${section.id}-title`;
  section.setAttribute("aria-labelledby", heading.id);
  section.append(heading);
  const cells = participationCells(data, la, year);
  if (!cells.length) {
    section.append(el("p", `No figures by code and age for ${areaName(data, la)} in ${year}.`, "cic-headline"));
    return section;
  }
  section.append(el("p", participationTableHeadline(data, la, year) ?? "", "cic-headline"));
  section.append(el("p", "Each row is one participation code; the cells show how that code's reviews split by the child's age at the review, so each row adds up to 100%. Hover over a cell for the number of reviews.", "cic-note"));
  const wrap = el("div", undefined, "cic-scroll");
  const table = el("table", undefined, "cic-table");
  table.append(el("caption", `${areaName(data, la)}, ${year}: share of each code's reviews by age band`));
  const head = el("tr");
  const corner = el("th", "Participation code");
  corner.scope = "col";
  head.append(corner);
  for (const b of participationBands) {
    const th = el("th", groupLabel(b), "num");
    th.scope = "col";
    head.append(th);
  }
  table.append(el("thead"), el("tbody"));
  table.tHead!.append(head);
  for (const code of participationCodes) {
    const own = cells.filter((r) => r.breakdown.startsWith(`year|${code}|`));
    if (!own.length) continue;
    const tr = el("tr");
    const th = el("th", groupLabel(code));
    th.scope = "row";
    tr.append(th);
    for (const b of participationBands) {
      const r = own.find((c) => c.breakdown === `year|${code}|${b}`);
      const td = el("td", r ? formatValue(r.value, "percent", r.flag) : "x", "num");
      if (r && r.numerator !== null && r.denominator !== null) td.title = `${formatValue(r.numerator, "count")} of ${formatValue(r.denominator, "count")} reviews`;
      tr.append(td);
    }
    table.tBodies[0]!.append(tr);
  }
  wrap.append(table);
  section.append(wrap);
  const drawn: DrawnRow[] = cells.map((r) => ({
    area: areaName(data, la), la, year, measure: r.measure, breakdown: r.breakdown,
    group: splitBreakdown(r.breakdown).groups.map((g) => groupLabel(g)).join(", "),
    value: r.value, numerator: r.numerator, denominator: r.denominator, ...(r.flag ? {flag: r.flag} : {})
  }));
  if (cells.some((r) => r.flag === "c")) section.append(el("p", "c: not published, because the number is small enough that children could be identified.", "cic-note"));
  const meta = el("div", undefined, "cic-meta");
  meta.append(csvLink(drawn, `${section.id}.csv`));
  const link = el("a", "Definition: Children taking part in their reviews");
  link.href = "./definitions#review_participation";
  meta.append(link);
  section.append(meta);
  return section;
}
