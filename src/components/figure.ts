// One call per figure: headline, chart, year-on-year change, comparators, screen-reader summary,
// table view, CSV of exactly what is drawn, and a link to the definition. See docs/site.md.
import * as Plot from "npm:@observablehq/plot";
import type {DrawnRow} from "./csv.js";
import {capitalise, formatValue, groupLabel, periodText, splitBreakdown} from "./format.js";
import {breakdownHeadline, changeLines, comparatorLines, valueHeadline} from "./headline.js";
import {areaName, comparatorsOf, defaultSnapshot, definitionOf, latestYear, normalise, selectRows, type AreaFile, type SiteRow} from "./rows.js";
import {csvLink, dataTable} from "./table.js";

export type FigureKind = "trend" | "bar" | "stacked" | "heatmap";

export interface FigureOptions {
  measure: string;               // measure id (catalogue)
  kind: FigureKind;              // trend: years on x; bar: groups of one year; stacked: shares of one year; heatmap: two-part groups
  las?: string[];                // councils to draw, first is the headline's; default: all councils in the file
  year?: string;                 // bar, stacked, heatmap (and the trend's headline year); default: latest
  snapshot?: string;             // 'at_end' | 'at_start' | 'year'; default: at_end when present
  group?: string;                // trend of one breakdown group (e.g. 's20') instead of the total
  groups?: string[];             // bar/stacked: groups to draw, in this order; default: all present
  share?: boolean;               // bar: draw each group as % of the total (for councils of different sizes)
  totalMeasure?: string;         // where shares' totals come from, e.g. 'cla_count'; default: the measure's own snapshot row, else the sum
  comparators?: boolean;         // England / region / statistical neighbours; default true
  title?: string;                // heading; default the catalogue title
  phrase?: string;               // headline wording, see HeadlineContext.phrase in headline.ts
  headline?: string;             // replaces the computed headline (avoid: prefer phrase)
  id?: string;                   // element id and file name; default the measure id (+ snapshot/group)
  heading?: "h2" | "h3";
  width?: number;                // pass Framework's reactive `width` so charts fit phones; default 720
  reference?: {value: number; label: string}; // trend: a labelled dotted line at a standard (e.g. 28 days, the Handbook's 20 working days)
  axisLabel?: string;            // bar: the value axis's label; default '% of children' for percentages
}

// Councils take the palette in order; comparators are all dark grey, told apart by dash, symbol and label.
const councilColours = ["#12436D", "#28A197", "#801650", "#F46A25"];
const comparatorColour = "#3D3D3D";
const symbols = ["circle", "square", "triangle", "diamond", "star", "cross", "wye"] as const;
const dashes = ["6,3", "2,3", "10,4,2,4"];

// The figure's padding and border take about 34px of the page width.
function chartWidth(o: FigureOptions): number {
  return Math.max(300, Math.min(960, (o.width ?? 754) - 34));
}

function narrow(o: FigureOptions): boolean {
  return chartWidth(o) < 560;
}

