// npm run report -- --la 887 --year 2024-25 --out report.pdf
// The annual-report figures pack (src/report.md) as an A4 PDF for committee papers: builds the site if
// dist/ has no report page, serves it on a free localhost port, prints it with Debian's Chromium and stops.
//   --la       LA number (default: the site's first council)
//   --year     collection year, e.g. 2024-25 (default: the latest)
//   --out      the PDF (default report-<la>-<year>.pdf)
//   --site     the built site folder (default dist/, or SITE_DIR)
import {existsSync} from "node:fs";
import type {Server} from "node:http";
import type {AddressInfo} from "node:net";
import {resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {chromium, type Page} from "playwright-core";
import {startServer} from "./serve.js";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));

// A4 less the @page margins of src/print.css (14 mm each side, 14 mm top, 16 mm bottom), in CSS pixels.
const mm = 96 / 25.4;
export const printWidth = Math.floor((210 - 28) * mm);
export const printHeight = Math.floor((297 - 30) * mm);

export interface ReportOptions { la?: string; year?: string; out: string; site?: string }

export interface FigureBox { id: string; headline: string; definition: string; chart: boolean; height: number }

function log(message: string): void {
  console.log(`report: ${message}`);
}

async function ensureSite(site: string): Promise<void> {
  if (existsSync(resolve(site, "report.html"))) return;
  log(`${site} has no report page: building the site`);
  const {build} = await import("./build.js");
  const previous = process.env.CIC_OUTPUT;
  process.env.CIC_OUTPUT = site;
  try {
    await build();
  } finally {
    if (previous === undefined) delete process.env.CIC_OUTPUT;
    else process.env.CIC_OUTPUT = previous;
  }
}

/** Open the pack with print styles at the printed width and wait until every figure is drawn. */
export async function openPack(page: Page, origin: string, la?: string, year?: string): Promise<void> {
  await page.setViewportSize({width: printWidth, height: printHeight});
  await page.emulateMedia({media: "print"});
  const query = new URLSearchParams();
  if (la) query.set("la", la);
  if (year) query.set("year", year);
  await page.goto(`${origin}/report${query.size ? `?${query}` : ""}`, {waitUntil: "networkidle"});
  await page.waitForSelector(".cic-pack-end", {timeout: 60_000});
  // Tables print open (print.css does it too, with ::details-content; this covers older Chromium).
  await page.evaluate(() => { for (const d of document.querySelectorAll("details")) d.open = true; });
  await page.evaluate(() => document.fonts.ready);
}

/** Each figure's height at the printed width: one taller than a page could not be kept whole. */
export async function figureBoxes(page: Page): Promise<FigureBox[]> {
  return page.$$eval(".cic-figure", (els) => els.map((el) => ({
    id: el.id,
    headline: el.querySelector(".cic-headline")?.textContent ?? "",
    definition: el.querySelector(".cic-definition")?.textContent ?? "",
    chart: Boolean(el.querySelector(".cic-chart svg")),
    height: el.getBoundingClientRect().height
  })));
}

/** How far the page is wider than the printed width: Chromium would shrink the whole print to fit it. */
export async function overflow(page: Page): Promise<number> {
  return page.evaluate((w) => document.documentElement.scrollWidth - w, printWidth);
}

function footer(label: string): string {
  // Chromium fills pageNumber/totalPages; the template has no page styles, so it sets its own font.
  return `<div style="width:100%;font-family:system-ui,Arial,sans-serif;font-size:8pt;color:#3D3D3D;padding:0 14mm;display:flex;justify-content:space-between">` +
    `<span>${label.replace(/[<&]/g, "")}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

export async function renderReport(options: ReportOptions): Promise<{pdf: string; figures: FigureBox[]; tooTall: FigureBox[]; overflow: number}> {
  const site = resolve(root, options.site ?? process.env.SITE_DIR ?? "dist");
  await ensureSite(site);
  const server: Server = await startServer({root: site, port: 0});
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
  });
  try {
    const page = await browser.newPage();
    // Nothing but this site: the pack must print offline.
    await page.route("**/*", (route) => (route.request().url().startsWith(origin) || /^(blob|data):/.test(route.request().url()) ? route.continue() : route.abort()));
    await openPack(page, origin, options.la, options.year);
    const figures = await figureBoxes(page);
    const tooTall = figures.filter((f) => f.height > printHeight);
    const wider = await overflow(page);
    if (wider > 0) log(`warning: the page is ${wider}px wider than A4's printed width; Chromium will shrink it to fit`);
    for (const f of tooTall) log(`warning: figure ${f.id} is ${Math.round(f.height)}px, taller than a page (${printHeight}px): it will break`);
    const label = await page.evaluate(() => document.querySelector(".cic-cover h1")?.textContent ?? document.title);
    const pdf = resolve(process.cwd(), options.out);
    await page.pdf({
      path: pdf, format: "A4", printBackground: true, preferCSSPageSize: true,
      displayHeaderFooter: true, headerTemplate: "<div></div>", footerTemplate: footer(label)
    });
    log(`${figures.length} figures written to ${pdf}`);
    return {pdf, figures, tooTall, overflow: wider};
  } finally {
    await browser.close();
    await new Promise((done) => server.close(() => done(undefined)));
  }
}

function argument(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const la = argument(args, "la");
  const year = argument(args, "year");
  if (year && !/^\d{4}-\d{2}$/.test(year)) {
    console.error("report: --year looks like 2024-25");
    process.exit(1);
  }
  try {
    await renderReport({la, year, out: argument(args, "out") ?? `report-${la ?? "la"}-${year ?? "latest"}.pdf`, site: argument(args, "site")});
  } catch (error) {
    console.error(`report: ${(error as Error).message}`);
    process.exit(1);
  }
}
