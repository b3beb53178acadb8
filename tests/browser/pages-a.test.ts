// Browser checks of the Who is in care, Where children live, Stability, Entering and leaving and Compare
// pages over the real build (demo extracts -> warehouse -> measures -> site), via ./harness.ts. The
// every-page checks (axe, console errors, foreign requests, a chart per figure) are site.test.ts's; these
// check what is particular to these pages: that headlines agree with the figures drawn, the heat map's
// numbers and suppressed cells, notes on unrecorded distances, Compare's URL state, and phone widths.
// The wording itself is unit-tested over hand-built rows in pages-a-findings.test.ts.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeSite, launchBrowser, serveSite, visit, type Browser, type Site} from "./harness.js";
import type {Page} from "playwright-core";

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await serveSite(process.env.CIC_BROWSER_SITE === "fixture" ? "fixture" : "real");
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await closeSite(site);
});

async function csvOf(page: Page, figure: string): Promise<string[][]> {
  const text = await page.evaluate(async (sel) => {
    const a = document.querySelector(`${sel} a[download]`) as HTMLAnchorElement;
    return (await fetch(a.href)).text();
  }, figure);
  return parseCsv(text).slice(1);
}

// RFC 4180: quoted fields may hold commas and doubled quotes ("Age 13, 4 placements").
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(field); field = ""; }
    else if (ch === "\n") { row.push(field.replace(/\r$/, "")); rows.push(row); row = []; field = ""; }
    else field += ch;
  }
  if (field || row.length) { row.push(field.replace(/\r$/, "")); rows.push(row); }
  return rows;
}

const real = () => site.name === "real";

