// Browser checks of the Social worker continuity, Disputes, Reviews, Data quality and Definitions pages
// over the real build (the pipeline from the extracts, as `npm run build`), sharing the harness's one
// build per run. Page-wide checks (axe, offline, banner) are site.test.ts's; these check what the pages say.
// Screenshots: test-artifacts/screenshots/pages-b-*.png.
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {closeSite, launchBrowser, serveSite, shots, visit as open, type Browser, type Site} from "./harness.js";

let site: Site;
let browser: Browser;

beforeAll(async () => {
  // The real build: the fixture folder has none of these pages' measures and no ingest record.
  site = await serveSite("real");
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await closeSite(site);
});

const visit = (path: string) => open(browser.context, site, path);

// The data file a page reads, from the built site (Framework names it <name>.<hash>.json).
function dataFile<T>(name: string): T {
  const dir = join(site.dir, "_file", "data");
  const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && f.endsWith(".json"));
  if (!file) throw new Error(`no ${name} data file in ${dir}`);
  return JSON.parse(readFileSync(join(dir, file), "utf8")) as T;
}

interface Row { la: string; year: string; measure: string; breakdown: string; value?: number | null }

describe("Definitions", () => {
  it("has an entry, anchored by id, for every measure in the catalogue, and the symbols key", async () => {
    const meta = dataFile<{catalogue: {id: string; title: string}[]}>("meta");
    expect(meta.catalogue.length).toBeGreaterThan(10);
    const {page, errors} = await visit("/definitions#sw_continuity");
    try {
      await page.waitForSelector("section.cic-definition");
      const ids = await page.$$eval("section.cic-definition", (els) => els.map((e) => e.id));
      expect(ids.sort()).toEqual(meta.catalogue.map((d) => d.id).sort());
      for (const d of meta.catalogue) expect(await page.locator(`[id="${d.id}"] h3`).textContent()).toBe(d.title);
      // Linked from a figure: the page scrolls to the entry once it is drawn.
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      const symbols = await page.locator("table.cic-symbols tbody td:first-child").allTextContents();
      expect(symbols).toEqual(["c", "x", "z", "k"]);
      // Each entry names its SQL file.
      await expect.poll(() => page.locator("[id=sw_continuity] summary").textContent()).toContain("sw_continuity.sql");
      await page.screenshot({path: join(shots, "pages-b-definitions.png"), fullPage: false});
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("Disputes", () => {
  it("uses each council's own name for its disputes, and keeps the council in the URL", async () => {
    const data = dataFile<{measures: Row[]}>("disputes");
    const latest = data.measures.filter((r) => r.measure === "drn_raised" && r.la === "887").map((r) => r.year).sort().pop()!;
    const {page, errors} = await visit("/disputes?la=887");
    try {
      await page.waitForSelector("#drn_raised svg");
      const raised = data.measures.find((r) => r.measure === "drn_raised" && r.la === "887" && r.year === latest && r.breakdown === "year")!;
      // site.config.json: Medway's are DRNs until 2025-26.
      const expected = latest >= "2025-26" ? "Learning and Accountability Notifications (LANs)" : "Dispute Resolution Notifications (DRNs)";
      await expect.poll(() => page.locator("#drn_raised .cic-headline").textContent()).toContain(`Medway had ${raised.value!.toLocaleString("en-GB")} ${expected} raised in ${latest}`);
      // The category chart leaves out categories nobody raised, and labels 'other' as a dispute category.
      expect(await page.locator("#drn_raised-category svg").count()).toBe(1);
      await page.screenshot({path: join(shots, "pages-b-disputes.png"), fullPage: true});
      await page.getByLabel("Council", {exact: true}).selectOption("886");
      await page.waitForFunction(() => new URL(location.href).searchParams.get("la") === "886");
      await expect.poll(() => page.locator("#drn_raised .cic-headline").textContent()).toContain("Kent had");
      await expect.poll(() => page.locator("#drn_raised .cic-headline").textContent()).toContain("dispute resolutions (disputes) raised");
      expect(await page.locator("#drn_raised-category svg").textContent()).not.toContain("Other ethnic group");
      // The median time is set against the Handbook's standard, drawn as a labelled line.
      expect(await page.locator("#drn_time_to_resolve svg").textContent()).toContain("about 20 working days (IRO Handbook)");
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("Social worker continuity", () => {
  it("says which years have no figure and why, and never draws them as zero", async () => {
    const data = dataFile<{measures: Row[]}>("social-workers");
    const quality = dataFile<{files: {la: string; year: string; table: string | null}[]}>("quality");
    const years = (la: string) => [...new Set(quality.files.filter((f) => f.la === la).map((f) => f.year))];
    const computed = new Set(data.measures.filter((r) => r.la === "887" && r.measure === "sw_continuity").map((r) => r.year));
    const missingEarly = years("887").filter((y) => y < "2023-24" && !computed.has(y)).sort();
    const {page, errors} = await visit("/social-workers?la=887");
    try {
      await page.waitForSelector("#sw_continuity svg");
      if (missingEarly.length) {
        const note = await page.locator(".cic-gap").textContent();
        expect(note).toContain(`No figure for Medway for ${missingEarly[0]}`);
        expect(note).toContain("2023-24 return");
      }
      // The table under the chart has Medway rows only for years with a figure.
      const tableYears = await page.$$eval("#sw_continuity table tbody tr", (trs) => trs.map((tr) => tr.children[1]!.textContent));
      for (const y of tableYears) expect(computed.has(y!)).toBe(true);
      expect(await page.locator("#sw_instability_3plus h2").textContent()).toBe("Three or more social workers in the year");
      await page.screenshot({path: join(shots, "pages-b-social-workers.png"), fullPage: true});
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("Reviews", () => {
  it("explains every participation code in words and shows Kent's code-by-age table", async () => {
    const {page, errors} = await visit("/reviews?la=886");
    try {
      await page.waitForSelector("#reviews_held svg");
      expect(await page.locator("dl.cic-codes dt").allTextContents()).toEqual(["PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"]);
      expect(await page.locator("dl.cic-codes dd").first().textContent()).toBe("Child under 4");
      const table = page.locator("#review_participation-code-by-age");
      await expect.poll(() => table.locator("h2").textContent()).toContain("Kent publishes");
      expect(await table.locator("thead th").allTextContents()).toEqual(["Participation code", "Under 5", "5 to 9", "10 to 15", "16 and over"]);
      await page.screenshot({path: join(shots, "pages-b-reviews.png"), fullPage: true});
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("Data quality", () => {
  it("shows what was loaded, and never an identifier or a date of birth from the examples", async () => {
    const quality = dataFile<{source: string | null; files: unknown[]; examples: {rule: string; column: string | null; value: string | null}[]}>("quality");
    // Only code and number rules may carry a value in the public build.
    for (const e of quality.examples) {
      if (e.value !== null) expect(["code_unknown", "code_invalid_for_year", "number_invalid", "number_out_of_range"]).toContain(e.rule);
      if (["CHILD", "UPN", "SW_ID", "IRO_ID", "DRN_ID", "DOB", "MC_DOB"].includes(e.column ?? "")) expect(e.value).toBeNull();
    }
    const {page, errors} = await visit("/data-quality?year=all");
    try {
      await page.waitForSelector("table.cic-table");
      const headline = await page.locator(".cic-headline").first().textContent();
      if (quality.source) expect(headline).toMatch(/^The [\d,]+ files for \d+ councils? over \d+ years? held [\d,]+ rows/);
      else expect(headline).toBe("This build has no record of which files were loaded.");
      const text = await page.locator("main").textContent();
      // Demo and real child ids look like D887C000005; dates of birth like 16/07/2006.
      expect(text).not.toMatch(/\b[A-Z]\d{3}C\d{6}\b/);
      expect(text).not.toMatch(/\b\d{2}\/\d{2}\/\d{4}\b/);
      await page.screenshot({path: join(shots, "pages-b-data-quality.png"), fullPage: true});
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("phone width", () => {
  for (const path of ["/social-workers", "/disputes", "/reviews", "/data-quality", "/definitions"]) {
    it(`${path} at 390px has no sideways page scroll`, async () => {
      const {page, errors} = await visit(path);
      try {
        await page.setViewportSize({width: 390, height: 844});
        await page.waitForSelector("main h1");
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        await page.screenshot({path: join(shots, `pages-b${path.replace("/", "-")}-390px.png`), fullPage: true});
        expect(overflow).toBeLessThanOrEqual(0);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
