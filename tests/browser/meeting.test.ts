// Meeting mode (src/components/meeting.ts) in Chromium on the fixture build, keyboard only: enter it, move
// with arrows / Page Up / Page Down / Home / End across two pages, jump from the agenda, leave with Escape.
// Checks the visible figure, the URL's position, focus, the live announcement and projector sizes.
import type {Server} from "node:http";
import type {AddressInfo} from "node:net";
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {chromium, type BrowserContext, type Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {startServer} from "../../scripts/serve.js";
import {builtSite, root} from "../report/built-site.js";
import {pageName, pageSet} from "../../src/components/meeting.js";

describe("meeting page names", () => {
  it("names pages as ?pages= does, and keeps the current page in the set", () => {
    expect(pageName("/")).toBe("index");
    expect(pageName("/legal-status")).toBe("legal-status");
    expect(pageName("/sub/stability.html")).toBe("stability");
    expect(pageSet("index,legal-status", "legal-status")).toEqual(["index", "legal-status"]);
    // A page not in the list leads it, so its own figures can still be shown.
    expect(pageSet("index,legal-status", "reviews")).toEqual(["reviews", "index", "legal-status"]);
    expect(pageSet(null, "reviews")).toEqual(["reviews"]);
  });
});

let server: Server;
let origin = "";
let context: BrowserContext;
let profile = "";
const axeSource = readFileSync(join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");

beforeAll(async () => {
  const site = await builtSite("fixture");
  server = await startServer({root: site, port: 0});
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  profile = mkdtempSync(join(tmpdir(), "cic-meeting-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium", headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: {width: 1280, height: 800}
  });
}, 300_000);

afterAll(async () => {
  await context?.close();
  if (server) await new Promise((done) => server.close(() => done(undefined)));
  if (profile) rmSync(profile, {recursive: true, force: true});
});

async function open(path: string): Promise<{page: Page; errors: string[]}> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(`${origin}${path}`, {waitUntil: "networkidle"});
  // Attached, not visible: in meeting mode only one figure is on screen.
  await page.waitForSelector(".cic-figure svg", {state: "attached"});
  return {page, errors};
}

// The ids of the figures drawn, and which one is on screen.
const shown = (page: Page) => page.$$eval(".cic-figure", (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === "fixed" && getComputedStyle(e).display !== "none").map((e) => e.id));
const allIds = (page: Page) => page.$$eval(".cic-figure", (els) => els.map((e) => e.id));
// From the page itself: Playwright learns of history.replaceState asynchronously.
const param = (page: Page, key: string) => page.evaluate((k) => new URL(location.href).searchParams.get(k), key);

describe("meeting mode", () => {
  it("enters from the toggle, moves with the keys, keeps the position in the URL, and leaves with Escape", async () => {
    const {page, errors} = await open("/?la=887");
    try {
      const ids = await allIds(page);
      expect(ids.length).toBeGreaterThanOrEqual(3);
      await page.getByRole("button", {name: "Meeting mode"}).press("Enter");
      await expect.poll(() => shown(page)).toEqual([ids[0]]);
      expect(await param(page, "meeting")).toBe("1");
      expect(await param(page, "fig")).toBe("1");
      // Projector sizes: a headline of at least 32px and a chart most of the screen wide.
      const sizes = await page.$eval(".cic-meeting-current", (el) => ({
        headline: parseFloat(getComputedStyle(el.querySelector(".cic-headline")!).fontSize),
        chart: el.querySelector(".cic-chart svg")!.getBoundingClientRect().width
      }));
      expect(sizes.headline).toBeGreaterThanOrEqual(32);
      expect(sizes.chart).toBeGreaterThan(1280 * 0.8);
      // Council and year in the corner, from the page's own selections.
      await expect.poll(() => page.locator(".cic-meeting-where").textContent()).toContain("Medway");
      expect(await page.locator(".cic-meeting-where").textContent()).toContain("2024-25");

      await page.keyboard.press("ArrowRight");
      await expect.poll(() => shown(page)).toEqual([ids[1]]);
      expect(await param(page, "fig")).toBe("2");
      // Focus follows the figure, and a screen reader hears where it is.
      expect(await page.evaluate(() => document.activeElement?.closest(".cic-figure")?.id)).toBe(ids[1]);
      await expect.poll(() => page.locator(".cic-meeting-bar [role=status]").textContent()).toContain(`Figure 2 of ${ids.length}`);

      await page.keyboard.press("PageDown");
      await expect.poll(() => shown(page)).toEqual([ids[2]]);
      await page.keyboard.press("PageUp");
      await expect.poll(() => shown(page)).toEqual([ids[1]]);
      await page.keyboard.press("End");
      await expect.poll(() => shown(page)).toEqual([ids[ids.length - 1]]);
      expect(await param(page, "fig")).toBe(String(ids.length));
      await page.keyboard.press("Home");
      await expect.poll(() => shown(page)).toEqual([ids[0]]);

      // Reloading the URL reopens the same figure.
      await page.keyboard.press("ArrowDown");
      // location.href, not page.url(): Playwright learns of replaceState asynchronously.
      await page.goto(await page.evaluate(() => location.href), {waitUntil: "networkidle"});
      await expect.poll(() => shown(page)).toEqual([ids[1]]);

      await page.keyboard.press("Escape");
      await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains("cic-meeting"))).toBe(false);
      expect(await param(page, "meeting")).toBeNull();
      expect((await shown(page)).length).toBe(ids.length);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("moves past a page's last figure to the next page's first, and back", async () => {
    const {page, errors} = await open("/legal-status?la=887");
    const legalIds = await allIds(page);
    await page.close();
    const first = await open("/?la=887&meeting=1&pages=index,legal-status&fig=last");
    try {
      const p = first.page;
      const ids = await allIds(p);
      await expect.poll(() => shown(p)).toEqual([ids[ids.length - 1]]);
      await expect.poll(() => param(p, "fig")).toBe(String(ids.length));
      await p.keyboard.press("PageDown");
      await p.waitForURL(/\/legal-status\?/);
      await p.waitForSelector(".cic-meeting-current svg", {state: "attached"});
      await expect.poll(() => shown(p)).toEqual([legalIds[0]]);
      expect(await param(p, "pages")).toBe("index,legal-status");
      expect(await param(p, "la")).toBe("887");
      // The last page's end: Next is disabled there.
      await p.keyboard.press("End");
      await expect.poll(() => shown(p)).toEqual([legalIds[legalIds.length - 1]]);
      expect(await p.getByRole("button", {name: "Next"}).isDisabled()).toBe(true);
      await p.keyboard.press("Home");
      await p.waitForURL((url) => url.pathname === "/" || url.pathname.endsWith("/index"));
      await p.waitForSelector(".cic-meeting-current svg", {state: "attached"});
      await expect.poll(() => shown(p)).toEqual([ids[0]]);
      await p.keyboard.press("ArrowLeft");   // the first figure of the first page: nowhere to go
      await expect.poll(() => shown(p)).toEqual([ids[0]]);
      await p.keyboard.press("PageDown");
      await p.keyboard.press("PageUp");
      await expect.poll(() => shown(p)).toEqual([ids[0]]);
      // From the first figure of the second page, back goes to the last figure of the first.
      await p.goto(`${origin}/legal-status?la=887&meeting=1&pages=index,legal-status&fig=1`, {waitUntil: "networkidle"});
      await p.waitForSelector(".cic-meeting-current svg", {state: "attached"});
      await p.keyboard.press("PageUp");
      await p.waitForURL((url) => url.pathname === "/" || url.pathname.endsWith("/index"));
      await p.waitForSelector(".cic-meeting-current svg", {state: "attached"});
      await expect.poll(() => shown(p)).toEqual([ids[ids.length - 1]]);
      expect([...errors, ...first.errors]).toEqual([]);
    } finally {
      await first.page.close();
    }
  });

  it("jumps from the agenda with the keyboard, and is accessible in meeting mode", async () => {
    const {page, errors} = await open("/?la=887&meeting=1&pages=index,legal-status&fig=1");
    try {
      const ids = await allIds(page);
      const titles = await page.$$eval(".cic-figure", (els) => els.map((e) => e.querySelector("h2, h3")?.textContent ?? ""));
      await expect.poll(() => shown(page)).toEqual([ids[0]]);
      await page.keyboard.press("g");
      await expect.poll(() => page.locator("dialog.cic-meeting-agenda").evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      // Focus starts on the current figure's entry; Tab twice reaches the third figure.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(titles[0]);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(titles[2]);
      await page.keyboard.press("Enter");
      await expect.poll(() => shown(page)).toEqual([ids[2]]);
      expect(await param(page, "fig")).toBe("3");
      expect(await page.evaluate(() => document.activeElement?.closest(".cic-figure")?.id)).toBe(ids[2]);
      // The agenda names the other page as a link to its first figure.
      await page.keyboard.press("g");
      const link = await page.locator("dialog.cic-meeting-agenda a").getAttribute("href");
      expect(link).toContain("legal-status");
      expect(link).toContain("fig=1");
      await page.keyboard.press("Escape");   // closes the agenda only
      await expect.poll(() => page.locator("dialog.cic-meeting-agenda").evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      expect(await page.evaluate(() => document.documentElement.classList.contains("cic-meeting"))).toBe(true);

      await page.addScriptTag({content: axeSource});
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as {axe: {run: (c: Document, o: object) => Promise<{violations: Array<{id: string; nodes: Array<{target: string[]}>}>}>}}).axe;
        const result = await axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}});
        return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}`);
      });
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