describe("pages A", () => {
  it("Who is in care: the age headline quotes the 16-17 shares the chart draws", async ({skip}) => {
    if (!real()) skip();
    const {page, errors} = await visit(browser.context, site, "/who-is-in-care");
    try {
      const sel = "#cla_by_age_band-at_end";
      await page.waitForSelector(`${sel} svg`);
      // CSV columns: area, la, year, measure, breakdown, group, value (the share drawn), numerator, denominator.
      const rows = await csvOf(page, sel);
      const share = (la: string) => Math.round(Number(rows.find((r) => r[1] === la && r[4] === "at_end|16_17")![6]));
      const [medway, kent] = [share("887"), share("886")];
      const headline = (await page.locator(`${sel} .cic-headline`).textContent())!;
      if (medway === kent) expect(headline).toContain(`${medway}% of each are 16 or 17`);
      else {
        const [older, younger] = kent > medway ? ["Kent", "Medway"] : ["Medway", "Kent"];
        expect(headline).toContain(`${older}'s children in care are older than ${younger}'s: ${Math.max(medway, kent)}% are 16 or 17, against ${Math.min(medway, kent)}% in ${younger}`);
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("Stability: the heat map has a number or 'c' in every cell, hatches suppressed cells, and fills in zeros", async () => {
    const {page, errors} = await visit(browser.context, site, "/stability?la=886");
    try {
      const sel = "#placements_3plus_by_age-886";
      if (!real()) {
        // The fixture has no by-age rows: the figure says so rather than drawing an empty chart.
        await expect.poll(() => page.locator(sel).textContent()).toContain("No figures");
        return;
      }
      await page.waitForSelector(`${sel} svg`);
      const rows = await csvOf(page, sel);
      // Every age 0-17 has a row of cells, each number of placements a column: a full grid.
      const ages = new Set(rows.map((r) => r[4]!.split("|")[1]));
      const columns = new Set(rows.map((r) => r[4]!.split("|")[2]));
      expect(ages.size).toBe(18);
      expect(rows.length).toBe(ages.size * columns.size);
      // Cells the measures leave out (no child) are 0, never blank.
      expect(rows.some((r) => r[6] === "0")).toBe(true);
      // A cell's <text> also holds its tooltip's <title>: read the text's own words only.
      const texts = await page.evaluate((s) => [...document.querySelectorAll(`${s} svg text`)].map((t) =>
        [...t.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE || n.nodeName === "tspan").map((n) => n.textContent).join("")), sel);
      const suppressed = rows.filter((r) => r[6] === "c").length;
      expect(suppressed).toBeGreaterThan(0);
      // One 'c' label per suppressed cell, and every shown number written in its cell.
      expect(texts.filter((t) => t === "c").length).toBe(suppressed);
      for (const r of rows.filter((x) => x[6] !== "c")) expect(texts).toContain(r[6]);
      // Suppressed cells are hatched (a pattern fill), not coloured as a value.
      const hatched = await page.evaluate((s) => [...document.querySelectorAll(`${s} svg rect`)].filter((r) => (r.getAttribute("fill") ?? "").startsWith("url(#")).length, sel);
      expect(hatched).toBe(suppressed);
      await expect.poll(() => page.locator(sel).textContent()).toContain("c: not published");
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("Where children live: says how many children's distance from home is not recorded, inside the figure", async ({skip}) => {
    if (!real()) skip();
    const {page, errors} = await visit(browser.context, site, "/where-children-live");
    try {
      const sel = "#placed_over_20_miles";
      await page.waitForSelector(`${sel} svg`);
      const note = (await page.locator(`${sel} ul.cic-note`).textContent())!;
      expect(note).toMatch(/Distance from home is not recorded for [\d,]+ of Medway's [\d,]+ children in care|Every Medway child's distance from home is recorded|not published \(c\)/);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("Compare: the measure, part and councils go in the URL, comparators appear for a percentage, and the link reopens the view", async () => {
    const {page, errors} = await visit(browser.context, site, "/compare");
    try {
      await page.waitForSelector("#compare svg");
      // A new measure starts from its own first part: the old part leaves the URL.
      await page.getByLabel("Which part", {exact: true}).selectOption("at_start");
      await page.waitForFunction(() => new URL(location.href).searchParams.get("breakdown") === "at_start");
      await expect.poll(() => page.locator("#compare h2").textContent()).toContain("Children in care: all, on 1 April");
      await page.getByLabel("Figure", {exact: true}).selectOption("placements_3plus");
      await page.waitForFunction(() => !new URL(location.href).searchParams.has("breakdown"));
      await page.waitForFunction(() => new URL(location.href).searchParams.get("measure") === "placements_3plus");
      await expect.poll(() => page.locator("#compare h2").textContent()).toContain("Three or more placements in the year");
      // DfE publishes this one: England is drawn and labelled on the chart.
      await expect.poll(() => page.locator("#compare svg").textContent()).toContain("England");
      await page.getByLabel("Compared with", {exact: true}).selectOption("none");
      await page.waitForFunction(() => new URL(location.href).searchParams.get("b") === "none");
      await expect.poll(() => page.locator("#compare svg").textContent()).not.toContain("Kent");
      const headline = await page.locator("#compare .cic-headline").textContent();
      expect(headline).toContain("Medway");
      const link = new URL(page.url());
      const again = await visit(browser.context, site, link.pathname + link.search);
      try {
        await again.page.waitForSelector("#compare svg");
        expect(await again.page.getByLabel("Figure", {exact: true}).inputValue()).toBe("placements_3plus");
        expect(await again.page.getByLabel("Compared with", {exact: true}).inputValue()).toBe("none");
        await expect.poll(() => again.page.locator("#compare .cic-headline").textContent()).toBe(headline);
      } finally {
        await again.page.close();
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  for (const width of [390, 640]) {
    for (const path of ["/who-is-in-care", "/where-children-live", "/stability", "/entering-leaving", "/compare"]) {
      it(`${path} at ${width}px has no sideways page scroll`, async () => {
        const {page, errors} = await visit(browser.context, site, path);
        try {
          await page.setViewportSize({width, height: 844});
          await page.waitForSelector(".cic-figure svg");
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }
});
