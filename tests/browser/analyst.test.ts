// The analyst build (npm run build:analyst, from the demo extracts) against the public build:
//  - every analyst page carries the OFFICIAL-SENSITIVE banner and robots noindex, nofollow; the marker file is there;
//  - the cohort explorer renders offline, accessibly, and a filter change updates the cross-tab;
//  - the public build has no analyst page or child-level file, passes the leak check, and is publishable;
//    the analyst build is refused by the publish step (and passes the leak check too: no identifier in it).
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {analystBanner, pages as analystPages} from "../../observablehq.analyst.config.js";
import {pages as publicPages} from "../../observablehq.config.js";
import {leakCheck} from "../../scripts/leak-check.js";
import {publish, publishProblems} from "../../scripts/publish.js";
import {axeViolations, builtSite, closeSite, launchBrowser, root, serveSite, shots, visit, type Browser, type Site} from "./harness.js";

let site: Site;
let publicDir: string;
let browser: Browser;
const input = join(root, process.env.CIC_INPUT ?? "data/extracts");

beforeAll(async () => {
  site = await serveSite("analyst");
  browser = await launchBrowser();
}, 1_200_000);

afterAll(async () => {
  await browser?.close();
  await closeSite(site);
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [relative(dir, file)];
  });
}

// Other test runs in the same working tree may be rebuilding the shared public site while this reads it.
function readIfThere(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

const htmlFile = (path: string) => (path === "/" ? "index.html" : `${path.slice(1)}.html`);

describe("the analyst build", () => {
  it("builds every public page and the explorer, each with the banner and noindex, nofollow", () => {
    expect(existsSync(join(site.dir, "ANALYST-BUILD"))).toBe(true);
    expect(analystPages.map((p) => p.path)).toEqual(expect.arrayContaining([...publicPages.map((p) => p.path), "/cohort-explorer"]));
    const html = filesUnder(site.dir).filter((f) => f.endsWith(".html"));
    for (const p of analystPages) expect(html).toContain(htmlFile(p.path));
    for (const file of html) {
      const text = readFileSync(join(site.dir, file), "utf8");
      expect(text, file).toContain(analystBanner);
      expect(text, file).toMatch(/<meta name="robots" content="noindex, nofollow">/);
    }
  });

  it("the cohort explorer renders offline and accessibly, and a filter change updates the cross-tab", async () => {
    const {page, errors, foreign} = await visit(browser.context, site, "/cohort-explorer");
    try {
      await page.waitForSelector(".cic-crosstab", {timeout: 30_000});
      await expect.poll(() => page.locator(".banner-analyst").textContent()).toContain("OFFICIAL-SENSITIVE");
      const summary = page.locator(".cic-explorer .cic-headline");
      const total = () => page.locator(".cic-crosstab tbody tr.total td").last().textContent();
      // Default view: every council, the latest year.
      const both = Number((await total())!.replace(/,/g, ""));
      expect(both).toBeGreaterThan(0);
      await page.selectOption("select[name=f_la]", "887");
      await expect.poll(async () => Number((await total())!.replace(/,/g, ""))).toBeLessThan(both);
      const medway = Number((await total())!.replace(/,/g, ""));
      expect(await summary.textContent()).toContain(`${medway} children match`);
      expect(page.url()).toContain("f_la=887");
      // Row percentages: every row's total is 100.0.
      await page.selectOption("select[name=show]", "row");
      await expect.poll(() => page.locator(".cic-crosstab caption").textContent()).toContain("% of the row");
      const rowTotals = await page.$$eval(".cic-crosstab tbody tr:not(.total)", (rows) => rows.map((r) => r.lastElementChild?.textContent));
      expect(rowTotals.every((t) => t === "100.0")).toBe(true);
      // A second dimension in the columns redraws the table with its values.
      await page.selectOption("select[name=cols]", "gender");
      await expect.poll(() => page.locator(".cic-crosstab thead").textContent()).toContain("Female");
      expect(await page.locator(".cic-chart svg").count()).toBe(1);
      const links = await page.$$eval(".cic-downloads a", (as) => as.map((a) => ({href: (a as HTMLAnchorElement).href, download: (a as HTMLAnchorElement).download})));
      expect(links.map((l) => l.download)).toEqual(["cohort-legal_status_group-by-gender.csv", "cohort-children.csv"]);
      expect(links[0]!.href).toMatch(/^blob:/);
      // The filtered rows: Medway's children of the latest year, one line each after the header.
      const [file] = await Promise.all([page.waitForEvent("download"), page.locator(".cic-downloads a").nth(1).click()]);
      const rowsText = readFileSync((await file.path())!, "utf8").trim().split("\n");
      expect(rowsText).toHaveLength(medway + 1);
      expect(rowsText[0]).toMatch(/^la,year,key,birth_month,/);
      expect(rowsText.slice(1).every((l) => l.startsWith("887,"))).toBe(true);
      await page.screenshot({path: join(shots, "analyst-cohort-explorer.png"), fullPage: true});
      expect(await axeViolations(page)).toEqual([]);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("every other analyst page renders offline without errors", async () => {
    for (const {path} of analystPages.filter((p) => p.path !== "/cohort-explorer")) {
      const {page, errors, foreign} = await visit(browser.context, site, path);
      try {
        expect(await page.locator(".banner-analyst").count(), path).toBe(1);
        expect(foreign, path).toEqual([]);
        expect(errors, path).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it("has no input identifier in the explorer's page, modules or child table (pseudonymised)", async () => {
    const hits = await leakCheck({dir: site.dir, input});
    expect(hits.filter((h) => /analyst\/|cohort-explorer/.test(h.file))).toEqual([]);
  });

  // The library bundles (_npm/) are the public build's own, byte for byte; the public test scans them.
  it("has no input identifier in any other page or data file either", async () => {
    const hits = await leakCheck({dir: site.dir, input});
    expect(hits.filter((h) => !h.file.startsWith("_npm/"))).toEqual([]);
  });

  it("is refused by the publish step", () => {
    const problems = publishProblems(site.dir);
    expect(problems).toContain("ANALYST-BUILD marker found: this is an analyst build");
    const dest = mkdtempSync(join(tmpdir(), "cic-publish-"));
    try {
      expect(() => publish(site.dir, join(dest, "site"))).toThrow(/refusing to publish/);
      expect(existsSync(join(dest, "site"))).toBe(false);
    } finally {
      rmSync(dest, {recursive: true, force: true});
    }
  });
});

describe("the public build", () => {
  beforeAll(async () => {
    publicDir = await builtSite("real");
  }, 1_200_000);

  it("has no analyst page, child-level file, banner or noindex", () => {
    const files = filesUnder(publicDir);
    expect(files.filter((f) => /cohort-explorer|analyst/i.test(f))).toEqual([]);
    expect(existsSync(join(publicDir, "ANALYST-BUILD"))).toBe(false);
    for (const file of files.filter((f) => /\.(html|js|json)$/.test(f))) {
      const text = readIfThere(join(publicDir, file));
      if (text === null) continue;
      expect(text, file).not.toMatch(/class="[^"]*banner-analyst|<strong>OFFICIAL-SENSITIVE/);
      expect(text, file).not.toMatch(/"birth_month"|"days_in_care"/);
    }
    expect(publishProblems(publicDir)).toEqual([]);
  });

  it("passes the leak check", async () => {
    expect(await leakCheck({dir: publicDir, input})).toEqual([]);
  });
});
