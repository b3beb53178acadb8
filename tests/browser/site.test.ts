// Builds the site twice, one after the other (both runs share Framework's cache in src/.observablehq):
//   the real one: scripts/build.ts as `npm run build` runs it (demo extracts -> warehouse -> measures), and
//   the fixture one: from tests/browser/fixtures/build (hand-made figures, so headlines can be checked exactly).
// Serves each on a localhost port and opens every page of the real one in headless Chromium.
// Fails on: a console error, any request to another host, an axe-core violation, a figure without a
// chart, a missing demo banner, sideways scrolling on a phone. Screenshots: test-artifacts/screenshots/.
// CIC_BROWSER_SITE=fixture runs everything on the fixture build only (quick, for page work).
import {spawn} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import type {Server} from "node:http";
import type {AddressInfo} from "node:net";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {chromium, type BrowserContext, type Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {pages} from "../../observablehq.config.js";
import {startServer} from "../../scripts/serve.js";

const root = resolve(import.meta.dirname, "..", "..");
const fixtureOnly = process.env.CIC_BROWSER_SITE === "fixture";
const shots = join(root, "test-artifacts", "screenshots");
const axeSource = readFileSync(join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");

interface Site { server: Server; origin: string; synthetic: boolean }
const sites: Record<"real" | "fixture", Site | null> = {real: null, fixture: null};
let context: BrowserContext;
let profile: string;

async function buildAndServe(name: string, env: Record<string, string>, buildDir: string): Promise<Site> {
  const out = join(root, ".tmp", `browser-dist-${name}`);
  // Only what this build sets: a CIC_BUILD_DIR in the caller's environment must not leak into the real build.
  const {CIC_BUILD_DIR: _dir, CIC_OUTPUT: _out, ...inherited} = process.env;
  // Asynchronous: a blocking spawnSync starves vitest's worker RPC during a minute-long build.
  const child = spawn(join(root, "node_modules", ".bin", "tsx"), ["scripts/build.ts"], {cwd: root, env: {...inherited, ...env, CIC_OUTPUT: out}});
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const status = await new Promise<number | null>((done) => child.on("close", done));
  if (status !== 0) throw new Error(`${name} build failed:\n${output}`);
  const info = join(buildDir, "build-info.json");
  const synthetic = existsSync(info) && Boolean((JSON.parse(readFileSync(info, "utf8")) as {synthetic?: boolean}).synthetic);
  const server = await startServer({root: out, port: 0});
  return {server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, synthetic};
}

beforeAll(async () => {
  const fixtureDir = join(root, "tests", "browser", "fixtures", "build");
  sites.fixture = await buildAndServe("fixture", {CIC_BUILD_DIR: fixtureDir}, fixtureDir);
  if (!fixtureOnly) {
    // As `npm run build` does it: CIC_INPUT if set, else data/extracts or the generated demo.
    sites.real = await buildAndServe("real", {}, join(root, ".tmp", "build"));
  }
  profile = mkdtempSync(join(tmpdir(), "cic-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: {width: 1280, height: 900}
  });
  mkdirSync(shots, {recursive: true});
});

afterAll(async () => {
  await context?.close();
  for (const site of Object.values(sites)) if (site) await new Promise((done) => site.server.close(() => done(undefined)));
  if (profile) rmSync(profile, {recursive: true, force: true});
});

// The site the page checks run on: the real build unless CIC_BROWSER_SITE=fixture.
const main = (): Site => (sites.real ?? sites.fixture)!;

interface Visit { page: Page; errors: string[]; foreign: string[] }

async function visit(path: string, site: Site = main()): Promise<Visit> {
  const origin = site.origin;
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on("console", (msg) => { if (msg.type() === "error") errors.push(msg.text()); });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    // blob: and data: URLs never reach the network; everything else must be this site.
    if (url.startsWith(origin) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await page.goto(`${origin}${path}`, {waitUntil: "networkidle"});
  return {page, errors, foreign};
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({content: axeSource});
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (c: Document, o: object) => Promise<{violations: Array<{id: string; help: string; nodes: Array<{target: string[]}>}>}>}}).axe;
    const result = await axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}});
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")})`);
  });
  return violations;
}

