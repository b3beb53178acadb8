// The figure component's pure parts (wording, headlines, CSV, URL state) and the site scripts'
// helpers (static server, HTML fixes), in Node. Right answers worked out by hand beside each case.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {get} from "node:http";
import type {AddressInfo} from "node:net";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {gunzipSync} from "node:zlib";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {toCsv} from "../../src/components/csv.js";
import {formatValue, groupLabel, inWords, periodText, previousYear} from "../../src/components/format.js";
import {breakdownHeadline, changeLines, changeText, comparatorLines, valueHeadline} from "../../src/components/headline.js";
import {comparatorsOf, normalise, selectRows, type AreaFile} from "../../src/components/rows.js";
import {urlState} from "../../src/components/url-state.js";
import {fixFrameworkHtml} from "../../scripts/build.js";
import {resolveFile, startServer} from "../../scripts/serve.js";

const row = (la: string, year: string, measure: string, breakdown: string, value: number | null, numerator: number | null = null, denominator: number | null = null, flag?: "c") =>
  ({la, year, measure, breakdown, value, numerator, denominator, ...(flag ? {flag} : {})});

// A tiny page file: Medway (887) and Kent (886), England (970), South East (989), Medway's neighbours.
const data: AreaFile = normalise({
  generated: "2026-01-01T00:00:00Z", synthetic: true, analyst: false, threshold: 5,
  las: ["887", "886"], years: ["2023-24", "2024-25"],
  areas: [
    {la: "887", name: "Medway", kind: "la", region: "989"}, {la: "886", name: "Kent", kind: "la", region: "989"},
    {la: "970", name: "England", kind: "england"}, {la: "989", name: "South East", kind: "region"},
    {la: "sn:887", name: "Medway's statistical neighbours", kind: "neighbours"},
    {la: "quartile:887", name: "Medway's quartile among councils", kind: "quartile"}
  ],
  catalogue: [
    {id: "cla_count", family: "cohort", title: "Children in care", definition: "", numerator: null, denominator: null, unit: "count", polarity: "neutral", breakdowns: [], source: "", dfe: [], sql: ""},
    {id: "far", family: "distance", title: "Placed far away", definition: "", numerator: null, denominator: null, unit: "percent", polarity: "low", breakdowns: [], source: "", dfe: [], sql: ""},
    {id: "legal", family: "cohort", title: "Legal status", definition: "", numerator: null, denominator: null, unit: "count", polarity: "neutral", breakdowns: [], source: "", dfe: [], sql: ""}
  ],
  measures: [
    row("887", "2023-24", "cla_count", "at_end", 476), row("887", "2024-25", "cla_count", "at_end", 493),
    row("886", "2023-24", "cla_count", "at_end", 1956), row("886", "2024-25", "cla_count", "at_end", 1896),
    row("887", "2023-24", "far", "at_end", 32.3, 152, 470), row("887", "2024-25", "far", "at_end", 33.1, 163, 493),
    row("970", "2024-25", "far", "at_end", 18), row("sn:887", "2024-25", "far", "at_end", 21),
    row("quartile:887", "2024-25", "far", "at_end", 4, 140, 151),
    row("887", "2024-25", "legal", "at_end|care_order", 300), row("887", "2024-25", "legal", "at_end|s20", 65),
    row("887", "2024-25", "legal", "at_end|youth_justice", null, null, null, "c"),
    row("887", "2023-24", "legal", "at_end|care_order", 298)
  ]
} as AreaFile);

describe("format", () => {
  it("words a percentage as the simplest k in n within 1.5 points, else null", () => {
    expect(inWords(33.1)).toBe("one in three");      // 100/3 = 33.3
    expect(inWords(50)).toBe("one in two");
    expect(inWords(14)).toBe("one in seven");        // 100/7 = 14.3
    expect(inWords(29)).toBe("two in seven");        // 2/7 = 28.6 (3/10 = 30 is further: n=7 is tried first anyway)
    expect(inWords(61)).toBe("three in five");       // 3/5 = 60
    expect(inWords(4)).toBeNull();                   // smallest is 1/10 = 10
    expect(inWords(0)).toBeNull();
  });
  it("formats values by unit and never turns a missing value into zero", () => {
    expect(formatValue(1896, "count")).toBe("1,896");
    expect(formatValue(61.4, "percent")).toBe("61%");
    expect(formatValue(0.3, "percent")).toBe("<1%");
    expect(formatValue(0, "percent")).toBe("0%");
    expect(formatValue(null, "count", "c")).toBe("c");
    expect(formatValue(null, "count")).toBe("x");
  });
  it("names periods, years and groups", () => {
    expect(periodText("at_end", "2024-25")).toBe("at 31 March 2025");
    expect(periodText("at_start", "2024-25")).toBe("on 1 April 2024");
    expect(periodText("year", "2024-25")).toBe("in 2024-25");
    expect(previousYear("2024-25")).toBe("2023-24");
    expect(previousYear("2000-01")).toBe("1999-00");
    expect(groupLabel("s20")).toBe("Section 20 (V2)");
    expect(groupLabel("age_13")).toBe("Age 13");
    expect(groupLabel("placements_4")).toBe("4 placements");
  });
});

