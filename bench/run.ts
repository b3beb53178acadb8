// npm run bench [-- options]: performance at 1, 19 and 150 councils and of the public pages; writes BENCHMARKS.md.
//   --quick           1 council, 1 run, no site build at scale, two pages (writes .tmp/bench/BENCHMARKS.md)
//   --sizes 1,19,150  councils per pipeline run (each x --years)
//   --years 10        collection years per council
//   --runs 3          repetitions of every timing (the median is reported)
//   --build-runs N    repetitions of each full site build (default --runs)
//   --big-runs 1      repetitions at 100 councils or more (a national run takes minutes)
//   --big-build       also run the full site build at 100 councils or more (skipped by default: it repeats
//                     the ingest and measures, then adds Framework, and takes as long again)
//   --only pipeline,site,analyst   sections to run; the others are kept from the last results (.tmp/bench/results.json)
//   --no-build        skip the full site build at each size
//   --pages /,/stability           pages to open (default all)
//   --regenerate      regenerate scale data even when .tmp/scale/<N>x<Y>/scale.json matches
//   --dist DIR        open the pages of an existing build instead of building the demo site
//   --results FILE    where results accumulate (default .tmp/bench/results.json), so two benches can run at once
//   --merge FILE      add another results file's figures (its sizes, pages, analyst) before writing the report;
//                     with --only none, just merges and rewrites the report
//   --merge-builds FILE   take only the site-build figures of that file's sizes (e.g. a one-run build bench)
//   --out FILE        report file (default BENCHMARKS.md; .tmp/bench/BENCHMARKS.md with --quick)
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {parseArgs} from "node:util";
import {benchAnalyst} from "./analyst.js";
import {benchPages} from "./browser.js";
import {machine} from "./machine.js";
import {benchSize, ensureScaleSet, scaleDir, summary} from "./pipeline.js";
import {renderReport, targets, type Results} from "./report.js";
import {round} from "./stats.js";
import {root, runStep, runStepRetry} from "./step.js";

const {values} = parseArgs({
  options: {
    quick: {type: "boolean", default: false},
    sizes: {type: "string"},
    years: {type: "string", default: "10"},
    runs: {type: "string"},
    "big-runs": {type: "string", default: "1"},
    "build-runs": {type: "string"},
    "big-build": {type: "boolean", default: false},
    only: {type: "string"},
    "no-build": {type: "boolean", default: false},
    pages: {type: "string"},
    regenerate: {type: "boolean", default: false},
    out: {type: "string"},
    dist: {type: "string"},
    results: {type: "string"},
    merge: {type: "string"},
    "merge-builds": {type: "string"},
    throttle: {type: "string", default: "4"}
  },
  strict: true
});

const quick = values.quick!;
const sizes = (values.sizes ?? (quick ? "1" : "1,19,150")).split(",").map(Number);
const years = Number(values.years);
const runs = Number(values.runs ?? (quick ? 1 : 3));
const sections = new Set((values.only ?? "pipeline,site,analyst").split(","));
const throttle = Number(values.throttle);
const buildRuns = Number(values["build-runs"] ?? runs);
const pagesWanted = values.pages?.split(",") ?? (quick ? ["/", "/legal-status"] : undefined);
const out = values.out ?? (quick ? join(".tmp", "bench", "BENCHMARKS.md") : "BENCHMARKS.md");
const resultsFile = values.results ? resolve(values.results) : join(root, ".tmp", "bench", quick ? "results-quick.json" : "results.json");
const started = Date.now();
const log = (message: string) => console.log(`bench [${round((Date.now() - started) / 1000, 0)}s] ${message}`);

const previous: Partial<Results> = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, "utf8")) as Results) : {};
const results: Results = {
  machine: machine(),
  date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
  commands: [...new Set([...(previous.commands ?? []), `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`])],
  runs, throttle,
  sizes: previous.sizes ?? [],
  demoBuild: previous.demoBuild ?? null,
  pages: previous.pages ?? [],
  analyst: previous.analyst ?? null
};

