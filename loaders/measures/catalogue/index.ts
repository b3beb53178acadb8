// The whole catalogue: every family file in this folder (cohort.ts, distance.ts, stability.ts, flow.ts,
// social_work.ts, reviews.ts, disputes.ts, iro.ts, ...), combined and checked.
// Family files are found by listing the folder, so a family written by another engineer joins the
// catalogue without editing this file. Every exported array of definition-like objects (with an `id`
// and a `family`) is taken and validated; other exports (helper lists, functions) are ignored.
import {readdirSync} from "node:fs";
import {dirname} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {MeasureDefinition} from "./schema.js";

const here = dirname(fileURLToPath(import.meta.url));
const familyFiles = readdirSync(here)
  .filter((name) => /\.ts$/.test(name) && !/\.(test|d)\.ts$/.test(name) && name !== "index.ts" && name !== "schema.ts")
  .sort();

const collected: MeasureDefinition[] = [];
const taken = new Set<unknown>(); // the same array exported under two names is taken once
for (const name of familyFiles) {
  const module = (await import(pathToFileURL(`${here}/${name}`).href)) as Record<string, unknown>;
  for (const [exportName, value] of Object.entries(module)) {
    const definitionLike = (item: unknown) => typeof item === "object" && item !== null && "id" in item && "family" in item;
    if (!Array.isArray(value) || value.length === 0 || !value.every(definitionLike) || taken.has(value)) continue;
    taken.add(value);
    const parsed = MeasureDefinition.array().safeParse(value);
    if (!parsed.success) throw new Error(`catalogue/${name} export ${exportName}: ${parsed.error.message}`);
    collected.push(...parsed.data);
  }
}

const seen = new Set<string>();
for (const definition of collected) {
  if (seen.has(definition.id)) throw new Error(`catalogue: measure id ${definition.id} is defined twice`);
  seen.add(definition.id);
}

/** Every measure definition, ordered by family file then as written. */
export const catalogue: readonly MeasureDefinition[] = collected;

export function definitionOf(id: string): MeasureDefinition | undefined {
  return catalogue.find((d) => d.id === id);
}
