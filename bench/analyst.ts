// The analyst explorer's filter change: in Node, the slicing the explorer's update() does (filter,
// cross-tab, both CSVs, the histogram's values; src-analyst/analyst/cohort.ts) on the real child-level
// table of a warehouse; in Chromium, the explorer page itself (its own `data-update-ms`, slicing and
// drawing), after a filter change made through its select.
import type {AddressInfo} from "node:net";
import * as aq from "arquero";
import {chromium} from "playwright-core";
import {childRowsFromWarehouse, childrenFile} from "../loaders/analyst/children.js";
import type {ChildRow} from "../loaders/analyst/schema.js";
import {startServer} from "../scripts/serve.js";
import {cohortTable, crossTab, crossTabCsv, filterCohort, rowsCsv, valuesOf, yearsInCare, type Filters} from "../src-analyst/analyst/cohort.js";
import {median, round} from "./stats.js";

export interface AnalystCase { where: string; rows: number; medianMs: number; runs: number[] }
export interface AnalystResult { note: string; cases: AnalystCase[] }

// The filter changes tried, one per run, in turn (each from the explorer's default: the latest year).
const CHANGES: Filters[] = [
  {gender: ["female"]}, {age_band: ["10_15"]}, {legal_status_group: ["care_order"]}, {uasc: ["yes"]},
  {placement_type_group: ["foster_other"]}, {distance_band: ["20_plus"]}, {gender: ["male"]}
];

function timeNode(rows: ChildRow[], runs: number): number[] {
  const all = cohortTable(aq, childrenFile(rows, {generated: "bench", synthetic: true}));
  const latest = valuesOf(all, "year").at(-1)!;
  const times: number[] = [];
  for (let run = 0; run < runs + 1; run++) {
    const change = CHANGES[run % CHANGES.length]!;
    const started = performance.now();
    const filtered = filterCohort(aq, all, {year: [latest], ...change});
    const tab = crossTab(filtered, "legal_status_group", "age_band");
    crossTabCsv(tab);
    rowsCsv(filtered);
    yearsInCare(filtered);
    // The first run warms the JIT, as the page's first render does before anyone changes a filter.
    if (run > 0) times.push(performance.now() - started);
  }
  return times;
}

/** `rows` rows from the table: the first rows (whole councils and years), repeated if it is smaller. */
function sized(rows: ChildRow[], n: number): ChildRow[] {
  const out: ChildRow[] = [];
  for (let i = 0; out.length < n && rows.length; i++) out.push(rows[i % rows.length]!);
  return out;
}

export interface AnalystOptions { warehouse: string; dist: string | null; runs: number; throttle: number; log: (m: string) => void }

export async function benchAnalyst(o: AnalystOptions): Promise<AnalystResult> {
  const rows = await childRowsFromWarehouse(o.warehouse);
  const kent = rows.filter((r) => r.la === "886");
  const runs = Math.max(5, o.runs);
  const cases: AnalystCase[] = [];
  const add = (where: string, n: number, times: number[]) => {
    cases.push({where, rows: n, medianMs: round(median(times), 1), runs: times.map((t) => round(t, 1))});
    o.log(`analyst ${where}, ${n} rows: ${round(median(times), 1)} ms`);
  };
  add("Node, slicing only (Kent's size)", kent.length, timeNode(kent, runs));
  const big = sized(rows, 100_000);
  add("Node, slicing only", big.length, timeNode(big, runs));
  if (o.dist) {
    for (const throttle of [1, o.throttle]) {
      const times = await timeBrowser(o.dist, runs, throttle, o.log);
      add(`Chromium, slicing and drawing${throttle > 1 ? `, ${throttle}x CPU throttling` : ""} (explorer page, ${rows.length} rows)`, rows.length, times);
    }
  }
  return {
    note: `The child-level table of the ${new Set(rows.map((r) => r.la)).size}-council warehouse (${rows.length} rows: one per child per council and year at 31 March). ` +
      "A filter change from the explorer's default (latest year): filter, cross-tab legal status by age band, the cross-tab CSV, " +
      "the filtered rows' CSV and the histogram's values; in Chromium also the table and chart drawn (the page's own timing, `data-update-ms`). " +
      `Median of ${runs} changes (${CHANGES.map((c) => Object.entries(c).map(([k, v]) => `${k}=${v!.join("")}`).join("")).join(", ")}), after one warm-up.`,
    cases
  };
}

async function timeBrowser(dist: string, runs: number, throttle: number, log: (m: string) => void): Promise<number[]> {
  const server = await startServer({root: dist, port: 0});
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"]});
  try {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    await page.goto(`${origin}/cohort-explorer`, {waitUntil: "load"});
    await page.waitForSelector(".cic-explorer[data-update-ms]", {timeout: 120_000});
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", {rate: throttle});
    const times: number[] = [];
    for (let run = 0; run < runs + 1; run++) {
      const [key, values] = Object.entries(CHANGES[run % CHANGES.length]!)[0]!;
      // components/controls.ts names each select after its URL key (f_<dimension>); other filters go back to
      // All (silently: the change below makes the one update), the year filter stays on the latest year.
      const result = await page.evaluate(async ({key, value}) => {
        const root = document.querySelector<HTMLElement>(".cic-explorer")!;
        const target = root.querySelector<HTMLSelectElement>(`select[name="f_${key}"]`);
        if (!target) throw new Error(`no filter for ${key}`);
        for (const s of root.querySelectorAll<HTMLSelectElement>(".cic-filters select")) if (s !== target && s.name !== "f_year") s.value = "";
        const before = root.dataset.updateMs;
        root.dataset.updateMs = "";
        target.value = value!;
        target.dispatchEvent(new Event("change", {bubbles: true}));
        for (let i = 0; i < 600 && !root.dataset.updateMs; i++) await new Promise((r) => setTimeout(r, 50));
        if (!root.dataset.updateMs) throw new Error(`the explorer did not update after ${key}=${value} (was ${before})`);
        return {ms: Number(root.dataset.updateMs), summary: root.querySelector(".cic-headline")?.textContent ?? ""};
      }, {key, value: values![0]!});
      // What the page said, so a filter that matched nothing (and so ran fast) would show in the log.
      log(`analyst page ${throttle}x, ${key}=${values![0]}: ${result.ms} ms; "${result.summary}"`);
      if (run > 0) times.push(result.ms);
    }
    return times;
  } finally {
    await browser.close();
    await new Promise((done) => server.close(() => done(undefined)));
  }
}