function shotName(path: string): string {
  return path === "/" ? "index" : path.slice(1).replace(/\//g, "_");
}

describe("every page in the config", () => {
  for (const {path, name} of pages) {
    it(`${name} (${path}) renders offline, accessibly, with its charts`, async () => {
      const {page, errors, foreign} = await visit(path);
      try {
        await page.waitForFunction(() => !document.querySelector(".observablehq--loading"), null, {timeout: 15_000}).catch(() => undefined);
        const figures = await page.$$eval(".cic-figure", (els) => els.map((el) => ({id: el.id, svg: Boolean(el.querySelector(".cic-chart svg"))})));
        for (const f of figures) expect(f.svg, `figure ${f.id} has no chart`).toBe(true);
        if (main().synthetic) {
          await expect.poll(() => page.locator(".banner-demo").textContent()).toContain("Synthetic demonstration data");
        } else {
          expect(await page.locator(".banner-demo").count()).toBe(0);
        }
        await page.screenshot({path: join(shots, `${shotName(path)}.png`), fullPage: true});
        expect(await axeViolations(page)).toEqual([]);
        expect(foreign).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

describe("phone width and 200% zoom", () => {
  // 390 CSS px is a phone; a 1280 px laptop at 200% zoom is 640 CSS px, between the two.
  for (const width of [390, 640]) {
    for (const path of ["/", "/legal-status"]) {
      it(`${path} at ${width}px has no sideways page scroll`, async () => {
        const {page, errors} = await visit(path);
        try {
          await page.setViewportSize({width, height: 844});
          await page.waitForSelector(".cic-figure svg");
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          await page.screenshot({path: join(shots, `${shotName(path)}-${width}px.png`), fullPage: true});
          expect(overflow).toBeLessThanOrEqual(0);
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }
});

describe("figures and selections", () => {
  it("the Overview states the computed headline and draws a chart per figure (fixture)", async () => {
    const {page, errors} = await visit("/", sites.fixture!);
    try {
      await page.waitForSelector(".cic-figure svg");
      expect(await page.locator(".cic-figure").count()).toBeGreaterThanOrEqual(3);
      {
        // Fixture: Medway 476 at 31 March 2024, 493 at 31 March 2025: up 17, 17/476 = 3.6% -> 4%.
        await expect.poll(() => page.locator("#cla_count .cic-headline").textContent()).toBe(
          "Medway had 493 children in care at 31 March 2025, up 17 (4%) from 476 in 2023-24.");
        // 163 of 493 = 33.1%: within 1.5 points of one in three.
        await expect.poll(() => page.locator("#placed_over_20_miles .cic-headline").textContent()).toContain("About one in three Medway children in care were placed more than 20 miles from home (33%, 163 of 493)");
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  for (const which of ["real", "fixture"] as const) it(`changing the council on Legal status updates the URL, the chart and the headline, and the link reopens it (${which})`, async () => {
    const site = sites[which];
    if (!site) return;
    const {page, errors} = await visit("/legal-status", site);
    try {
      const figureSel = "#cla_by_legal_status-at_end";
      await page.waitForSelector(`${figureSel} svg`);
      const before = await page.locator(`${figureSel} .cic-chart`).innerHTML();
      await page.getByLabel("Council").selectOption("886");
      await page.waitForFunction(() => new URL(location.href).searchParams.get("la") === "886");
      await expect.poll(() => page.locator(`${figureSel} .cic-headline`).textContent()).toContain("Kent");
      const after = await page.locator(`${figureSel} .cic-chart`).innerHTML();
      expect(after).not.toEqual(before);
      if (site === sites.fixture) {
        // Kent at 31 March 2025: care orders 1,020 of 1,896 children = 53.8% -> 54%.
        await expect.poll(() => page.locator(`${figureSel} .cic-headline`).textContent()).toBe(
          "Care order (C2) is the largest group for Kent children in care at 31 March 2025 — 1,020 of 1,896 (54%).");
      }
      const link = page.url();
      const again = await visit(new URL(link).pathname + new URL(link).search, site);
      try {
        await again.page.waitForSelector(`${figureSel} svg`);
        expect(await again.page.getByLabel("Council").inputValue()).toBe("886");
        await expect.poll(() => again.page.locator(`${figureSel} .cic-headline`).textContent()).toContain("Kent");
      } finally {
        await again.page.close();
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("a suppressed figure is a labelled gap, and the CSV says c, not 0 (fixture)", async () => {
    const {page} = await visit("/legal-status?la=887", sites.fixture!);
    try {
      const figureSel = "#cla_by_legal_status-at_end";
      await page.waitForSelector(`${figureSel} svg`);
      // Fixture: Medway's police protection and youth justice cells at 31 March 2025 are 'c'.
      await expect.poll(() => page.locator(`${figureSel} svg`).textContent()).toContain("c (small number)");
      const csv = await page.evaluate(async (sel) => {
        const a = document.querySelector(`${sel} a[download]`) as HTMLAnchorElement;
        return (await fetch(a.href)).text();
      }, figureSel);
      const police = csv.split("\r\n").find((l) => l.startsWith("Medway,887,2024-25,cla_by_legal_status,at_end|police_protection"));
      expect(police).toBe("Medway,887,2024-25,cla_by_legal_status,at_end|police_protection,\"Police protection, EPO or CAO (L1–L3)\",c,c,493");
      // The table view shows the same symbol.
      await expect.poll(() => page.locator(`${figureSel} table`).textContent()).toContain("c");
    } finally {
      await page.close();
    }
  });
});
