// Opens every page of the real build (demo extracts -> warehouse -> measures, as `npm run build` does it)
// and checks headlines exactly on the fixture build (tests/browser/fixtures/build: hand-made figures).
// Both are built once per test run by ./harness.ts, shared with the other browser test files.
// Serves each on a localhost port and opens every page of the real one in headless Chromium.
// Fails on: a console error, any request to another host, an axe-core violation, a figure without a
// chart, a missing demo banner, sideways scrolling on a phone. Screenshots: test-artifacts/screenshots/.
// CIC_BROWSER_SITE=fixture runs everything on the fixture build only (quick, for page work).
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {pages} from "../../observablehq.config.js";
import {axeViolations, closeSite, launchBrowser, serveSite, shotName, shots, visit as open, type Browser, type Site} from "./harness.js";

const fixtureOnly = process.env.CIC_BROWSER_SITE === "fixture";

const sites: Record<"real" | "fixture", Site | null> = {real: null, fixture: null};
let browser: Browser;

beforeAll(async () => {
  sites.fixture = await serveSite("fixture");
  if (!fixtureOnly) sites.real = await serveSite("real");
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const site of Object.values(sites)) await closeSite(site);
});

// The site the page checks run on: the real build unless CIC_BROWSER_SITE=fixture.
const main = (): Site => (sites.real ?? sites.fixture)!;

const visit = (path: string, site: Site = main()) => open(browser.context, site, path);

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
