// A small seeded PRNG (mulberry32) so the demo is byte-for-byte reproducible from a seed.
// Math.random is never used: the site build regenerates the demo and must get the same files.

export interface Rng {
  next(): number;                        // uniform [0, 1)
  int(lo: number, hi: number): number;   // uniform integer, both ends included
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T;
  exp(mean: number): number;
  fork(label: string): Rng;              // an independent stream, so adding draws in one part leaves the rest unchanged
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted(weights) {
      const keys = Object.keys(weights) as (keyof typeof weights)[];
      let total = 0;
      for (const k of keys) total += weights[k];
      let r = next() * total;
      for (const k of keys) {
        r -= weights[k];
        if (r < 0) return k;
      }
      return keys[keys.length - 1]!;
    },
    exp: (mean) => -Math.log(1 - next()) * mean,
    fork: (label) => createRng((hashString(label) ^ Math.floor(next() * 4294967296)) >>> 0)
  };
  return rng;
}

/**
 * Deals categories out in their intended proportions: blocks of 20 are filled by largest accumulated
 * share, then shuffled. A cohort of a few hundred children gets the intended mix (rather than a
 * random draw's +/- 5%), and the shuffle keeps one attribute's order from lining up with another's.
 */
export function createQuota(rng: Rng, block = 20): (weights: Readonly<Record<string, number>>) => string {
  const credit = new Map<string, number>();
  let bag: string[] = [];
  return (weights) => {
    if (bag.length === 0) {
      let total = 0;
      for (const k in weights) total += weights[k]!;
      for (let n = 0; n < block; n++) {
        let best = "";
        let bestCredit = -Infinity;
        for (const k in weights) {
          const c = (credit.get(k) ?? 0) + weights[k]! / total;
          credit.set(k, c);
          if (c > bestCredit) { bestCredit = c; best = k; }
        }
        credit.set(best, bestCredit - 1);
        bag.push(best);
      }
      for (let i = bag.length - 1; i > 0; i--) {
        const j = Math.floor(rng.next() * (i + 1));
        [bag[i], bag[j]] = [bag[j]!, bag[i]!];
      }
    }
    return bag.pop()!;
  };
}
