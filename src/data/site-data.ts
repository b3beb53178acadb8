// Shared by the data loaders (src/data/*.json.ts): read the build folder scripts/build.ts wrote,
// suppress small numbers for the public build (loaders/disclosure), validate, and return the page's file.
// The build folder comes from CIC_BUILD_DIR (set by scripts/build.ts); default .tmp/build.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {MeasuresFile} from "../../loaders/measures/schema.js";
import {MeasureDefinition} from "../../loaders/measures/catalogue/schema.js";
import {loadDisclosureConfig} from "../../loaders/disclosure/config.js";
import {unitsFromCatalogue} from "../../loaders/disclosure/figures.js";
import {PublicMeasureRow} from "../../loaders/disclosure/schema.js";
import {suppressMeasures} from "../../loaders/disclosure/suppress.js";
import {pageAreas} from "./areas.js";
import {type Area, AreaFile, BuildInfo, MetaFile, type SiteRow} from "./schema.js";

const projectRoot = resolve(import.meta.dirname, "..", "..");

export function buildDir(): string {
  return resolve(projectRoot, process.env.CIC_BUILD_DIR ?? ".tmp/build");
}

function readJson(file: string): unknown {
  if (!existsSync(file)) throw new Error(`data loader: ${file} is missing; run npm run build`);
  return JSON.parse(readFileSync(file, "utf8"));
}

interface Names { name: Map<string, string>; region: Map<string, string>; regions: Set<string> }

// LA and region names from DfE's list (data/reference/lait/la-codes.csv: la_number, la_name, region, la_type).
function laNames(): Names {
  const name = new Map<string, string>([["970", "England"], ["989", "South East"], ["886", "Kent"], ["887", "Medway"]]);
  const regionName = new Map<string, string>([["886", "South East"], ["887", "South East"]]);
  const regions = new Set<string>(["989"]);
  const file = join(projectRoot, "data", "reference", "lait", "la-codes.csv");
  if (existsSync(file)) {
    for (const line of readFileSync(file, "utf8").split(/\r?\n/).slice(1)) {
      const match = /^(\d+),"([^"]*)","([^"]*)","([^"]*)"/.exec(line) ?? /^(\d+),([^,]*),([^,]*),([^,]*)/.exec(line);
      if (!match) continue;
      const [, code, laName, region, type] = match as unknown as [string, string, string, string, string];
      name.set(code, laName);
      // England and the regions are the rows with no type of their own.
      if (type === "NA") {
        if (code !== "970") regions.add(code);
      } else {
        regionName.set(code, region);
      }
    }
  }
  // Regions are rows of the same list whose name is the region's name.
  const codeOf = new Map([...regions].map((code) => [name.get(code) ?? code, code] as const));
  const region = new Map<string, string>();
  for (const [la, r] of regionName) {
    const code = codeOf.get(r);
    if (code) region.set(la, code);
  }
  return {name, region, regions};
}

function describeArea(la: string, names: Names): Area {
  if (la === "970") return {la, name: "England", kind: "england"};
  const [prefix, own] = la.includes(":") ? la.split(":") as [string, string] : ["", la];
  const ownName = names.name.get(own) ?? own;
  if (prefix === "sn") return {la, name: `${ownName}'s statistical neighbours`, kind: "neighbours"};
  if (prefix === "dfe") return {la, name: `${ownName} (as published by DfE)`, kind: "dfe"};
  if (prefix === "quartile") return {la, name: `${ownName}'s quartile among councils`, kind: "quartile"};
  if (prefix) throw new Error(`data loader: unknown comparator area ${la}`);
  const name = names.name.get(la) ?? `LA ${la}`;
  if (names.regions.has(la)) return {la, name, kind: "region"};
  const region = names.region.get(la);
  return region ? {la, name, kind: "la", region} : {la, name, kind: "la"};
}

export interface Loaded {
  info: BuildInfo;
  threshold: number | null;
  rows: SiteRow[];
  catalogue: MeasureDefinition[];
}

export function load(): Loaded {
  const dir = buildDir();
  let info = BuildInfo.parse(readJson(join(dir, "build-info.json")));
  const measures = MeasuresFile.parse(readJson(join(dir, "measures.json"))).measures;
  const catalogue = MeasureDefinition.array().parse(readJson(join(dir, "catalogue.json")));
  // Only an explicit analyst build (scripts/build.ts --analyst sets CIC_ANALYST=1) goes unsuppressed,
  // whatever the build folder says: the public build is the default.
  if (process.env.CIC_ANALYST === "1") return {info: {...info, analyst: true}, threshold: null, rows: measures, catalogue};
  info = {...info, analyst: false};
  // Suppress over every measure at once so a total on one page cannot undo a cell on another.
  const config = loadDisclosureConfig();
  return {info, threshold: config.threshold, rows: suppressedOnce(dir, measures, config, catalogue), catalogue};
}

