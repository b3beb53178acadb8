// Observable Framework configuration. Everything here must work with no network: no Google Fonts
// (globalStylesheets), no DuckDB extensions fetched from extensions.duckdb.org, no favicon request.
// scripts/build.ts sets CIC_BUILD_DIR (the computed measures) and CIC_OUTPUT; the defaults let
// `npm run dev` preview the last build.
import {existsSync, readFileSync} from "node:fs";
import {join, posix, resolve} from "node:path";
import {meetingHead} from "./src/components/meeting-head.js";

const root = import.meta.dirname ?? process.cwd();
const buildDir = resolve(root, process.env.CIC_BUILD_DIR ?? ".tmp/build");
const analyst = process.env.CIC_ANALYST === "1";

// The list the sidebar, the browser tests and docs/site.md all follow.
export const pages = [
  {name: "Overview", path: "/"},
  {name: "Legal status", path: "/legal-status"},
  {name: "Who is in care", path: "/who-is-in-care"},
  {name: "Where children live", path: "/where-children-live"},
  {name: "Stability", path: "/stability"},
  {name: "Social worker continuity", path: "/social-workers"},
  {name: "Disputes (DRNs)", path: "/disputes"},
  {name: "Reviews", path: "/reviews"},
  {name: "Entering and leaving care", path: "/entering-leaving"},
  {name: "Compare councils", path: "/compare"},
  {name: "Reconciliation", path: "/reconciliation"},
  {name: "Data quality", path: "/data-quality"},
  {name: "Definitions", path: "/definitions"}
];

function synthetic(): boolean {
  const file = join(buildDir, "build-info.json");
  if (!existsSync(file)) return false;
  return Boolean((JSON.parse(readFileSync(file, "utf8")) as {synthetic?: boolean}).synthetic);
}

// Banners are static HTML in every page, so they show even if a page's scripts fail.
function banners(): string {
  const parts: string[] = [];
  if (analyst) {
    parts.push(`<p class="banner banner-analyst" role="note"><strong>OFFICIAL-SENSITIVE: not for publication.</strong> Analyst build.</p>`);
  }
  if (synthetic()) {
    parts.push(`<p class="banner banner-demo" role="note"><strong>Synthetic demonstration data</strong>, modelled on figures published by DfE and the councils — not real children.</p>`);
  }
  return parts.join("");
}

// Framework 1.13 fetches a page's FileAttachments only once every module has loaded and run, and the
// first cell awaits its data file: preloading them from the head overlaps that fetch with the modules.
// Every page awaits each of its attachments before its first figure, so none is fetched needlessly.
// `crossorigin` makes the preload's credentials mode match fetch()'s, so the browser reuses it.
const sourceRoot = join(root, "src");
const meeting = meetingHead(pages);

// Paths in the config's head are from the site root; a page's FileAttachment paths are from its folder.
// Only double-quoted literal paths are found, as every page writes them (Framework needs a literal anyway).
function dataPreloads(path: string, source: string): string {
  const files = new Set([...source.matchAll(/FileAttachment\(\s*"([^"]+)"\s*\)/g)].map((m) => posix.join(posix.dirname(path), m[1]!)));
  return [...files].map((file) => `<link rel="preload" as="fetch" href="${file}" crossorigin>`).join("");
}

function head({path}: {path: string}): string {
  const source = join(sourceRoot, `${path}.md`);
  const preloads = existsSync(source) ? dataPreloads(path, readFileSync(source, "utf8")) : "";
  return `<link rel="icon" href="data:,">${analyst ? `<meta name="robots" content="noindex">` : ""}${preloads}${meeting}`;
}

export default {
  root: "src",
  output: process.env.CIC_OUTPUT ?? (analyst ? "dist-analyst" : "dist"),
  title: "Children in care and IRO service",
  pages: pages.filter((p) => p.path !== "/"),
  pager: true,
  toc: false,
  search: false,
  style: "style.css",
  globalStylesheets: [],
  duckdb: {extensions: {json: null, parquet: null}},
  // meetingHead: meeting mode's toggle and keys on every page (src/components/meeting.ts).
  head,
  header: banners(),
  footer: `Figures computed from SSDA903 case-level extracts. Comparators: DfE Local Authority Interactive Tool (Open Government Licence v3). <a href="./definitions">Definitions</a>.`
};
