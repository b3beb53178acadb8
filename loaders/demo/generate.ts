// Builds the synthetic world for each LA and writes its extracts. Deterministic from the seed.
import {rm} from "node:fs/promises";
import {join} from "node:path";
import {episodes, placements} from "./journey.js";
import type {LaWorld} from "./model.js";
import {PROFILES} from "./params.js";
import {simulatePopulation} from "./population.js";
import {createRng} from "./prng.js";
import {disputes, iroAllocations, iroRoster, missingEpisodes, reviews, socialWorkers} from "./services.js";
import {readTargets, type Target} from "./targets.js";
import {writeLa} from "./write.js";

export const DEFAULT_SEED = 906;
export const DEMO_LAS = ["887", "886"] as const;

// `profile` lets the scale generator (scale.ts) simulate councils beyond the two demo LAs.
export function simulateLa(la: string, seed: number, targets: Target[], profile = PROFILES[la]): LaWorld {
  if (!profile) throw new Error(`no demo profile for LA ${la}`);
  const root = createRng(seed).fork(`la:${la}`);
  // Separate streams per stage so that tuning one stage does not reshuffle the others.
  const children = simulatePopulation(profile, targets, root.fork("population"));
  const journeyRng = root.fork("journeys");
  // A stream per child (see population.ts newChild): a tuned parameter moves only the journeys it touches.
  for (const c of children) c.episodes = episodes(c, placements(c, profile, journeyRng.fork(c.id)));
  const serviceRng = root.fork("services");
  const swPool = Math.max(20, Math.round(children.length / 40));
  for (const c of children) {
    const own = serviceRng.fork(c.id);
    c.reviews = reviews(c, profile, own);
    c.sw = socialWorkers(c, profile, swPool, own);
    c.missing = missingEpisodes(c, own);
  }
  const roster = iroRoster(children, profile, serviceRng.fork("iro-roster"));
  for (const c of children) c.iro = iroAllocations(c, roster, serviceRng.fork(`iro:${c.id}`));
  const drns = disputes(children, profile, root.fork("drn"));
  return {la, children, drns};
}

export function simulateDemo(seed = DEFAULT_SEED, targets = readTargets()): LaWorld[] {
  return DEMO_LAS.map((la) => simulateLa(la, seed, targets));
}

export interface GenerateOptions { out: string; seed?: number }

/** Writes <out>/887/<2016..2025>/ and <out>/886/<2016..2025>/ (replacing any earlier demo there). */
export async function generateDemo({out, seed = DEFAULT_SEED}: GenerateOptions): Promise<LaWorld[]> {
  const worlds = simulateDemo(seed);
  for (const w of worlds) {
    await rm(join(out, w.la), {recursive: true, force: true});
    await writeLa(out, w.la, w.children, w.drns);
  }
  return worlds;
}