// Line-end labels on a phone: "Neighbours" for "Medway's statistical neighbours".
function shortName(data: AreaFile, la: string): string {
  return la.startsWith("sn:") ? "Neighbours" : la === "970" ? "England" : areaName(data, la);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function list(lines: string[], className: string, label: string): HTMLElement | null {
  if (!lines.length) return null;
  const wrapper = element("div");
  wrapper.append(element("p", label, "cic-note"));
  const ul = element("ul", undefined, className);
  for (const line of lines) ul.append(element("li", line));
  wrapper.append(ul);
  return wrapper;
}

function drawn(data: AreaFile, r: SiteRow): DrawnRow {
  const groups = splitBreakdown(r.breakdown).groups;
  return {
    area: areaName(data, r.la), la: r.la, year: r.year, measure: r.measure, breakdown: r.breakdown,
    group: groups.map((g) => groupLabel(g, r.measure)).join(", "), value: r.value, numerator: r.numerator, denominator: r.denominator,
    ...(r.flag ? {flag: r.flag} : {})
  };
}

function tooltip(r: DrawnRow, unit: Parameters<typeof formatValue>[1]): string {
  const value = formatValue(r.value, unit, r.flag);
  const counts = r.numerator !== null && r.denominator !== null ? ` (${formatValue(r.numerator, "count")} of ${formatValue(r.denominator, "count")})` : "";
  const suppressed = r.value === null && r.flag === "c" ? " — not published: small number" : "";
  return `${r.area}${r.group ? `, ${r.group}` : ""}, ${r.year}: ${value}${counts}${suppressed}`;
}

interface Chart { svg: Element; rows: DrawnRow[]; unit: Parameters<typeof formatValue>[1]; headline: string; changeKey: string; description: string }

function trendChart(data: AreaFile, o: Required<Pick<FigureOptions, "measure" | "snapshot" | "year">> & FigureOptions, las: string[]): Chart {
  const def = definitionOf(data, o.measure);
  const key = o.group ? `${o.snapshot}|${o.group}` : o.snapshot;
  // Counts of areas of different sizes are not comparable (England's 80,000 would flatten Medway's 500).
  const comparators = o.comparators === false || def.unit === "count" ? [] : comparatorsOf(data, las[0]!);
  const series = [...las, ...comparators];
  const rows = data.measures
    .filter((r) => r.measure === o.measure && r.breakdown === key && series.includes(r.la))
    .sort((a, b) => series.indexOf(a.la) - series.indexOf(b.la) || a.year.localeCompare(b.year))
    .map((r) => drawn(data, r));
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const marks: Plot.Markish[] = [Plot.ruleY([0])];
  if (o.reference) {
    const ref = o.reference;
    marks.push(Plot.ruleY([ref.value], {stroke: comparatorColour, strokeDasharray: "2,4", strokeWidth: 2}));
    marks.push(Plot.text([ref.value], {y: (d: number) => d, frameAnchor: "left", dx: 4, dy: -9, text: () => ref.label, fill: "#0b0c0c", textAnchor: "start", fontSize: 12}));
  }
  const height = 320;
  const labels = endLabels(rows, series, height - 24 - 30);
  series.forEach((la, i) => {
    const own = rows.filter((r) => r.la === la);
    if (!own.length) return;
    const isCouncil = i < las.length;
    const stroke = isCouncil ? councilColours[i % councilColours.length]! : comparatorColour;
    const dash = isCouncil ? undefined : dashes[(i - las.length) % dashes.length];
    const symbol = symbols[i % symbols.length]!;
    marks.push(Plot.lineY(own, {x: "year", y: "value", stroke, strokeWidth: isCouncil ? 3 : 2, strokeDasharray: dash}));
    marks.push(Plot.dot(own.filter((r) => r.value !== null), {x: "year", y: "value", stroke, fill: isCouncil ? stroke : "white", symbol, r: 5, strokeWidth: 2, title: (r: DrawnRow) => tooltip(r, def.unit)}));
    // A suppressed year is a labelled gap on the baseline, never a zero.
    marks.push(Plot.text(own.filter((r) => r.value === null), {x: "year", y: 0, text: (r: DrawnRow) => r.flag ?? "x", fill: stroke, dy: -10, fontWeight: "bold", fontSize: 14, title: (r: DrawnRow) => tooltip(r, def.unit)}));
    const label = labels.get(la);
    if (label) marks.push(Plot.text([label.row], {x: "year", y: () => label.y, text: () => `${narrow(o) ? shortName(data, la) : areaName(data, la)} ${formatValue(label.row.value, def.unit)}`, dx: 10, textAnchor: "start", fill: stroke, fontSize: 13, fontWeight: isCouncil ? "bold" : "normal"}));
  });
  const svg = Plot.plot({
    width: chartWidth(o), height, marginLeft: 64, marginRight: narrow(o) ? 130 : 230, marginTop: 24, marginBottom: 30,
    // A year label is about 56px wide: show every nth so they never overlap, always including the latest.
    x: {type: "point", domain: years, label: null, padding: 0.3, ticks: everyNth(years, Math.ceil((years.length * 56) / Math.max(100, chartWidth(o) - 64 - (narrow(o) ? 130 : 230))))},
    y: {grid: true, zero: true, label: def.unit === "percent" ? "%" : def.unit === "rate" ? "per 10,000" : null, tickFormat: def.unit === "percent" ? (d: number) => `${d}%` : undefined},
    style: {fontSize: "13px", fontFamily: "inherit", overflow: "visible"},
    marks
  });
  const headline = valueHeadline({data, measure: o.measure, la: las[0]!, year: o.year, snapshot: o.snapshot, group: o.group, phrase: o.phrase});
  const names = series.filter((la) => rows.some((r) => r.la === la)).map((la) => areaName(data, la));
  return {svg, rows, unit: def.unit, headline, changeKey: key, description: `Line chart of ${def.title.toLowerCase()}${o.group ? ` (${groupLabel(o.group, o.measure)})` : ""}, ${years[0]} to ${years[years.length - 1]}, for ${names.join(", ")}.`};
}

function everyNth(years: string[], step: number): string[] {
  return years.filter((_, i) => (years.length - 1 - i) % Math.max(1, step) === 0);
}

// Each series is labelled at its last point; labels closer than a line of text are pushed apart
// (in data units, using the y extent the chart will have: zero to the largest value).
function endLabels(rows: DrawnRow[], series: string[], plotHeight: number): Map<string, {row: DrawnRow; y: number}> {
  const max = Math.max(0, ...rows.map((r) => r.value ?? 0)) || 1;
  const gap = (max * 16) / plotHeight;
  const ends = series.flatMap((la) => {
    const row = [...rows].reverse().find((r) => r.la === la && r.value !== null);
    return row ? [{la, row, y: row.value!}] : [];
  }).sort((a, b) => b.y - a.y);
  for (let i = 1; i < ends.length; i++) {
    if (ends[i - 1]!.y - ends[i]!.y < gap) ends[i]!.y = ends[i - 1]!.y - gap;
  }
  return new Map(ends.map((e) => [e.la, {row: e.row, y: e.y}]));
}

function totalFor(data: AreaFile, o: FigureOptions & {snapshot: string; year: string}, la: string, groupRows: SiteRow[]): number | null {
  const own = data.measures.find((r) => r.measure === (o.totalMeasure ?? o.measure) && r.la === la && r.year === o.year && r.breakdown === o.snapshot);
  if (own && own.value !== null) return own.value;
  // Without a published total, shares are of the groups shown; suppressed groups then have no share.
  const known = groupRows.filter((r) => r.value !== null);
  return known.length ? known.reduce((s, r) => s + r.value!, 0) : null;
}

function groupsOf(rows: SiteRow[], wanted?: string[]): string[] {
  const present = [...new Set(rows.map((r) => splitBreakdown(r.breakdown).groups[0]!))];
  return wanted ? wanted.filter((g) => present.includes(g)) : present;
}

function barChart(data: AreaFile, o: FigureOptions & {snapshot: string; year: string}, las: string[], stacked: boolean): Chart {
  const def = definitionOf(data, o.measure);
  const comparators = o.comparators === false ? [] : comparatorsOf(data, las[0]!);
  const areas = [...las, ...comparators];
  const raw = selectRows(data, {measure: o.measure, las: areas, year: o.year, snapshot: o.snapshot, groups: "all"})
    .filter((r) => splitBreakdown(r.breakdown).groups.length === 1);
  const groups = groupsOf(raw, o.groups);
  const inGroups = (r: SiteRow) => groups.includes(splitBreakdown(r.breakdown).groups[0]!);
  // A council is drawn whenever it has rows; a comparator only when it has a value for these groups.
  const shown = areas.filter((la) => raw.some((r) => r.la === la && inGroups(r) && (las.includes(la) || r.value !== null)));
  const share = stacked || o.share === true;
  const totals = new Map(shown.map((la) => [la, totalFor(data, o, la, raw.filter((r) => r.la === la))]));
  const rows = raw
    .filter((r) => groups.includes(splitBreakdown(r.breakdown).groups[0]!))
    .sort((a, b) => shown.indexOf(a.la) - shown.indexOf(b.la) || groups.indexOf(splitBreakdown(a.breakdown).groups[0]!) - groups.indexOf(splitBreakdown(b.breakdown).groups[0]!))
    .map((r) => {
      const d = drawn(data, r);
      if (!share || def.unit !== "count") return d;
      // Shares are drawn: the CSV gives the percentage with the count as numerator and the total as denominator.
      const total = totals.get(r.la) ?? null;
      return {...d, value: r.value === null || !total ? null : (100 * r.value) / total, numerator: r.value, denominator: total};
    });
  const unit = share && def.unit === "count" ? "percent" as const : def.unit;
  const colourOf = (la: string) => { const i = las.indexOf(la); return i >= 0 ? councilColours[i % councilColours.length]! : comparatorColour; };
  const groupLabels = groups.map((g) => groupLabel(g, o.measure));
  const label = (r: DrawnRow) => (r.value === null ? `${r.flag ?? "x"}${r.flag === "c" ? " (small number)" : ""}` : formatValue(r.value, unit) + (share && r.numerator !== null && unit === "percent" && def.unit === "count" ? ` (${formatValue(r.numerator, "count")})` : ""));
  let svg: Element;
  if (!stacked) {
    const yName = (la: string) => (narrow(o) ? shortName(data, la) : areaName(data, la));
    const nameWidth = Math.min(chartWidth(o) * 0.4, Math.max(...shown.map((la) => yName(la).length)) * 7.5 + 16);
    const perGroup = shown.length * 24 + 26;
    svg = Plot.plot({
      width: chartWidth(o), height: groups.length * perGroup + 40,
      marginLeft: nameWidth, marginRight: narrow(o) ? 90 : 120, marginTop: 4,
      x: {grid: true, label: o.axisLabel ?? (unit === "percent" ? "% of children" : null), tickFormat: unit === "percent" ? (d: number) => `${d}%` : undefined},
      // insetTop leaves a line above each group's bars for its label.
      y: {label: null, domain: shown.map(yName), insetTop: 22, padding: 0.15},
      fy: {axis: null, domain: groupLabels, padding: 0},
      style: {fontSize: "13px", fontFamily: "inherit", overflow: "visible"},
      marks: [
        Plot.barX(rows.filter((r) => r.value !== null), {x: "value", y: (r: DrawnRow) => yName(r.la), fy: "group", fill: (r: DrawnRow) => colourOf(r.la), title: (r: DrawnRow) => tooltip(r, unit)}),
        Plot.text(rows, {x: (r: DrawnRow) => r.value ?? 0, y: (r: DrawnRow) => yName(r.la), fy: "group", text: label, dx: 4, textAnchor: "start", fill: "#0b0c0c", title: (r: DrawnRow) => tooltip(r, unit)}),
        Plot.text(groupLabels, {fy: (d: string) => d, text: (d: string) => d, frameAnchor: "top-left", dx: -nameWidth + 4, dy: 4, lineAnchor: "top", textAnchor: "start", fontWeight: "bold", fontSize: 14, fill: "#0b0c0c"}),
        Plot.ruleX([0])
      ]
    });
  } else {
    // At most four colours: the three largest groups (of the first council) and everything else as "Other".
    const first = rows.filter((r) => r.la === shown[0]);
    const top = [...first].sort((a, b) => (b.value ?? -1) - (a.value ?? -1)).slice(0, 3).map((r) => r.group);
    const segments = shown.flatMap((la) => {
      const own = rows.filter((r) => r.la === la);
      const named = own.filter((r) => top.includes(r.group) && r.value !== null);
      const rest = own.filter((r) => !top.includes(r.group) && r.value !== null);
      const other = rest.length ? [{...rest[0]!, group: "Other", breakdown: `${o.snapshot}|other`, value: rest.reduce((s, r) => s + r.value!, 0), numerator: rest.reduce((s, r) => s + (r.numerator ?? 0), 0)}] : [];
      return [...named, ...other];
    });
    const order = [...top, "Other"];
    svg = Plot.plot({
      width: chartWidth(o), height: 70 + shown.length * 50, marginLeft: 150, marginRight: 20,
      x: {label: "% of children", domain: [0, 100], tickFormat: (d: number) => `${d}%`},
      y: {label: null, domain: shown.map((la) => areaName(data, la))},
      color: {domain: order, range: councilColours, legend: true},
      style: {fontSize: "13px", fontFamily: "inherit"},
      marks: [
        Plot.barX(segments, Plot.stackX({x: "value", y: "area", fill: "group", order, title: (r: DrawnRow) => tooltip(r, "percent"), stroke: "white", strokeWidth: 1})),
        Plot.text(segments, Plot.stackX({x: "value", y: "area", z: "group", order, text: (r: DrawnRow) => (r.value! >= 8 ? `${formatValue(r.value, "percent")}` : ""), fill: "white", fontWeight: "bold"}))
      ]
    });
  }
  const headline = o.headline ?? breakdownHeadline({data, measure: o.measure, la: las[0]!, year: o.year, snapshot: o.snapshot, phrase: o.phrase, total: totals.get(las[0]!) ?? null, groups});
  const largest = rows.filter((r) => r.la === las[0] && r.value !== null).sort((a, b) => b.value! - a.value!)[0];
  return {
    svg, rows, unit, headline,
    changeKey: largest ? largest.breakdown : o.snapshot,
    description: `${stacked ? "Stacked bar chart" : "Bar chart"} of ${def.title.toLowerCase()} ${periodText(o.snapshot, o.year)}${share ? ` as a percentage of ${def.family === "disputes" ? "the council's total" : "all children"}` : ""}, by ${groupLabels.join(", ")}, for ${shown.map((la) => areaName(data, la)).join(", ")}.`
  };
}

// Axis names for the parts of a two-part heat-map key ('age_13', 'placements_4'): the cells then show bare numbers.
// Rows keep their full label ('Age 13'), so only the columns need an axis name.
const heatmapAxes: Record<string, string> = {placements_: "Number of placements in the year"};

// Relative luminance (WCAG) of a #rrggbb colour, to put dark or white text on a cell with at least 4.5:1 contrast.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function mix(from: string, to: string, t: number): string {
  const channel = (i: number) => Math.round(parseInt(from.slice(i, i + 2), 16) * (1 - t) + parseInt(to.slice(i, i + 2), 16) * t);
  return `#${[1, 3, 5].map((i) => channel(i).toString(16).padStart(2, "0")).join("")}`;
}

