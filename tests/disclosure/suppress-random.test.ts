// Many generated small-LA tables through the real table definitions: whatever the numbers,
// nothing suppressed may be recoverable, every count of 1-4 must be hidden and no zero may be,
// and no secondary suppression may be one the oracle shows was not needed.
import {describe, expect, it} from "vitest";
import {suppressMeasures, verifyNoRecovery} from "../../loaders/disclosure/suppress.js";
import {tables} from "../../loaders/disclosure/tables.js";
import type {PublicMeasureRow} from "../../loaders/disclosure/schema.js";
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

const small = (n: number | null) => n !== null && n > 0 && n < 5;

/** Figures ("measure breakdown field") the primary rules hide, read from the input alone. */
function primaryFigures(rows: readonly MeasureRow[]): Set<string> {
  const out = new Set<string>();
  for (const r of rows) {
    const key = `${r.measure} ${r.breakdown}`;
    if (r.denominator === null) {
      if (small(r.value)) out.add(`${key} count`);
      continue;
    }
    if (small(r.numerator) || (r.denominator > 0 && r.denominator < 10 && r.numerator !== 0)) out.add(`${key} count`);
    if (small(r.denominator)) out.add(`${key} denominator`);
  }
  return out;
}

/** The public rows with `figures` put back from the input, as publish would show them. */
function republish(out: readonly PublicMeasureRow[], input: readonly MeasureRow[], figures: ReadonlySet<string>): PublicMeasureRow[] {
  return out.map((row, i) => {
    const key = `${row.measure} ${row.breakdown}`;
    const count = figures.has(`${key} count`);
    const base = figures.has(`${key} denominator`);
    if (row.flag !== "c" || (!count && !base)) return row;
    const source = input[i]!;
    const next = {...row};
    if (source.denominator === null) return count ? {...next, value: source.value, flag: null} : next;
    if (count) next.numerator = source.numerator;
    if (base) next.denominator = source.denominator;
    const whole = next.numerator !== null && next.denominator !== null;
    return {...next, value: whole ? source.value : null, flag: whole ? null : "c"};
  });
}

/**
 * Whether publishing `figure` again, and then whatever that gives away, ends by giving away a
 * primary figure. If it never does, the suppression was not needed.
 */
function needed(out: readonly PublicMeasureRow[], input: readonly MeasureRow[], figure: string, primaries: ReadonlySet<string>): boolean {
  const back = new Set([figure]);
  for (;;) {
    const problems = verifyNoRecovery(republish(out, input, back), tables, {config}).map((p) => p.figure);
    if (!problems.length) return false;
    if (problems.some((f) => primaries.has(f))) return true;
    for (const f of problems) back.add(f);
  }
}

/** Hidden figures of the public rows, by the same names. */
function hiddenFigures(out: readonly PublicMeasureRow[], input: readonly MeasureRow[]): string[] {
  return out.flatMap((row, i) => {
    if (row.flag !== "c") return [];
    const key = `${row.measure} ${row.breakdown}`;
    const source = input[i]!;
    const keys: string[] = [];
    if (source.denominator === null ? row.value === null : row.numerator === null) keys.push(`${key} count`);
    if (source.denominator !== null && row.denominator === null) keys.push(`${key} denominator`);
    return keys;
  });
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

  it("hides nothing that could be published again: each secondary figure protects a primary one", () => {
    const r = rng(903);
    for (let n = 0; n < 150; n++) {
      const rows = generate(r);
      const out = suppressMeasures(rows, {config});
      const primaries = primaryFigures(rows);
      const spare = hiddenFigures(out, rows).filter((f) => !primaries.has(f) && !needed(out, rows, f, primaries));
      expect(spare).toEqual([]);
    }
  });
});
