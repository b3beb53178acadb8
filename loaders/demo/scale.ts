// Synthetic extracts for many councils, for benchmarking at regional and national scale. Each council
// is a real LA number sized from DfE's published figures (data/reference/lait/cla-measures.csv: children
// looked after at 31 March, starts, ceases, adoptions, SGOs, UASC), so comparators join; its behaviour is
// Medway's demo profile. Medway and Kent keep their own profiles and calibration targets, so a scale set's
// 887/ and 886/ folders are the demo's, byte for byte.
import {mkdir, rm, writeFile} from "node:fs/promises";
import {readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {DEFAULT_SEED, simulateLa} from "./generate.js";
import {PROFILES, YEARS, type LaProfile, type Weights} from "./params.js";
import {readTargets, splitCsvLine, type Target} from "./targets.js";
import {yearFiles} from "./write.js";

export const LAIT_CSV = join(dirname(fileURLToPath(import.meta.url)), "../../data/reference/lait/cla-measures.csv");

// LAIT measure -> the calibration target the population simulation reads (see params.ts yearParams).
const SIZE_MEASURES = {
  LACnum: ["cla_count", "at_end"],
  LACnum_Start: ["starts", "year"],
  LACceased: ["ceased", "year|children"],
  "No_of LAC Adopted": ["ceased", "year|children|adopted"],
  LAC_ceased_SGO: ["ceased", "year|children|sgo"],
  Unacc_Asylmn_Seek_Childn: ["uasc_count", "at_end"]
} as const;
type SizeMeasure = keyof typeof SIZE_MEASURES;

export interface Council {
  la: string;
  name: string;
  region: string;
  /** Published value per LAIT measure and collection year (2025 = 2024-25); null where DfE suppressed it or the council did not exist. */
  sizes: Record<SizeMeasure, Record<number, number | null>>;
}

function emptySizes(): Council["sizes"] {
  return Object.fromEntries(Object.keys(SIZE_MEASURES).map((m) => [m, {}])) as Council["sizes"];
}

/** Every LA in the LAIT file (regions and England, numbered 970 and up, left out). */
export function readCouncils(path = LAIT_CSV): Council[] {
  const lines = readFileSync(path, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.length > 0);
  const header = splitCsvLine(lines[0]!);
  const col = (name: string) => header.indexOf(name);
  const [iMeasure, iYear, iLa, iName, iRegion, iValue] = ["measure_short", "year", "la_number", "area_name", "region", "value"].map(col);
  const byLa = new Map<string, Council>();
  for (const line of lines.slice(1)) {
    const cells = splitCsvLine(line);
    const measure = cells[iMeasure!]!;
    const la = cells[iLa!]!;
    if (!(measure in SIZE_MEASURES) || Number(la) >= 970) continue;
    let council = byLa.get(la);
    if (!council) {
      council = {la, name: cells[iName!]!, region: cells[iRegion!]!, sizes: emptySizes()};
      byLa.set(la, council);
    }
    const value = Number(cells[iValue!]);
    council.sizes[measure as SizeMeasure][Number(cells[iYear!])] = cells[iValue!] !== "" && Number.isFinite(value) ? value : null;
  }
  return [...byLa.values()];
}

const LAST = YEARS[YEARS.length - 1]!;
const published = (c: Council, m: SizeMeasure, year: number) => c.sizes[m][year] ?? null;

/**
 * The councils a scale set is drawn from: those that made the latest return (children looked after at
 * 31 March published for the last year). Medway and Kent come first, then the rest of the South East
 * (so 19 councils are that region), then every other council by LA number: 151 in all.
 */
export function scaleCouncils(all: Council[] = readCouncils()): Council[] {
  const current = all.filter((c) => published(c, "LACnum", LAST) !== null);
  const rank = (c: Council) => (c.la === "887" ? 0 : c.la === "886" ? 1 : c.region === "South East" ? 2 : 3);
  return current.sort((a, b) => rank(a) - rank(b) || Number(a.la) - Number(b.la));
}

/**
 * A size for every year: the published value, or for a year DfE suppressed or before the council existed
 * (successor councils formed 2019-2023) the nearest published year's. Small suppressed counts
 * (adoptions, SGOs, UASC) with no published year at all fall back to `otherwise`.
 */
export function sizeFor(c: Council, m: SizeMeasure, year: number, otherwise: number): number {
  const own = published(c, m, year);
  if (own !== null) return own;
  for (let d = 1; d < YEARS.length; d++) {
    const near = published(c, m, year + d) ?? published(c, m, year - d);
    if (near !== null) return near;
  }
  return otherwise;
}

const yearLabel = (year: number) => `${year - 1}-${String(year % 100).padStart(2, "0")}`;

/** The flows the population simulation follows for one scale council (role 'target', like the demo's). */
export function scaleTargets(c: Council): Target[] {
  const out: Target[] = [];
  for (const year of YEARS) {
    for (const [lait, [measure, breakdown]] of Object.entries(SIZE_MEASURES) as [SizeMeasure, readonly [string, string]][]) {
      // No UASC figure means DfE suppressed a small one: the profile's floor stands in (yearParams).
      if (lait === "Unacc_Asylmn_Seek_Childn" && published(c, lait, year) === null) continue;
      out.push({
        la: c.la, year: yearLabel(year), measure, breakdown, kind: "count",
        target: sizeFor(c, lait, year, 2), role: "target", source: `DfE LAIT ${lait}`, note: "scale set"
      });
    }
  }
  return out;
}

// Readable labels whose keys are the standard DRN categories, so they need no entry in the DRN map.
const DRN_LABELS: Weights = {
  Documentation: 36, Other: 22, "Drift and delay": 9, Permanence: 8, "Care plan": 5, "Placement stability": 4,
  Contact: 3, Education: 3, Health: 2, "Life story": 2, Chronology: 1
};

/** Medway's behaviour, sized and placed for another council. */
export function scaleProfile(c: Council, councils: Council[]): LaProfile {
  const base = PROFILES["887"]!;
  const stock = (year: number) => sizeFor(c, "LACnum", year, 0);
  const ratio = (year: number) => stock(year) / sizeFor(councils.find((x) => x.la === "887") ?? c, "LACnum", year, stock(year));
  const uascShare: Record<number, number> = {};
  for (const year of YEARS) {
    // UASC stay about half as long as other children, so their share of starts is about twice their share of the stock.
    const uasc = published(c, "Unacc_Asylmn_Seek_Childn", year) ?? 0;
    uascShare[year] = Math.min(0.8, (2 * uasc) / Math.max(1, stock(year)));
  }
  const sameRegion = councils.filter((x) => x.region === c.region && x.la !== c.la);
  const neighbours = sameRegion.length ? sameRegion.slice(0, 5).map((x) => x.la) : base.neighbours;
  return {
    ...base,
    la: c.la,
    name: c.name,
    neighbours,
    initialUasc: published(c, "Unacc_Asylmn_Seek_Childn", YEARS[0]!) ?? 0,
    uascStartShare: uascShare,
    uascFloor: 3,
    // A team of at least three: with one IRO there is nobody to hand a child over to when theirs leaves.
    iroCaseload: Math.min(base.iroCaseload, Math.max(5, Math.min(...YEARS.map(stock)) / 3)),
    pendingOrders: Math.round(base.pendingOrders * ratio(LAST)),
    drnRaised: Object.fromEntries(YEARS.map((y) => [y, Math.round((base.drnRaised[y] ?? 150) * ratio(y))])),
    drnSiblingGroups: false,
    drnLabels: () => DRN_LABELS
  };
}

export interface CouncilSummary { la: string; children: number; rows: number; bytes: number }

export interface ScaleOptions {
  out: string;
  councils: string[];       // LA numbers, from scaleCouncils
  years: number[];          // collection years to write (a subset of 2016..2025)
  seed?: number;
}

/** Simulates one council and writes <out>/<la>/<year>/ for the years asked for (replacing that council's folder). */
export async function writeScaleCouncil(la: string, options: ScaleOptions, councils = scaleCouncils(), demoTargets = readTargets()): Promise<CouncilSummary> {
  const council = councils.find((c) => c.la === la);
  if (!council) throw new Error(`LA ${la} is not one of the scale councils`);
  const demo = la in PROFILES;
  const world = demo
    ? simulateLa(la, options.seed ?? DEFAULT_SEED, demoTargets)
    : simulateLa(la, options.seed ?? DEFAULT_SEED, scaleTargets(council), scaleProfile(council, councils));
  await rm(join(options.out, la), {recursive: true, force: true});
  let rows = 0;
  let bytes = 0;
  for (const year of options.years) {
    const dir = join(options.out, la, String(year));
    await mkdir(dir, {recursive: true});
    for (const [name, text] of Object.entries(yearFiles(world.children, world.drns, year))) {
      await writeFile(join(dir, name), text);
      rows += countLines(text) - 1;
      bytes += Buffer.byteLength(text);
    }
  }
  return {la, children: world.children.length, rows, bytes};
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** The last `count` collection years, ending with `end` (default the last simulated year). */
export function scaleYears(count: number, end = LAST): number[] {
  const years = YEARS.filter((y) => y <= end).slice(-count);
  if (!Number.isInteger(count) || count < 1 || years.length < count) {
    throw new Error(`--years must be 1 to ${YEARS.filter((y) => y <= end).length} (the demo simulates ${YEARS[0]}-${LAST}); got ${count}`);
  }
  return years;
}

export interface Manifest {
  seed: number;
  councils: string[];
  years: number[];
  children: number;
  rows: number;             // CSV data rows, all files
  bytes: number;
  generatedSeconds: number;
  perCouncil: CouncilSummary[];
}

export const MANIFEST = "scale.json";

/** The marker the site build reads (scripts/build.ts isSynthetic), and the manifest the bench reads. */
export async function writeManifest(out: string, manifest: Manifest): Promise<void> {
  await writeFile(join(out, "SYNTHETIC"), "Synthetic scale-test data generated by loaders/demo/scale.ts: not real children.\n");
  await writeFile(join(out, MANIFEST), JSON.stringify(manifest, null, 1) + "\n");
}

/** In one process, council by council (the CLI spreads councils over processes instead). */
export async function generateScale(options: ScaleOptions): Promise<Manifest> {
  const started = Date.now();
  await mkdir(options.out, {recursive: true});
  const councils = scaleCouncils();
  const targets = readTargets();
  const perCouncil: CouncilSummary[] = [];
  for (const la of options.councils) perCouncil.push(await writeScaleCouncil(la, options, councils, targets));
  const manifest = summarise(options, perCouncil, (Date.now() - started) / 1000);
  await writeManifest(options.out, manifest);
  return manifest;
}

export function summarise(options: ScaleOptions, perCouncil: CouncilSummary[], seconds: number): Manifest {
  const order = new Map(options.councils.map((la, i) => [la, i]));
  const sorted = [...perCouncil].sort((a, b) => order.get(a.la)! - order.get(b.la)!);
  const sum = (k: "children" | "rows" | "bytes") => sorted.reduce((s, c) => s + c[k], 0);
  return {
    seed: options.seed ?? DEFAULT_SEED, councils: options.councils, years: options.years,
    children: sum("children"), rows: sum("rows"), bytes: sum("bytes"), generatedSeconds: Math.round(seconds * 10) / 10,
    perCouncil: sorted
  };
}
