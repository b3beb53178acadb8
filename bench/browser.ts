// Public pages in headless Chromium with 4x CPU throttling: bytes over the wire (gzip, as
// scripts/serve.ts serves them) on a first visit (empty cache) and a repeat visit (same cache), time to
// the first chart (the first `.cic-chart svg`) and to fully rendered (the last change to the page once every
// figure has its chart and the page stays still for a second with no request in flight), from the start of navigation.
import type {AddressInfo} from "node:net";
import {chromium, type Browser, type BrowserContext} from "playwright-core";
import {pages} from "../observablehq.config.js";
import {startServer} from "../scripts/serve.js";
import {median, round} from "./stats.js";

export interface Visit { bytes: number; requests: number; firstChartMs: number | null; renderedMs: number; charts: number }

export interface PageResult {
  path: string;
  name: string;
  firstKb: number;          // transferred, first visit
  repeatKb: number;         // transferred, repeat visit
  requests: number;         // first visit
  firstChartMs: number | null;
  renderedMs: number;
  charts: number;
  runs: Visit[];
}

const QUIET_MS = 1000;
const TIMEOUT_MS = 60_000;

// Runs in the page before any of its scripts.
const observer = `
  window.__bench = {first: null, last: 0};
  new MutationObserver(() => {
    const now = performance.now();
    window.__bench.last = now;
    if (window.__bench.first === null && document.querySelector(".cic-chart svg")) window.__bench.first = now;
  }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});`;

const poll = `(() => {
  const b = window.__bench;
  const waiting = [...document.querySelectorAll(".cic-figure")].filter((f) => !f.querySelector(".cic-chart svg")).length;
  return {first: b.first, last: b.last, now: performance.now(), charts: document.querySelectorAll(".cic-chart svg").length, waiting};
})()`;

async function visit(context: BrowserContext, url: string, throttle: number): Promise<Visit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Emulation.setCPUThrottlingRate", {rate: throttle});
  let bytes = 0;
  let requests = 0;
  const inflight = new Set<string>();
  cdp.on("Network.requestWillBeSent", (e) => inflight.add(e.requestId));
  cdp.on("Network.loadingFinished", (e) => {
    inflight.delete(e.requestId);
    bytes += e.encodedDataLength;
    if (e.encodedDataLength > 0) requests++;
  });
  cdp.on("Network.loadingFailed", (e) => inflight.delete(e.requestId));
  await page.addInitScript(observer);
  await page.goto(url, {waitUntil: "load"});
  const started = Date.now();
  let state = {first: null as number | null, last: 0, now: 0, charts: 0, waiting: 0};
  for (;;) {
    // Raw CDP, not page.evaluate: Playwright's first evaluate injects its utility script (tens of ms of
    // compiling at 4x throttling) into the page's main thread while the page being timed is still loading.
    const {result} = await cdp.send("Runtime.evaluate", {expression: poll, returnByValue: true});
    state = result.value as typeof state;
    // Quiet is not enough under throttling: evaluating the modules can take over a second with no change to
    // the page, before any figure exists. So: a chart drawn and every figure with its chart, then 1 s still;
    // a page with no chart (or one that stalls) only after 10 s still.
    const still = state.now - state.last;
    if (inflight.size === 0 && ((still > QUIET_MS && state.charts > 0 && state.waiting === 0) || still > 10_000)) break;
    if (Date.now() - started > TIMEOUT_MS) throw new Error(`${url} did not settle within ${TIMEOUT_MS / 1000}s (${state.waiting} figures without a chart)`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await page.close();
  return {bytes, requests, firstChartMs: state.first === null ? null : Math.round(state.first), renderedMs: Math.round(state.last), charts: state.charts};
}

export interface BrowserOptions { dist: string; runs: number; throttle: number; only?: string[]; log: (m: string) => void }

export async function benchPages(o: BrowserOptions): Promise<PageResult[]> {
  const server = await startServer({root: o.dist, port: 0});
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
    });
    const results: PageResult[] = [];
    for (const p of pages.filter((p) => !o.only || o.only.includes(p.path))) {
      const first: Visit[] = [];
      const repeat: Visit[] = [];
      for (let run = 0; run < o.runs; run++) {
        // A new context is an empty cache: the first visit; the second page shares its cache.
        const context = await browser.newContext({viewport: {width: 1280, height: 900}});
        first.push(await visit(context, origin + p.path, o.throttle));
        repeat.push(await visit(context, origin + p.path, o.throttle));
        await context.close();
      }
      const chart = first.map((v) => v.firstChartMs).filter((v): v is number => v !== null);
      const result: PageResult = {
        path: p.path, name: p.name,
        firstKb: round(median(first.map((v) => v.bytes)) / 1024, 0),
        repeatKb: round(median(repeat.map((v) => v.bytes)) / 1024, 1),
        requests: median(first.map((v) => v.requests)),
        firstChartMs: chart.length ? median(chart) : null,
        renderedMs: median(first.map((v) => v.renderedMs)),
        charts: Math.max(...first.map((v) => v.charts)),
        runs: first
      };
      o.log(`page ${p.path}: ${result.firstKb} KB first, ${result.repeatKb} KB repeat, first chart ${result.firstChartMs ?? "-"} ms, rendered ${result.renderedMs} ms`);
      results.push(result);
    }
    return results;
  } finally {
    await browser?.close();
    await new Promise((done) => server.close(() => done(undefined)));
  }
}
