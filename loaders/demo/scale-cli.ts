// npm run generate-demo -- --scale N [--years Y] [--end YEAR] [--out DIR] [--seed S] [--jobs J] [--las 887,886]
// N councils (scaleCouncils order: Medway, Kent, the rest of the South East, then by LA number; at most 151)
// x the last Y collection years up to --end (default 2025). Councils are spread over J worker processes
// (default: one per core); each council's files depend only on the seed, so the split changes nothing.
import {fork} from "node:child_process";
import {availableParallelism} from "node:os";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import {DEFAULT_SEED} from "./generate.js";
import {readTargets} from "./targets.js";
import {scaleCouncils, scaleYears, summarise, writeManifest, writeScaleCouncil, sizeFor, type Council, type CouncilSummary, type Manifest, type ScaleOptions} from "./scale.js";

const here = fileURLToPath(import.meta.url);

interface WorkerTask { options: ScaleOptions; las: string[] }

/** Simulation work grows with the children ever in care: the opening stock plus every year's starts. */
function weight(c: Council): number {
  let w = sizeFor(c, "LACnum", 2016, 0);
  for (let y = 2016; y <= 2025; y++) w += sizeFor(c, "LACnum_Start", y, 0);
  return w;
}

/** Greedy longest-first split into `jobs` groups of about equal work. */
export function shard(councils: Council[], jobs: number): string[][] {
  const groups = Array.from({length: Math.max(1, jobs)}, () => ({work: 0, las: [] as string[]}));
  for (const c of [...councils].sort((a, b) => weight(b) - weight(a))) {
    const lightest = groups.reduce((m, g) => (g.work < m.work ? g : m));
    lightest.work += weight(c);
    lightest.las.push(c.la);
  }
  return groups.map((g) => g.las).filter((las) => las.length > 0);
}

function runWorker(task: WorkerTask): Promise<CouncilSummary[]> {
  return new Promise((resolve, reject) => {
    const child = fork(here, ["--worker"], {execArgv: process.execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"]});
    let result: CouncilSummary[] | null = null;
    child.on("message", (m) => { result = m as CouncilSummary[]; });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 && result ? resolve(result) : reject(new Error(`scale worker exited with ${code}`))));
    child.send(task);
  });
}

export async function generateScaleParallel(options: ScaleOptions, jobs: number): Promise<Manifest> {
  const started = Date.now();
  const all = scaleCouncils();
  const chosen = options.councils.map((la) => all.find((c) => c.la === la)!);
  const results = await Promise.all(shard(chosen, jobs).map((las) => runWorker({options, las})));
  const manifest = summarise(options, results.flat(), (Date.now() - started) / 1000);
  await writeManifest(options.out, manifest);
  return manifest;
}

export async function scaleCli(argv: string[]): Promise<void> {
  const {values} = parseArgs({
    args: argv,
    options: {
      scale: {type: "string"}, years: {type: "string", default: "10"}, end: {type: "string"}, out: {type: "string"},
      seed: {type: "string"}, jobs: {type: "string"}, las: {type: "string"}
    },
    strict: true
  });
  const all = scaleCouncils();
  const n = Number(values.scale);
  if (!values.las && (!Number.isInteger(n) || n < 1 || n > all.length)) throw new Error(`--scale must be 1 to ${all.length} councils, not '${values.scale}'`);
  const las = values.las ? values.las.split(",") : all.slice(0, n).map((c) => c.la);
  for (const la of las) if (!all.some((c) => c.la === la)) throw new Error(`LA ${la} is not one of the scale councils`);
  const years = scaleYears(Number(values.years), values.end ? Number(values.end) : undefined);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not '${values.seed}'`);
  const out = values.out ?? `.tmp/scale/${las.length}x${years.length}`;
  const jobs = values.jobs ? Number(values.jobs) : availableParallelism();
  const manifest = await generateScaleParallel({out, councils: las, years, seed}, Math.min(jobs, las.length));
  console.log(`${manifest.councils.length} councils x ${years.length} years (${years[0]}-${years[years.length - 1]}): ` +
    `${manifest.children} children, ${manifest.rows} rows, ${(manifest.bytes / 1e6).toFixed(0)} MB written to ${out} in ${manifest.generatedSeconds}s`);
}

if (process.argv.includes("--worker")) {
  process.once("message", (task: WorkerTask) => {
    void (async () => {
      const councils = scaleCouncils();
      const targets = readTargets();
      const out: CouncilSummary[] = [];
      for (const la of task.las) out.push(await writeScaleCouncil(la, task.options, councils, targets));
      process.send!(out, () => process.exit(0));
    })().catch((error: Error) => {
      console.error(error.stack ?? error.message);
      process.exit(1);
    });
  });
} else if (process.argv[1] && process.argv[1] === here) {
  scaleCli(process.argv.slice(2)).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
