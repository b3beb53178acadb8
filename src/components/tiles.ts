// Headline-number tiles (the Overview): one council's latest figure, its change on last year and its
// comparators. Each tile links to its measure's definition; the figures themselves are in the data file.
import {formatValue, periodText, previousYear} from "./format.js";
import {changeText, comparatorLines} from "./headline.js";
import {defaultSnapshot, definitionOf, normalise, type AreaFile} from "./rows.js";

export interface TileSpec {
  measure: string;
  label?: string;          // default: the catalogue title
  snapshot?: string;       // default: at_end when present
}

export function tiles(input: AreaFile, {la, year, items}: {la: string; year: string; items: TileSpec[]}): HTMLElement {
  const data = normalise(input);
  const box = document.createElement("div");
  box.className = "cic-tiles";
  for (const item of items) {
    const def = definitionOf(data, item.measure);
    const snapshot = item.snapshot ?? defaultSnapshot(data, item.measure);
    const find = (y: string) => data.measures.find((r) => r.measure === item.measure && r.la === la && r.year === y && r.breakdown === snapshot);
    const row = find(year);
    if (!row) continue;
    const tile = document.createElement("section");
    tile.className = "cic-tile";
    tile.dataset.measure = item.measure;
    const h = document.createElement("h3");
    h.textContent = item.label ?? def.title;
    const big = document.createElement("p");
    big.className = "cic-big";
    big.textContent = row.value === null && (!row.flag || row.flag === "x") ? "Not available" : formatValue(row.value, def.unit, row.flag);
    if (row.value === null) big.classList.add("cic-missing");
    const when = document.createElement("p");
    when.className = "cic-note";
    const counts = row.numerator !== null && row.denominator !== null ? ` — ${formatValue(row.numerator, "count")} of ${formatValue(row.denominator, "count")}` : "";
    when.textContent = `${periodText(snapshot, year)}${counts}${row.flag === "c" ? " (not published: small number)" : ""}`;
    const ul = document.createElement("ul");
    const change = changeText(row, find(previousYear(year)), def.unit);
    for (const line of [change ? change.charAt(0).toUpperCase() + change.slice(1) : null, ...comparatorLines(data, item.measure, la, year, snapshot)]) {
      if (!line) continue;
      const li = document.createElement("li");
      li.textContent = line;
      ul.append(li);
    }
    const link = document.createElement("a");
    link.href = `./definitions#${item.measure}`;
    link.textContent = "Definition";
    link.setAttribute("aria-label", `Definition of ${def.title.toLowerCase()}`);
    tile.append(h, big, when, ul, link);
    box.append(tile);
  }
  return box;
}