let hatchCount = 0;

function heatmapChart(data: AreaFile, o: FigureOptions & {snapshot: string; year: string}, la: string): Chart {
  const def = definitionOf(data, o.measure);
  const all = selectRows(data, {measure: o.measure, las: [la], year: o.year, snapshot: o.snapshot, groups: "all"});
  const pairs = all.filter((r) => splitBreakdown(r.breakdown).groups.length === 2);
  const keyOf = (r: SiteRow, i: number) => splitBreakdown(r.breakdown).groups[i]!;
  const prefix = (key: string) => key.replace(/\d+$/, "");
  const number = (key: string) => Number(/(\d+)$/.exec(key)?.[1] ?? NaN);
  // Rows and columns: the parts of the cells, plus the one-part rows of the same kind (every age 0-17 and
  // every number of placements found), so a row or column with no children is drawn, not dropped.
  const axisKeys = (i: number) => {
    const seen = new Set(pairs.map((r) => keyOf(r, i)));
    const kinds = new Set([...seen].map(prefix));
    for (const r of all) {
      const g = splitBreakdown(r.breakdown).groups;
      if (g.length === 1 && kinds.has(prefix(g[0]!))) seen.add(g[0]!);
    }
    return [...seen].sort((a, b) => (number(a) - number(b)) || a.localeCompare(b));
  };
  const ys = axisKeys(0);
  const xs = axisKeys(1);
  // Only non-zero cells are written (measures.md): a missing cell is a true zero, not a suppressed one.
  const byKey = new Map(pairs.map((r) => [r.breakdown, r]));
  const rows = ys.flatMap((y) => xs.map((x) => {
    const breakdown = `${o.snapshot}|${y}|${x}`;
    const r = byKey.get(breakdown) ?? {la, year: o.year, measure: o.measure, breakdown, value: 0, numerator: 0, denominator: null};
    return drawn(data, r);
  }));
  const keysOf = (r: DrawnRow) => splitBreakdown(r.breakdown).groups as [string, string];
  const tick = (key: string) => (heatmapAxes[prefix(key)] && !Number.isNaN(number(key)) ? String(number(key)) : groupLabel(key, o.measure));
  const axisLabel = (keys: string[]) => heatmapAxes[prefix(keys[0] ?? "")] ?? null;
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0));
  // One hue (the palette's dark blue), light to dark; zero is white and a suppressed cell hatched grey.
  const hatch = `cic-hatch-${++hatchCount}`;
  const fillOf = (r: DrawnRow) => (r.value === null ? `url(#${hatch})` : r.value === 0 ? "#ffffff" : mix("#dbe5ef", "#12436D", r.value / max));
  const textOf = (r: DrawnRow) => (r.value === null ? "#0b0c0c" : r.value === 0 ? "#505a5f" : luminance(fillOf(r)) > 0.179 ? "#0b0c0c" : "#ffffff");
  const cellWidth = 44;
  const width = Math.min(chartWidth(o), 90 + xs.length * cellWidth);
  const svg = Plot.plot({
    width, height: 70 + ys.length * 26, marginLeft: 70, marginTop: 50, marginRight: 10, marginBottom: 10,
    x: {axis: "top", label: axisLabel(xs), labelAnchor: "center", labelArrow: "none", domain: xs, tickFormat: tick, padding: 0.04},
    y: {label: axisLabel(ys), domain: ys, tickFormat: tick, padding: 0.06},
    style: {fontSize: "13px", fontFamily: "inherit"},
    marks: [
      Plot.cell(rows, {x: (r: DrawnRow) => keysOf(r)[1], y: (r: DrawnRow) => keysOf(r)[0], fill: fillOf, stroke: "#BFBFBF", title: (r: DrawnRow) => tooltip(r, def.unit)}),
      Plot.text(rows.filter((r) => r.value !== null), {x: (r: DrawnRow) => keysOf(r)[1], y: (r: DrawnRow) => keysOf(r)[0], text: (r: DrawnRow) => formatValue(r.value, def.unit), fill: textOf, title: (r: DrawnRow) => tooltip(r, def.unit)}),
      Plot.text(rows.filter((r) => r.value === null), {x: (r: DrawnRow) => keysOf(r)[1], y: (r: DrawnRow) => keysOf(r)[0], text: (r: DrawnRow) => r.flag ?? "x", fill: "#0b0c0c", fontWeight: "bold", title: (r: DrawnRow) => tooltip(r, def.unit)})
    ]
  });
  const defs = document.createElementNS("http://www.w3.org/2000/svg", "defs");
  defs.innerHTML = `<pattern id="${hatch}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f3f2f1"></rect><line x1="0" y1="0" x2="0" y2="6" stroke="#b1b4b6" stroke-width="2"></line></pattern>`;
  svg.prepend(defs);
  const top = rows.filter((r) => r.value !== null).sort((a, b) => b.value! - a.value!)[0];
  const headline = o.headline ?? (top && top.value
    ? `For ${areaName(data, la)}, the largest cell ${periodText(o.snapshot, o.year)} is ${groupLabel(keysOf(top)[0], o.measure).toLowerCase()} with ${groupLabel(keysOf(top)[1], o.measure).toLowerCase()}: ${formatValue(top.value, def.unit)}.`
    : `No figures are available for ${areaName(data, la)} in ${o.year}.`);
  return {svg, rows, unit: def.unit, headline, changeKey: top ? top.breakdown : o.snapshot, description: `Heat map of ${def.title.toLowerCase()} for ${areaName(data, la)} ${periodText(o.snapshot, o.year)}: ${ys.length} rows by ${xs.length} columns.`};
}

