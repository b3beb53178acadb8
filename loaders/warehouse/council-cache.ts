// A cache of councils' ingests, so a rebuild re-reads only the councils whose files changed.
// An entry is keyed by everything its result depends on: the bytes of every file of the council
// (with their paths), the DRN category map, the clean tables' columns, and the ingest code itself
// (every file in loaders/ingest/ and loaders/warehouse/, and the zod version) — so a change to any
// of them is a miss, never a stale hit.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import type {CouncilJob, CouncilShard} from "./council-ingest.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
export const defaultCacheDir = join(root, ".cache", "ingest");

// A few entries per council: a tree holding the demo, tests and scale sets reuses the same LA numbers.
const KEEP_PER_COUNCIL = 4;
const SHARD = "shard.json";

let codeHash: string | undefined;

function codeFingerprint(): string {
  if (codeHash) return codeHash;
  const hash = createHash("sha256");
  for (const dir of [join(root, "loaders", "ingest"), here]) {
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(ts|mjs|sql)$/.test(name)) continue;
      hash.update(name).update("\0").update(readFileSync(join(dir, name))).update("\0");
    }
  }
  const zod = join(root, "node_modules", "zod", "package.json");
  if (existsSync(zod)) hash.update(String((JSON.parse(readFileSync(zod, "utf8")) as {version: string}).version));
  codeHash = hash.digest("hex");
  return codeHash;
}

/** The key of what every council shares: the ingest code and the reference data the warehouse holds. */
export function baseKey(referenceDir: string): string {
  const hash = createHash("sha256").update(codeFingerprint());
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update("\0").update(path.slice(referenceDir.length)).update("\0").update(readFileSync(path));
    }
  };
  if (existsSync(referenceDir)) walk(referenceDir);
  return hash.digest("hex").slice(0, 32);
}

export function councilKey(job: CouncilJob): string {
  const hash = createHash("sha256");
  hash.update(codeFingerprint()).update("\0").update(JSON.stringify(job.cleanColumns)).update("\0");
  hash.update(existsSync(job.drnMapPath) ? readFileSync(job.drnMapPath) : "no map").update("\0");
  for (const folder of job.folders) {
    for (const file of folder.csvFiles) {
      hash.update(`${folder.year}\0${file}\0`).update(readFileSync(join(job.input, file))).update("\0");
    }
  }
  return hash.digest("hex").slice(0, 32);
}

const entryDir = (cacheDir: string, la: string, key: string) => join(cacheDir, la, key);

/** The cached result of a council's ingest, with `outDir` where its files are; null on a miss. */
export function cachedShard(cacheDir: string, la: string, key: string): {shard: CouncilShard; dir: string} | null {
  const dir = entryDir(cacheDir, la, key);
  const file = join(dir, SHARD);
  if (!existsSync(file)) return null;
  try {
    const shard = JSON.parse(readFileSync(file, "utf8")) as CouncilShard;
    const now = new Date();
    utimesSync(dir, now, now);   // recently used entries survive pruning
    return {shard, dir};
  } catch {
    return null;   // a damaged entry is a miss; it is overwritten below
  }
}

/** A fresh folder for a council's files, to be passed to `storeShard` once they are written. */
export function pendingDir(cacheDir: string, la: string, key: string): string {
  const dir = join(cacheDir, la, `.${key}.tmp-${process.pid}`);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  return dir;
}

/** Moves a council's written files into place (atomically: a half-written entry is never seen) and prunes old entries. */
export function storeShard(cacheDir: string, shard: CouncilShard, key: string, pending: string): string {
  writeFileSync(join(pending, SHARD), JSON.stringify(shard));
  const dir = entryDir(cacheDir, shard.la, key);
  rmSync(dir, {recursive: true, force: true});
  renameSync(pending, dir);
  const councilDir = join(cacheDir, shard.la);
  const entries = readdirSync(councilDir)
    .filter((name) => !name.startsWith("."))
    .map((name) => ({name, time: statSync(join(councilDir, name)).mtimeMs}))
    .sort((a, b) => b.time - a.time);
  for (const old of entries.slice(KEEP_PER_COUNCIL)) rmSync(join(councilDir, old.name), {recursive: true, force: true});
  // A run killed mid-write leaves its temp folder; one an hour old is nobody's.
  for (const name of readdirSync(councilDir).filter((n) => n.startsWith("."))) {
    const path = join(councilDir, name);
    if (Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, {recursive: true, force: true});
  }
  return dir;
}
