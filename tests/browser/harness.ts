// Shared by every browser test file: each site is built at most once per test run, whichever file
// asks first, and never two builds at once (they share Framework's cache in src/.observablehq).
// Vitest runs test files in parallel workers, so the "once" is a lock file plus a done marker per run
// (the run id comes from tests/global-setup.ts).
import {spawn} from "node:child_process";
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import type {Server} from "node:http";
import type {AddressInfo} from "node:net";
import {mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {chromium, type BrowserContext, type Page} from "playwright-core";
import {startServer} from "../../scripts/serve.js";

export const root = resolve(import.meta.dirname, "..", "..");
export const shots = join(root, "test-artifacts", "screenshots");
const tmp = join(root, ".tmp");

export type SiteName = "real" | "fixture" | "analyst";

interface BuildSpec { args: string[]; env: Record<string, string>; buildDir: string }

const specs: Record<SiteName, BuildSpec> = {
  // As `npm run build` does it: CIC_INPUT if set, else data/extracts or the generated demo.
  real: {args: [], env: {}, buildDir: join(tmp, "build")},
  // Hand-made figures, so headlines can be checked exactly.
  fixture: {args: [], env: {CIC_BUILD_DIR: join(root, "tests", "browser", "fixtures", "build")}, buildDir: join(root, "tests", "browser", "fixtures", "build")},
  analyst: {args: ["--analyst"], env: {}, buildDir: join(tmp, "build-analyst")}
};

export function distDir(name: SiteName): string {
  return join(tmp, `browser-dist-${name}`);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function withBuildLock<T>(run: string, body: () => Promise<T>): Promise<T> {
  const lock = join(tmp, "browser-build.lock");
  mkdirSync(tmp, {recursive: true});
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "run"), run);
      break;
    } catch {
      // A lock left by an earlier, killed run is stale.
      let owner = "";
      try { owner = readFileSync(join(lock, "run"), "utf8"); } catch { /* being written */ }
      if (owner && owner !== run) rmSync(lock, {recursive: true, force: true});
      else await sleep(500);
    }
  }
  try {
    return await body();
  } finally {
    rmSync(lock, {recursive: true, force: true});
  }
}

async function runBuild(name: SiteName): Promise<void> {
  const spec = specs[name];
  // Only what this build sets: a CIC_BUILD_DIR in the caller's environment must not leak into another build.
  const {CIC_BUILD_DIR: _dir, CIC_OUTPUT: _out, ...inherited} = process.env;
  // Asynchronous: a blocking spawnSync starves vitest's worker RPC during a minute-long build.
  const child = spawn(join(root, "node_modules", ".bin", "tsx"), ["scripts/build.ts", ...spec.args],
    {cwd: root, env: {...inherited, ...spec.env, CIC_OUTPUT: distDir(name)}});
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const status = await new Promise<number | null>((done) => child.on("close", done));
  if (status !== 0) throw new Error(`${name} build failed:\n${output}`);
}

/** Builds the named site once per test run and returns its output folder. */
export async function builtSite(name: SiteName): Promise<string> {
  const run = process.env.CIC_TEST_RUN ?? `adhoc-${process.pid}`;
  const done = join(tmp, `browser-build-${name}.done`);
  const isDone = () => existsSync(done) && readFileSync(done, "utf8") === run;
  if (!isDone()) {
    await withBuildLock(run, async () => {
      if (isDone()) return;
      rmSync(done, {force: true});
      await runBuild(name);
      writeFileSync(done, run);
    });
  }
  return distDir(name);
}

export interface Site { name: SiteName; server: Server; origin: string; synthetic: boolean; dir: string }

export async function serveSite(name: SiteName): Promise<Site> {
  const dir = await builtSite(name);
  const info = join(specs[name].buildDir, "build-info.json");
  const synthetic = existsSync(info) && Boolean((JSON.parse(readFileSync(info, "utf8")) as {synthetic?: boolean}).synthetic);
  const server = await startServer({root: dir, port: 0});
  return {name, server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, synthetic, dir};
}

export async function closeSite(site: Site | null | undefined): Promise<void> {
  if (site) await new Promise((done) => site.server.close(() => done(undefined)));
}

export interface Browser { context: BrowserContext; close(): Promise<void> }

export async function launchBrowser(viewport = {width: 1280, height: 900}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "cic-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport
  });
  mkdirSync(shots, {recursive: true});
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, {recursive: true, force: true});
    }
  };
}

export interface Visit { page: Page; errors: string[]; foreign: string[] }

/** Opens a page, recording console errors and aborting (and recording) any request to another host. */
export async function visit(context: BrowserContext, site: Site, path: string): Promise<Visit> {
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on("console", (msg) => { if (msg.type() === "error") errors.push(msg.text()); });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    // blob: and data: URLs never reach the network; everything else must be this site.
    if (url.startsWith(site.origin) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await page.goto(`${site.origin}${path}`, {waitUntil: "networkidle"});
  return {page, errors, foreign};
}

const axeSource = readFileSync(join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");

/** axe-core's WCAG 2.2 AA violations on the page, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({content: axeSource});
  return page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (c: Document, o: object) => Promise<{violations: Array<{id: string; help: string; nodes: Array<{target: string[]}>}>}>}}).axe;
    const result = await axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}});
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")})`);
  });
}

export function shotName(path: string): string {
  return path === "/" ? "index" : path.slice(1).replace(/[/?&=]/g, "_");
}