// Every data loader of a build needs the same suppressed rows and suppression takes seconds, so the
// first loader writes them to .tmp/suppressed/, keyed by everything they depend on (the measures, the
// config, the catalogue and the disclosure code itself), and the others read them back.
function suppressedOnce(dir: string, measures: MeasuresFile["measures"], config: ReturnType<typeof loadDisclosureConfig>,
  catalogue: MeasureDefinition[]): SiteRow[] {
  const code = join(projectRoot, "loaders", "disclosure");
  const hash = createHash("sha256").update(readFileSync(join(dir, "measures.json"))).update(JSON.stringify(config)).update(JSON.stringify(catalogue));
  for (const name of readdirSync(code).sort()) hash.update(name).update(readFileSync(join(code, name)));
  const cacheDir = join(projectRoot, ".tmp", "suppressed");
  const cache = join(cacheDir, `${hash.digest("hex").slice(0, 24)}.json`);
  if (existsSync(cache)) return PublicMeasureRow.array().parse(JSON.parse(readFileSync(cache, "utf8")));
  const rows: SiteRow[] = suppressMeasures(measures, {config, units: unitsFromCatalogue(catalogue)});
  mkdirSync(cacheDir, {recursive: true});
  // Written whole then renamed: loaders run one at a time, but a half-written file must never be read.
  writeFileSync(`${cache}.tmp`, JSON.stringify(rows));
  renameSync(`${cache}.tmp`, cache);
  return rows;
}

function sortYears(years: Iterable<string>): string[] {
  return [...new Set(years)].sort();
}

function frame(loaded: Loaded, rows: SiteRow[], measureIds: string[] | null) {
  const names = laNames();
  const codes = [...new Set(rows.map((r) => r.la))];
  const las = [...new Set(loaded.rows.map((r) => r.la))]
    .filter((la) => describeArea(la, names).kind === "la")
    // Medway first: the councils whose reports seeded the product, then any others by number.
    .sort((a, b) => (a === "887" ? -1 : b === "887" ? 1 : a.localeCompare(b)));
  const areas = [...new Set([...las, ...codes])].map((la) => describeArea(la, names));
  const catalogue = measureIds ? loaded.catalogue.filter((d) => measureIds.includes(d.id)) : loaded.catalogue;
  return {
    generated: loaded.info.generated,
    synthetic: loaded.info.synthetic,
    analyst: loaded.info.analyst,
    threshold: loaded.threshold,
    las,
    years: sortYears(loaded.rows.map((r) => r.year)),
    areas,
    catalogue
  };
}

// Compact: drop nulls and absent flags; the page-side reader restores them.
function compact(row: SiteRow): Record<string, unknown> {
  const out: Record<string, unknown> = {la: row.la, year: row.year, measure: row.measure, breakdown: row.breakdown, value: row.value};
  if (row.numerator !== null) out.numerator = row.numerator;
  if (row.denominator !== null) out.denominator = row.denominator;
  if (row.flag) out.flag = row.flag;
  return out;
}

/** The JSON text of one page area's file (see areas.ts). */
export async function areaJson(area: string): Promise<string> {
  const ids = pageAreas[area];
  if (!ids) throw new Error(`data loader: unknown page area ${area}`);
  const loaded = load();
  const rows = loaded.rows.filter((r) => ids.includes(r.measure));
  const file = AreaFile.parse({...frame(loaded, rows, ids), measures: rows});
  return JSON.stringify({...file, measures: file.measures.map(compact)});
}

/** Every measure's rows (those `keep` accepts) and the whole catalogue, in an area file's shape (the Compare page). */
export async function allMeasuresJson(keep: (row: SiteRow) => boolean = () => true): Promise<string> {
  const loaded = load();
  const rows = loaded.rows.filter(keep);
  const file = AreaFile.parse({...frame(loaded, rows, null), measures: rows});
  return JSON.stringify({...file, measures: file.measures.map(compact)});
}

/** meta.json: councils, years, names, flags, the whole catalogue and which page carries which measure. */
export async function metaJson(): Promise<string> {
  const loaded = load();
  return JSON.stringify(MetaFile.parse({...frame(loaded, loaded.rows, null), pages: pageAreas}));
}
