// The annual-report figures pack as a PDF (scripts/report.ts): page count, every figure present, none cut.
// Needs pdfinfo and pdftotext (poppler-utils; .ci/run installs them) and /usr/bin/chromium.
import {execFileSync} from "node:child_process";
import {rmSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {printHeight, renderReport, type FigureBox} from "../../scripts/report.js";
import {builtSite, root} from "./built-site.js";

const pdf = join(root, ".tmp", "report-test.pdf");
let result: {figures: FigureBox[]; tooTall: FigureBox[]; overflow: number};
let pages: string[] = [];

// Whitespace collapsed: pdftotext breaks lines where the PDF does.
const flat = (text: string) => text.replace(/\s+/g, " ").trim();

beforeAll(async () => {
  // The real pipeline's build: every figure of the pack has data there.
  const site = await builtSite("real");
  rmSync(pdf, {force: true});
  result = await renderReport({la: "887", year: "2024-25", out: pdf, site});
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], {encoding: "utf8"}))![1]);
  pages = Array.from({length: count}, (_, i) => flat(execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), pdf, "-"], {encoding: "utf8"})));
}, 600_000);

afterAll(() => rmSync(pdf, {force: true}));

describe("the figures pack PDF", () => {
  it("has a cover, then pages numbered 'Page n of N' in the footer", () => {
    // Cover + at least one page of figures; at most a page per figure and a few for sections and narratives.
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(1 + result.figures.length * 2);
    expect(pages[0]).toContain("Medway: children in care and IRO service, 2024-25");
    expect(pages[0]).toMatch(/Built \d{1,2} [A-Z][a-z]+ \d{4}/);
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it("carries every figure of an IRO annual report, each with a chart", () => {
    const ids = result.figures.map((f) => f.id);
    for (const id of ["cla_count", "cla_by_legal_status-at_start", "cla_by_legal_status-at_end", "cla_by_age_band-at_end", "cla_by_gender-at_end",
      "cla_by_ethnicity-at_end", "uasc_count", "placed_over_20_miles", "placements_3plus", "long_term_stability", "sw_continuity",
      "reviews_in_timescale", "review_participation", "drn_raised", "iro_caseload", "starts", "ceased"]) expect(ids).toContain(id);
    const all = pages.join(" ");
    for (const f of result.figures) {
      expect(f.chart, `${f.id} has a chart`).toBe(true);
      expect(all, `${f.id}'s headline is in the PDF`).toContain(flat(f.headline).slice(0, 60));
    }
  });

  it("cuts no figure: each fits a page at the printed width, and its headline and definition share a PDF page", () => {
    expect(result.overflow).toBeLessThanOrEqual(0);
    expect(result.tooTall.map((f) => `${f.id} ${Math.round(f.height)}px > ${printHeight}px`)).toEqual([]);
    for (const f of result.figures) {
      const page = pages.findIndex((text) => text.includes(flat(f.headline).slice(0, 60)));
      expect(page, `${f.id} found`).toBeGreaterThan(0);
      if (f.definition) expect(pages[page], `${f.id}: definition on the headline's page`).toContain(flat(f.definition).slice(0, 50));
    }
  });
});