describe("headlines", () => {
  it("states a count with its change: 476 -> 493 is up 17, 17/476 = 3.6% -> 4%", () => {
    expect(valueHeadline({data, measure: "cla_count", la: "887", year: "2024-25", snapshot: "at_end", phrase: "children in care"}))
      .toBe("Medway had 493 children in care at 31 March 2025, up 17 (4%) from 476 in 2023-24.");
    // Kent 1956 -> 1896: down 60, 60/1956 = 3.1% -> 3%.
    expect(valueHeadline({data, measure: "cla_count", la: "886", year: "2024-25", snapshot: "at_end", phrase: "children in care"}))
      .toBe("Kent had 1,896 children in care at 31 March 2025, down 60 (3%) from 1,956 in 2023-24.");
  });
  it("states a percentage in words with counts, change in points and England", () => {
    // 33.1 - 32.3 = 0.8 -> rounds to 1 point; 33 > 18 -> higher than England.
    expect(valueHeadline({data, measure: "far", la: "887", year: "2024-25", snapshot: "at_end", phrase: "children in care were placed far away"}))
      .toBe("About one in three Medway children in care were placed far away (33%, 163 of 493) at 31 March 2025, up 1 percentage point from 32% in 2023-24, higher than England (18%).");
  });
  it("says a suppressed figure is not published rather than inventing one", () => {
    expect(valueHeadline({data, measure: "legal", la: "887", year: "2024-25", snapshot: "at_end", group: "youth_justice"}))
      .toBe("The 2024-25 figure for Medway (legal status) is not published because the number is small enough to identify children.");
  });
  it("names the largest group of a breakdown and its share of the total: 300 of 493 = 60.9% -> 61%", () => {
    expect(breakdownHeadline({data, measure: "legal", la: "887", year: "2024-25", snapshot: "at_end", phrase: "children in care", total: 493}))
      .toBe("Care order (C2) is the largest group for Medway children in care at 31 March 2025 — 300 of 493 (61%).");
    // Restricted to the groups drawn: without care orders, section 20 (65 of 493 = 13.2%) is the largest.
    expect(breakdownHeadline({data, measure: "legal", la: "887", year: "2024-25", snapshot: "at_end", phrase: "children in care", total: 493, groups: ["s20", "youth_justice"]}))
      .toBe("Section 20 (V2) is the largest group for Medway children in care at 31 March 2025 — 65 of 493 (13%).");
  });
  it("lists year-on-year change per council and the comparators present", () => {
    expect(changeLines(data, "cla_count", ["887", "886"], "2024-25", "at_end")).toEqual([
      "Medway: 493 in 2024-25, up 17 (4%) from 476 in 2023-24",
      "Kent: 1,896 in 2024-25, down 60 (3%) from 1,956 in 2023-24"
    ]);
    // No South East row for 'far' in 2024-25: only England and the neighbours are listed; band 4 of the
    // quartile row is the highest quarter of 151 councils.
    expect(comparatorLines(data, "far", "887", "2024-25", "at_end")).toEqual([
      "England: 18%", "Medway's statistical neighbours: 21%", "Among 151 councils, Medway is in the highest quarter"]);
    expect(comparatorsOf(data, "887")).toEqual(["970", "989", "sn:887"]);
    expect(comparatorsOf(data, "886")).toEqual(["970", "989"]);
  });
  it("gives a change under half a percent as <1%, not 0%: 308 -> 307 is 0.3%", () => {
    expect(changeText(row("887", "2024-25", "x", "at_end", 307), row("887", "2023-24", "x", "at_end", 308), "count")).toBe("down 1 (<1%) from 308 in 2023-24");
  });
  it("has no change to report when last year is missing or suppressed", () => {
    const now = row("887", "2024-25", "x", "at_end", 10);
    expect(changeText(now, undefined, "count")).toBeNull();
    expect(changeText(now, row("887", "2023-24", "x", "at_end", null, null, null, "c"), "count")).toBeNull();
  });
  it("selects one level of groups below a snapshot", () => {
    expect(selectRows(data, {measure: "legal", las: ["887"], year: "2024-25", snapshot: "at_end", groups: "all"}).map((r) => r.breakdown))
      .toEqual(["at_end|care_order", "at_end|s20", "at_end|youth_justice"]);
  });
});

