// Calibration: generate the demo, run it through the project's own ingest and measures, and set
// every figure beside its target. Where the pipeline does not (yet) compute a figure, the quick
// in-memory count from the journeys stands in, and the report says so.
import {mkdtemp, rm} from "node:fs/promises";
import {existsSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {DuckDBInstance} from "@duckdb/node-api";
import {generateDemo, DEFAULT_SEED} from "./generate.js";
import {quickMeasures, type QuickRow} from "./quick-measures.js";
import {readTargets, type Target} from "./targets.js";

const here = dirname(fileURLToPath(import.meta.url));

/** A count off by more than 3% (or by more than 5 under 150), a percentage by more than 1.5 points, fails. */
export function withinTolerance(kind: Target["kind"], target: number, value: number): boolean {
  const diff = Math.abs(value - target);
  if (kind === "percent") return diff <= 1.5 + 1e-9;
  if (kind === "mean") return diff <= 0.03 * target + 1e-9;
  return target < 150 ? diff <= 5 : diff <= 0.03 * target + 1e-9;
}

// Report groupings the pipeline does not produce as such, rebuilt from the groups (or detailed codes) it does.
const code = (codes: string) => codes.split(" ").map((c) => `at_end|code_${c}`);
const COMPOSITES: Record<string, string[]> = {
  "ceased|year|age_18_or_returned_home": ["year|age_18", "year|returned_home"],
  "starts|year|police_protection_epo_or_interim_care_order": ["year|police_protection", "year|interim_care_order"],
  "starts|year|youth_justice_remand": ["year|youth_justice"],
  "cla_by_ethnicity|at_end|asian_or_mixed_white_asian": code("AIND APKN ABAN AOTH MWAS"),
  "cla_by_ethnicity|at_end|black_or_mixed_white_black": code("BCRB BAFR BOTH MWBC MWBA"),
  "cla_by_ethnicity|at_end|not_white_british_irish_other": code("WIRT WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB BAFR BOTH CHNE OOTH REFU NOBT")
};

// Report figures the pipeline computes under another id.
const ALIASES: Record<string, [string, string]> = {
  "iro_caseload_avg|year": ["iro_caseload", "year|monthly_average"],
  "iro_caseload_avg|at_end": ["iro_caseload", "at_end"]
};

export interface Row { la: string; year: string; measure: string; breakdown: string; value: number | null; numerator: number | null; denominator: number | null }

function pick(rows: Row[], target: Target, zeroFill: boolean): number | null {
  const alias = ALIASES[`${target.measure}|${target.breakdown}`];
  const t = alias && !rows.some((r) => r.measure === target.measure) ? {...target, measure: alias[0], breakdown: alias[1]} : target;
  const mine = rows.filter((r) => r.la === t.la && r.year === t.year && r.measure === t.measure);
  const find = (b: string) => mine.find((r) => r.breakdown === b);
  const valueOf = (r: Row | undefined): number | null => {
    if (!r) return null;
    if (t.kind === "numerator" || t.kind === "count") return r.numerator ?? r.value;
    if (t.kind === "percent" && r.numerator !== null && r.denominator !== null) return r.denominator > 0 ? (100 * r.numerator) / r.denominator : null;
    return r.value;
  };
  const direct = valueOf(find(t.breakdown));
  if (direct !== null) return direct;
  const parts = COMPOSITES[`${t.measure}|${t.breakdown}`];
  if (parts) {
    const found = parts.map(find).filter((p): p is Row => p !== undefined);
    if (found.length === 0) return null;
    // Codes with no children are not written: the sum of those that are is the count.
    return found.reduce((s, p) => s + (p.numerator ?? p.value ?? 0), 0);
  }
  // The quick counts leave out groups with no children: a count there is zero.
  if (zeroFill && (t.kind === "count" || t.kind === "numerator") && mine.some((r) => r.breakdown.split("|")[0] === t.breakdown.split("|")[0])) return 0;
  return null;
}

export interface Result {
  target: Target;
  pipeline: number | null;
  quick: number | null;
  used: "pipeline" | "quick" | "none";
  value: number | null;
  ok: boolean;
}

export function compare(targets: Target[], pipelineRows: Row[], quickRows: QuickRow[]): Result[] {
  return targets.map((t) => {
    const pipeline = pick(pipelineRows, t, false);
    const quick = pick(quickRows, t, true);
    const used = pipeline !== null ? "pipeline" : quick !== null ? "quick" : "none";
    const value = pipeline ?? quick;
    return {target: t, pipeline, quick, used, value, ok: value !== null && withinTolerance(t.kind, t.target, value)};
  });
}

export interface PipelineOutcome { rows: Row[]; note: string }

/** Ingests the folder and computes the measures with the project's own code, if it is there and works. */
export async function runPipeline(input: string): Promise<PipelineOutcome> {
  if (!existsSync(join(here, "../warehouse/build.ts")) || !existsSync(join(here, "../measures/run.ts"))) {
    return {rows: [], note: "pipeline not available (no loaders/warehouse/build.ts or loaders/measures/run.ts)"};
  }
  try {
    const {ingestInto} = await import("../warehouse/build.js");
    const {computeMeasures} = await import("../measures/run.js");
    const instance = await DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    const report = await ingestInto(conn, input);
    const errors = (report as {ok?: boolean}).ok === false ? " (ingest reported file-level errors)" : "";
    const rows = await computeMeasures(conn);
    conn.closeSync?.();
    return {rows, note: `pipeline: ingest + computeMeasures, ${rows.length} rows${errors}`};
  } catch (error) {
    return {rows: [], note: `pipeline failed: ${(error as Error).message.split("\n")[0]}`};
  }
}

export interface Calibration { results: Result[]; pipelineNote: string; seed: number }

export async function calibrate(seed = DEFAULT_SEED, options: {pipeline?: boolean} = {}): Promise<Calibration> {
  const dir = await mkdtemp(join(tmpdir(), "cic-demo-"));
  try {
    const worlds = await generateDemo({out: dir, seed});
    const quickRows = worlds.flatMap((w) => quickMeasures(w));
    const outcome = options.pipeline === false ? {rows: [], note: "pipeline skipped (quick counts only)"} : await runPipeline(dir);
    const targets = readTargets();
    return {results: compare(targets, outcome.rows, quickRows), pipelineNote: outcome.note, seed};
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}
