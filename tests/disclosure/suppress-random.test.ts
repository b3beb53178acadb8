// Many generated small-LA tables through the real table definitions: whatever the numbers,
// nothing suppressed may be recoverable, every count of 1-4 must be hidden and no zero may be.
import {describe, expect, it} from "vitest";
import {suppressMeasures, verifyNoRecovery} from "../../loaders/disclosure/suppress.js";
import {tables} from "../../loaders/disclosure/tables.js";
import type {MeasureRow} from "../../loaders/measures/schema.js";
import {config, count, percent} from "./helpers.js";

function rng(seed: number): () => number {
  // mulberry32: a fixed seed keeps the cases the same on every run.
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function smallInt(r: () => number): number {
  // Mostly small numbers, with zeros, so suppression has work to do.
  const x = r();
  return x < 0.2 ? 0 : x < 0.6 ? 1 + Math.floor(r() * 4) : 5 + Math.floor(r() * 20);
}

function generate(r: () => number): MeasureRow[] {
  const rows: MeasureRow[] = [];
  const ages = ["under_1", "1_4", "5_9", "10_15", "16_17"];
  const ageValues = ages.map(() => smallInt(r));
  const total = ageValues.reduce((a, b) => a + b, 0);
  ages.forEach((k, i) => rows.push(count("cla_by_age_band", `at_end|${k}`, ageValues[i]!)));
  rows.push(count("cla_by_age_band", "at_end|0_4", ageValues[0]! + ageValues[1]!));
  rows.push(count("cla_by_age_band", "at_end|10_17", ageValues[3]! + ageValues[4]!));
  rows.push(count("cla_count", "at_end", total));
  // Gender split of the same total.
  const male = Math.floor(r() * (total + 1));
  rows.push(count("cla_by_gender", "at_end|male", male), count("cla_by_gender", "at_end|female", total - male));
  // A 2-D stability table with its own totals.
  const grid = [13, 14, 15].map(() => [3, 4, 5].map(() => smallInt(r)));
  let grand = 0;
  grid.forEach((line, i) => {
    line.forEach((v, j) => { if (v || r() < 0.5) rows.push(count("placements_3plus_by_age", `at_end|age_${13 + i}|placements_${3 + j}`, v)); });
    const sum = line.reduce((a, b) => a + b, 0);
    grand += sum;
    rows.push(count("placements_3plus_by_age", `at_end|age_${13 + i}`, sum));
  });
  [3, 4, 5].forEach((c, j) => rows.push(count("placements_3plus_by_age", `at_end|placements_${c}`, grid.reduce((a, line) => a + line[j]!, 0))));
  // The 3+ placements percentage: numerator the grid's grand total, denominator all children.
  if (grand <= total) rows.push(percent("placements_3plus", "at_end", grand, total));
  return rows;
}

describe("suppression on generated tables", () => {
  it("leaves nothing recoverable, hides every 1-4 and never hides a zero", () => {
    const r = rng(887);
    for (let n = 0; n < 300; n++) {
      const rows = generate(r);
      const out = suppressMeasures(rows, {config}); // throws if anything stays recoverable
      expect(verifyNoRecovery(out, tables, {config})).toEqual([]);
      rows.forEach((row, i) => {
        const shown = out[i]!;
        const c = row.numerator ?? row.value;
        if (c !== null && c > 0 && c < 5) expect(shown.flag).toBe("c");
        if (c === 0) expect(shown).toMatchObject({value: 0, flag: null});
      });
    }
  });
});