let figureCount = 0;

/** Render one figure. `data` is a page's data file (FileAttachment("data/<area>.json").json()). */
export function figure(input: AreaFile, options: FigureOptions): HTMLElement {
  const data = normalise(input);
  const def = definitionOf(data, options.measure);
  const snapshot = options.snapshot ?? defaultSnapshot(data, options.measure);
  const year = options.year ?? latestYear(data, options.measure);
  const las = (options.las?.length ? options.las : data.las).filter((la) => data.las.includes(la) || data.areas.some((a) => a.la === la));
  const o = {...options, snapshot, year};
  const id = options.id ?? [options.measure, options.kind === "trend" ? options.group : snapshot].filter(Boolean).join("-");
  const n = ++figureCount;

  const section = element("section", undefined, "cic-figure");
  section.id = id;
  section.dataset.measure = options.measure;
  section.dataset.kind = options.kind;
  const heading = element(options.heading ?? "h2", options.title ?? def.title);
  heading.id = `${id}-title-${n}`;
  section.setAttribute("aria-labelledby", heading.id);
  section.append(heading);

  const hasRows = data.measures.some((r) => r.measure === options.measure && las.concat(comparatorsOf(data, las[0] ?? "")).includes(r.la));
  if (!las.length || !hasRows) {
    section.append(element("p", `No figures for ${def.title.toLowerCase()} in this build.`, "cic-headline"));
    return section;
  }

  const chart = options.kind === "trend" ? trendChart(data, o, las)
    : options.kind === "heatmap" ? heatmapChart(data, o, las[0]!)
    : barChart(data, o, las, options.kind === "stacked");
  const headline = element("p", options.headline ?? chart.headline, "cic-headline");
  section.append(headline);

  const summaryId = `${id}-summary-${n}`;
  const chartBox = element("div", undefined, "cic-chart");
  // The chart is one image to assistive technology, described by its summary and table; Plot's
  // aria-labels on inner groups are not allowed inside role="img".
  for (const inner of chart.svg.querySelectorAll("[aria-label], [aria-description]")) {
    inner.removeAttribute("aria-label");
    inner.removeAttribute("aria-description");
  }
  chart.svg.setAttribute("role", "img");
  chart.svg.setAttribute("aria-label", chart.description);
  chart.svg.setAttribute("aria-describedby", summaryId);
  chartBox.append(chart.svg);
  section.append(chartBox);

  const summary = element("p", `${chart.description} ${chart.rows.map((r) => `${r.area}${r.group ? `, ${r.group}` : ""}, ${r.year}: ${formatValue(r.value, chart.unit, r.flag)}`).join("; ")}.`, "sr-only");
  summary.id = summaryId;
  section.append(summary);

  const changes = list(changeLines(data, options.measure, las, year, chart.changeKey), "cic-change",
    `Year on year${chart.changeKey.includes("|") ? ` (${splitBreakdown(chart.changeKey).groups.map((g) => groupLabel(g, options.measure)).join(", ")})` : ""}:`);
  if (changes) section.append(changes);
  if (options.comparators !== false && options.kind !== "trend") {
    const lines = comparatorLines(data, options.measure, las[0]!, year, chart.changeKey);
    const comparators = list(lines, "cic-comparators", `Compared with ${areaName(data, las[0]!)}'s comparators in ${year}:`);
    if (comparators) section.append(comparators);
  }
  if (chart.rows.some((r) => r.flag === "c")) {
    section.append(element("p", "c: not published, because the number is small enough that children could be identified. It is shown as a gap, not as zero.", "cic-note"));
  }

  section.append(dataTable(chart.rows, chart.unit, `${options.title ?? def.title}: the figures drawn above`));
  const meta = element("div", undefined, "cic-meta");
  meta.append(csvLink(chart.rows, `${id}.csv`));
  const link = element("a", `Definition: ${capitalise(def.title.toLowerCase())}`);
  link.href = `./definitions#${options.measure}`;
  meta.append(link);
  section.append(meta);
  return section;
}
