// The cohort explorer's page element: filters, a cross-tab of any two dimensions (counts, row % or
// column %), the distribution of time in care, and CSV downloads. The slicing is cohort.ts (arquero);
// this module only draws. Choices live in the URL (components/controls.ts), so a link reopens a view.
/// <reference path="./npm-arquero.d.ts" />
import * as Plot from "npm:@observablehq/plot";
import * as aq from "npm:arquero";
import type {ChildrenFile} from "../../loaders/analyst/schema.js";
// The site's components arrive as arguments (the page imports them): in the assembled analyst root they sit at
// ./components, in the source tree at ../src/components, so only their types are imported here.
import type {choice as Choice} from "../../src/components/controls.js";
import type {groupLabel as GroupLabel} from "../../src/components/format.js";
import {cellValue, cohortTable, crossTab, crossTabCsv, dimension, dimensions, filterCohort, rowsCsv, valuesOf, yearsInCare,
  type CrossTab, type Filters, type Share} from "./cohort.js";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function valueLabel(key: string, value: string, groupLabel: typeof GroupLabel): string {
  return dimension(key).labels?.[value] ?? (key === "year" || key === "la" ? value : groupLabel(value));
}

const count = new Intl.NumberFormat("en-GB");
const pct = new Intl.NumberFormat("en-GB", {minimumFractionDigits: 1, maximumFractionDigits: 1});

function crossTabTable(tab: CrossTab, share: Share, label: (key: string, value: string) => string): HTMLTableElement {
  const table = el("table", undefined, "cic-table cic-crosstab");
  const unit = share === "row" ? "% of the row" : share === "col" ? "% of the column" : "children";
  table.append(el("caption", `${dimension(tab.rowKey).label} by ${dimension(tab.colKey).label} (${unit})`));
  const head = el("tr");
  const corner = el("th", dimension(tab.rowKey).label);
  corner.scope = "col";
  head.append(corner);
  for (const c of [...tab.cols.map((v) => label(tab.colKey, v)), "Total"]) {
    const th = el("th", c, "num");
    th.scope = "col";
    head.append(th);
  }
  table.append(el("thead"), el("tbody"));
  table.tHead!.append(head);
  const show = (n: number | null) => (n === null ? "z" : share === "count" ? count.format(n) : pct.format(n));
  tab.rows.forEach((r, i) => {
    const tr = el("tr");
    const th = el("th", label(tab.rowKey, r));
    th.scope = "row";
    tr.append(th);
    tab.cols.forEach((_, j) => tr.append(el("td", show(cellValue(tab, i, j, share)), "num")));
    const rowTotal = share === "count" ? tab.rowTotals[i]! : share === "row" ? 100 : (tab.total ? Math.round((1000 * tab.rowTotals[i]!) / tab.total) / 10 : null);
    tr.append(el("td", show(rowTotal), "num"));
    table.tBodies[0]!.append(tr);
  });
  const totals = el("tr", undefined, "total");
  const th = el("th", "Total");
  th.scope = "row";
  totals.append(th);
  tab.colTotals.forEach((n) => totals.append(el("td", show(share === "count" ? n : share === "col" ? 100 : (tab.total ? Math.round((1000 * n) / tab.total) / 10 : null)), "num")));
  totals.append(el("td", show(share === "count" ? tab.total : tab.total ? 100 : null), "num"));
  table.tBodies[0]!.append(totals);
  return table;
}

function histogram(years: number[], width: number): SVGSVGElement | HTMLElement {
  const chart = Plot.plot({
    // Framework's width can be 0 for a moment while the page lays out; a negative range draws negative bars.
    width: Math.max(320, width),
    height: 260,
    marginBottom: 40,
    x: {label: "Years in the current period of care at 31 March", domain: [0, 18]},
    y: {label: "Children", grid: true},
    marks: [
      Plot.rectY(years, {...Plot.binX({y: "count"}, {x: (d: number) => d, thresholds: Array.from({length: 37}, (_, i) => i / 2)}), fill: "#12436D", tip: true}),
      Plot.ruleY([0])
    ]
  });
  // aria-labels on inner groups are not allowed inside role="img" (as components/figure.ts does).
  for (const inner of chart.querySelectorAll("[aria-label], [aria-description]")) {
    inner.removeAttribute("aria-label");
    inner.removeAttribute("aria-description");
  }
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", `Histogram of time in care: ${years.length} children, in half-year bins from 0 to 18 years`);
  return chart;
}

function download(text: string, name: string, label: string, previous: HTMLAnchorElement | null): HTMLAnchorElement {
  if (previous) URL.revokeObjectURL(previous.href);
  const link = el("a", label);
  link.href = URL.createObjectURL(new Blob([text], {type: "text/csv;charset=utf-8"}));
  link.download = name;
  return link;
}