if (sections.has("pipeline")) {
  // Sizes not run this time are kept from the last results, so the national run can be done on its own.
  results.sizes = results.sizes.filter((x) => !sizes.includes(x.councils) || x.years !== years);
  for (const councils of sizes) {
    const big = councils >= 100;
    const build = !quick && !values["no-build"] && (!big || values["big-build"]!);
    results.sizes.push(await benchSize({councils, years, runs: big ? Number(values["big-runs"]) : runs, buildRuns: big ? Number(values["big-runs"]) : buildRuns,
      build, regenerate: values.regenerate!, log}));
    results.sizes.sort((a, b) => a.councils - b.councils);
    // Saved after each size: a long run that fails later keeps what it measured.
    mkdirSync(dirname(resultsFile), {recursive: true});
    writeFileSync(resultsFile, JSON.stringify(results, null, 1));
  }
}

if (sections.has("site")) {
  // The demo is Medway and Kent: the scale set of 2 councils is the demo's own files (tests/bench).
  if (!values.dist) await ensureScaleSet(2, 10, values.regenerate!, log);
  const dist = values.dist ? resolve(values.dist) : join(root, ".tmp", "bench", "demo", "dist");
  const builds = [];
  for (let run = 1; !values.dist && run <= (quick ? 1 : buildRuns); run++) {
    log(`demo site build ${run}`);
    const built = await runStepRetry({script: "scripts/build.ts", env: {CIC_INPUT: scaleDir(2, 10), CIC_OUTPUT: dist}, log: join(root, ".tmp", "bench", "logs", "build-demo.log")}, log);
    if (built) builds.push(built);
  }
  results.demoBuild = builds.length ? summary(builds) : null;
  if (existsSync(join(dist, "index.html"))) results.pages = await benchPages({dist, runs, throttle, only: pagesWanted, log});
  else log(`no site at ${dist}: pages not measured`);
}

if (sections.has("analyst")) {
  // The 19-council (South East) set: about 100,000 child-years at 31 March, Kent's among them.
  const councils = quick ? 2 : 19;
  // Its own warehouse, so a pipeline bench running at the same time is not disturbed.
  const work = join(root, ".tmp", "bench", `analyst-${councils}x10`);
  const warehouse = join(work, "warehouse.duckdb");
  const logs = join(root, ".tmp", "bench", "logs");
  const input = scaleDir(councils, 10);
  await ensureScaleSet(councils, 10, false, log);
  {
    log(`analyst: ingest and measures for ${councils} councils`);
    await runStep({script: "loaders/ingest/cli.ts", args: ["--input", input, "--db", warehouse], log: join(logs, `analyst-ingest-${councils}.log`)});
    await runStep({script: "bench/steps/measures.ts", args: [warehouse, join(work, "measures.json")], log: join(logs, `analyst-measures-${councils}.log`)});
  }
  log(`analyst build (${councils} councils)`);
  const built = await runStepRetry({script: "scripts/build.ts", args: ["--analyst"], env: {CIC_INPUT: input, CIC_OUTPUT: join(work, "dist-analyst")},
    log: join(logs, `build-analyst-${councils}.log`)}, log);
  const dist = built ? join(work, "dist-analyst") : null;
  results.analyst = await benchAnalyst({warehouse, dist, runs, throttle, log});
}

if (values.merge) {
  const other = JSON.parse(readFileSync(values.merge, "utf8")) as Results;
  const councils = new Set(other.sizes.map((x) => `${x.councils}x${x.years}`));
  results.sizes = [...results.sizes.filter((x) => !councils.has(`${x.councils}x${x.years}`)), ...other.sizes].sort((a, b) => a.councils - b.councils);
  if (other.pages.length) results.pages = other.pages;
  results.demoBuild = other.demoBuild ?? results.demoBuild;
  results.analyst = other.analyst ?? results.analyst;
  results.commands = [...new Set([...other.commands, ...results.commands])];
}

if (values["merge-builds"]) {
  const other = JSON.parse(readFileSync(values["merge-builds"], "utf8")) as Results;
  for (const x of results.sizes) {
    const built = other.sizes.find((o) => o.councils === x.councils && o.years === x.years)?.build;
    if (built) x.build = built;
  }
  results.commands = [...new Set([...results.commands, ...other.commands])];
}

mkdirSync(dirname(resultsFile), {recursive: true});
writeFileSync(resultsFile, JSON.stringify(results, null, 1));
const findingsFile = join(root, "bench", "findings.md");
writeFileSync(join(root, out), renderReport(results, existsSync(findingsFile) ? readFileSync(findingsFile, "utf8") : ""));
for (const t of targets(results)) log(`${t.met === null ? "n/a   " : t.met ? "MET   " : "MISSED"} ${t.name}: ${t.figure} (goal ${t.target})`);
log(`report written to ${out}`);
