// The pipeline at a given number of councils: scale data (generated once, reused while its manifest
// matches), then ingest, measures and the full site build, each as a child process, `runs` times.
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, readdirSync, symlinkSync} from "node:fs";
import {join} from "node:path";
import {MANIFEST, type Manifest} from "../loaders/demo/scale.js";
import {median, round} from "./stats.js";
import {root, runStep, runStepRetry, type StepResult} from "./step.js";

export interface StepSummary {
  seconds: number;        // median wall clock
  cpuSeconds: number;     // median user + system
  maxRssMb: number;       // the highest of the runs
  runs: number[];         // each run's wall clock
  load: number[];         // the 1-minute load average after each run (a busy machine inflates wall time)
}

export interface SizeResult {
  councils: number;
  years: number;
  rows: number;                 // CSV data rows in the input
  inputMb: number;
  children: number;
  generateSeconds: number;
  ingest: StepSummary & {rowsPerSecond: number; warehouseMb: number};
  measures: StepSummary & {measureRows: number};
  build: StepSummary | null;    // null when skipped
  rebuild?: RebuildResult;
}

/** The warehouse and measures as the site build makes them (bench/steps/data.ts), before and after one council's new year. */
export interface RebuildResult {
  council: string;
  year: number;
  first: StepSummary;     // every council but that year, from an empty cache: ingest (cached) + measures
  rebuild: StepSummary;   // the same after adding that council's year
}

export function scaleDir(councils: number, years = 10): string {
  return join(root, ".tmp", "scale", `${councils}x${years}`);
}

function readManifest(dir: string): Manifest | null {
  const file = join(dir, MANIFEST);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Manifest) : null;
}

/** The scale set for `councils` x `years`, generated unless an up-to-date one is there. */
export async function ensureScaleSet(councils: number, years: number, regenerate: boolean, log: (m: string) => void): Promise<Manifest> {
  const dir = scaleDir(councils, years);
  const have = readManifest(dir);
  if (!regenerate && have && have.councils.length === councils && have.years.length === years) return have;
  log(`generating ${councils} councils x ${years} years into ${dir}`);
  await runStep({script: "loaders/demo/scale-cli.ts", args: ["--scale", String(councils), "--years", String(years), "--out", dir],
    log: join(root, ".tmp", "bench", "logs", `generate-${councils}x${years}.log`)});
  return readManifest(dir)!;
}

export function summary(results: StepResult[]): StepSummary {
  return {
    seconds: round(median(results.map((r) => r.seconds)), 2),
    cpuSeconds: round(median(results.map((r) => r.cpuSeconds)), 2),
    maxRssMb: Math.max(...results.map((r) => r.maxRssMb)),
    runs: results.map((r) => round(r.seconds, 2)),
    load: results.map((r) => round(r.load, 1))
  };
}

function folderMb(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size / 1e6;
  return readdirSync(path).reduce((s, name) => s + folderMb(join(path, name)), 0);
}

export interface SizeOptions { councils: number; years: number; runs: number; buildRuns: number; build: boolean; regenerate: boolean; log: (m: string) => void }

export async function benchSize(o: SizeOptions): Promise<SizeResult> {
  const manifest = await ensureScaleSet(o.councils, o.years, o.regenerate, o.log);
  const input = scaleDir(o.councils, o.years);
  const work = join(root, ".tmp", "bench", `${o.councils}x${o.years}`);
  const logs = join(root, ".tmp", "bench", "logs");
  const db = join(work, "warehouse.duckdb");
  const ingest: StepResult[] = [];
  const measures: StepResult[] = [];
  let warehouseMb = 0;
  for (let run = 1; run <= o.runs; run++) {
    // Each measures run gets a freshly ingested warehouse, as a build does.
    o.log(`${o.councils} councils: ingest ${run}/${o.runs}`);
    // --no-cache: every run reads every file (the cache is measured below, in the rebuild).
    ingest.push(await runStep({script: "loaders/ingest/cli.ts", args: ["--input", input, "--db", db, "--no-cache"], log: join(logs, `ingest-${o.councils}.log`)}));
    warehouseMb = folderMb(db);
    o.log(`${o.councils} councils: measures ${run}/${o.runs} (ingest ${round(ingest.at(-1)!.seconds)}s)`);
    measures.push(await runStep({script: "bench/steps/measures.ts", args: [db, join(work, "measures.json")], log: join(logs, `measures-${o.councils}.log`)}));
  }
  const measureRows = Number(/(\d+) measure rows/.exec(readFileSync(join(logs, `measures-${o.councils}.log`), "utf8"))?.[1] ?? 0);
  const builds: StepResult[] = [];
  if (o.build) {
    for (let run = 1; run <= o.buildRuns; run++) {
      o.log(`${o.councils} councils: site build ${run}/${o.buildRuns}`);
      const built = await runStepRetry({script: "scripts/build.ts", env: {CIC_INPUT: input, CIC_OUTPUT: join(work, "dist")}, log: join(logs, `build-${o.councils}.log`)}, o.log);
      if (built) builds.push(built);
    }
  }
  const ingestSummary = summary(ingest);
  const rebuild = await benchRebuild(o, manifest, input, work, logs);
  return {
    rebuild,
    councils: o.councils, years: o.years, rows: manifest.rows, inputMb: round(manifest.bytes / 1e6, 0), children: manifest.children,
    generateSeconds: manifest.generatedSeconds,
    ingest: {...ingestSummary, rowsPerSecond: Math.round(manifest.rows / ingestSummary.seconds), warehouseMb: round(warehouseMb, 0)},
    measures: {...summary(measures), measureRows},
    build: builds.length ? summary(builds) : null
  };
}

/**
 * "Rebuilding after one council's new year": the input without the largest council's last year is built
 * once from an empty cache (the first build), then that year is added and the data rebuilt, as the site
 * build does it (ingest cache, warehouse updated in place, measures only for the changed council).
 */
async function benchRebuild(o: SizeOptions, manifest: Manifest, input: string, work: string, logs: string): Promise<RebuildResult> {
  const council = [...manifest.perCouncil].sort((a, b) => b.rows - a.rows)[0]!.la;
  const year = Math.max(...manifest.years);
  const partial = join(work, "rebuild-input");
  const cache = join(work, "rebuild-cache");
  const db = join(work, "rebuild.duckdb");
  for (const path of [partial, cache, db, `${db}.wal`]) rmSync(path, {recursive: true, force: true});
  // The other councils are links to the scale set; the changing one is a copy whose last year comes and goes.
  mkdirSync(partial, {recursive: true});
  for (const la of manifest.councils) {
    if (la !== council) symlinkSync(join(input, la), join(partial, la));
  }
  cpSync(join(input, council), join(partial, council), {recursive: true});
  const newYear = join(partial, council, String(year));
  const step = (name: string) => runStep({script: "bench/steps/data.ts", args: [partial, db, join(work, "rebuild-measures.json"), cache],
    log: join(logs, `${name}-${o.councils}.log`)});
  const first: StepResult[] = [];
  const rebuilt: StepResult[] = [];
  for (let run = 1; run <= o.runs; run++) {
    rmSync(newYear, {recursive: true, force: true});
    o.log(`${o.councils} councils: build without ${council}/${year} ${run}/${o.runs}`);
    const before = await step("rebuild-first");
    if (run === 1) first.push(before);
    cpSync(join(input, council, String(year)), newYear, {recursive: true});
    o.log(`${o.councils} councils: rebuild with ${council}/${year} ${run}/${o.runs}`);
    rebuilt.push(await step("rebuild"));
  }
  return {council, year, first: summary(first), rebuild: summary(rebuilt)};
}