const filterKeys = dimensions.map((d) => d.key);
const crossKeys = dimensions.map((d) => d.key);

export interface ExplorerOptions {
  choice: typeof Choice;          // components/controls.ts
  groupLabel: typeof GroupLabel;  // components/format.ts
  width?: number;
}

export function explorer(file: ChildrenFile, {choice, groupLabel, width = 900}: ExplorerOptions): HTMLElement {
  const label = (key: string, value: string) => valueLabel(key, value, groupLabel);
  const all = cohortTable(aq, file);
  const root = el("section", undefined, "cic-explorer");
  const years = valuesOf(all, "year");

  const filterControls = filterKeys.map((key) => choice({
    key: `f_${key}`,
    label: dimension(key).label,
    // One year by default: a child in care in two years is two rows, one per year.
    value: key === "year" ? years[years.length - 1] : "",
    options: [{value: "", label: "All"}, ...valuesOf(all, key).map((v) => ({value: v, label: label(key, v)}))]
  }));
  const crossOptions = crossKeys.map((key) => ({value: key, label: dimension(key).label}));
  const rowChoice = choice({key: "rows", label: "Rows", options: crossOptions, value: "legal_status_group"});
  const colChoice = choice({key: "cols", label: "Columns", options: crossOptions, value: "age_band"});
  const shareChoice = choice({key: "show", label: "Show", value: "count", options: [
    {value: "count", label: "Numbers of children"}, {value: "row", label: "Row percentages"}, {value: "col", label: "Column percentages"}]});

  const filterForm = el("form", undefined, "cic-controls cic-filters");
  filterForm.setAttribute("aria-label", "Filter the cohort");
  filterForm.append(...filterControls);
  const crossForm = el("form", undefined, "cic-controls");
  crossForm.setAttribute("aria-label", "Choose the cross-tabulation");
  crossForm.append(rowChoice, colChoice, shareChoice);
  for (const form of [filterForm, crossForm]) form.addEventListener("submit", (e) => e.preventDefault());

  const summary = el("p", undefined, "cic-headline");
  summary.setAttribute("aria-live", "polite");
  const tableHolder = el("div", undefined, "cic-table-scroll");
  const links = el("p", undefined, "cic-downloads");
  const chartHolder = el("div", undefined, "cic-chart");
  let tabLink: HTMLAnchorElement | null = null;
  let rowsLink: HTMLAnchorElement | null = null;

  function update(): void {
    const started = performance.now();
    const filters: Filters = {};
    filterKeys.forEach((key, i) => {
      const v = filterControls[i]!.value;
      if (v) filters[key] = [v];
    });
    const rows = filterCohort(aq, all, filters);
    const rowKey = rowChoice.value;
    let colKey = colChoice.value;
    if (colKey === rowKey) colKey = crossKeys.find((k) => k !== rowKey)!;
    const tab = crossTab(rows, rowKey, colKey);
    const share = shareChoice.value as Share;
    summary.textContent = `${count.format(rows.numRows())} children match (one row per child per year in care at 31 March).`;
    tableHolder.replaceChildren(tab.total ? crossTabTable(tab, share, label) : el("p", "No children match these filters."));
    tabLink = download(crossTabCsv(tab), `cohort-${rowKey}-by-${colKey}.csv`, "Download this cross-tab (CSV)", tabLink);
    // The rows' CSV is written when the link is clicked, not on every update: at Kent's size it costs more
    // than the rest of the update. The browser follows the href as it stands after the click handlers.
    if (rowsLink) URL.revokeObjectURL(rowsLink.href);
    rowsLink = el("a", `Download the ${count.format(rows.numRows())} filtered rows (CSV)`);
    rowsLink.download = "cohort-children.csv";
    rowsLink.href = "#";
    const link = rowsLink;
    link.addEventListener("click", () => {
      if (link.href.startsWith("blob:")) return;
      link.href = URL.createObjectURL(new Blob([rowsCsv(rows)], {type: "text/csv;charset=utf-8"}));
    });
    links.replaceChildren(tabLink, " ", rowsLink);
    chartHolder.replaceChildren(histogram(yearsInCare(rows), width));
    // For the bench (bench/): how long the last update took, slicing and drawing together.
    root.dataset.updateMs = String(Math.round(performance.now() - started));
  }
  for (const control of [...filterControls, rowChoice, colChoice, shareChoice]) control.addEventListener("input", update);

  const tabHeading = el("h2", "Cross-tabulation");
  const chartHeading = el("h2", "Time in care");
  const chartNote = el("p", "Days from the start of the child's current period of care to 31 March, in years.", "cic-note");
  root.append(el("h2", "Filters"), filterForm, summary, tabHeading, crossForm, tableHolder, links, chartHeading, chartNote, chartHolder);
  update();
  return root;
}