describe("CSV of what is drawn", () => {
  it("quotes text with commas and writes a suppressed value as c, never 0", () => {
    const csv = toCsv([
      {area: "Medway", la: "887", year: "2024-25", measure: "legal", breakdown: "at_end|police_protection", group: "Police protection, EPO or CAO (L1–L3)", value: null, numerator: null, denominator: 493, flag: "c"},
      {area: "Medway's statistical neighbours", la: "sn:887", year: "2024-25", measure: "far", breakdown: "at_end", group: "", value: 21, numerator: null, denominator: null}
    ]);
    expect(csv).toBe(
      "area,la,year,measure,breakdown,group,value,numerator,denominator\r\n" +
      "Medway,887,2024-25,legal,at_end|police_protection,\"Police protection, EPO or CAO (L1–L3)\",c,c,493\r\n" +
      "Medway's statistical neighbours,sn:887,2024-25,far,at_end,,21,,\r\n");
  });
});

describe("urlState", () => {
  it("reads a key, falling back when absent or not allowed", () => {
    expect(urlState.get("la", "887", ["887", "886"], "?la=886&year=2024-25")).toBe("886");
    expect(urlState.get("la", "887", ["887", "886"], "?la=999")).toBe("887");
    expect(urlState.get("year", "2024-25", undefined, "")).toBe("2024-25");
  });
});

describe("Framework HTML fixes", () => {
  it("adds lang, allows zoom and moves the sidebar label out of the list", () => {
    const html = `<!DOCTYPE html>\n<html>\n<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">\n<nav id="observablehq-sidebar">\n  <ol>\n    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>\n    <li>x</li>\n  </ol>`;
    expect(fixFrameworkHtml(html)).toBe(`<!DOCTYPE html>\n<html lang="en-GB">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<nav id="observablehq-sidebar">\n  <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>\n    <ol>\n    <li>x</li>\n  </ol>`);
  });
});

describe("static server", () => {
  let dir: string;
  let base: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cic-serve-"));
    writeFileSync(join(dir, "index.html"), "<p>home</p>");
    writeFileSync(join(dir, "legal-status.html"), "<p>legal</p>");
    writeFileSync(join(dir, "404.html"), "<p>missing</p>");
    mkdirSync(join(dir, "_file"));
    writeFileSync(join(dir, "_file", "a.json"), JSON.stringify({a: "x".repeat(2000)}));
    const server = await startServer({root: dir, port: 0});
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((done) => server.close(() => done()));
  });
  afterAll(async () => {
    await close();
    rmSync(dir, {recursive: true, force: true});
  });
  const fetchRaw = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{status: number; headers: Record<string, string | string[] | undefined>; body: Buffer}>((done, fail) => {
      get(`${base}${path}`, {headers}, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => done({status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks)}));
      }).on("error", fail);
    });

  it("serves clean URLs as Framework writes them", async () => {
    expect((await fetchRaw("/")).body.toString()).toBe("<p>home</p>");
    const page = await fetchRaw("/legal-status?la=886");
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.body.toString()).toBe("<p>legal</p>");
  });
  it("gzips when asked, with the right type", async () => {
    const res = await fetchRaw("/_file/a.json", {"accept-encoding": "gzip, deflate"});
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(JSON.parse(gunzipSync(res.body).toString()).a).toHaveLength(2000);
  });
  it("answers 404 with the site's page and never leaves the root", async () => {
    const missing = await fetchRaw("/nope");
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe("<p>missing</p>");
    expect(resolveFile(dir, "/../../etc/passwd")).toBeNull();
    expect(resolveFile(dir, "/%2e%2e/%2e%2e/etc/passwd")).toBeNull();
  });
});
