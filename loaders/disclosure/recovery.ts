// Which hidden figures a reader could work out from the published ones. Each constraint is
// a linear equation; moving the published figures to the right-hand side leaves equations in
// the hidden ones. A hidden figure is recoverable exactly when its unit vector lies in the
// row space of those equations, i.e. some row of the reduced row echelon form has a single
// non-zero entry. This catches chains (a recovered total revealing a cell) and cycles (three
// overlapping sums) that a one-constraint-at-a-time check misses.
import type {Constraint} from "./constraints.js";

/** known: published; hidden: suppressed, to be protected; free: not published, no need to protect. */
export type FigureStatus = "known" | "hidden" | "free";

const EPS = 1e-9;

export function recoverableFigures(constraints: readonly Constraint[], status: (key: string) => FigureStatus): string[] {
  const columns = new Map<string, number>();
  const names: string[] = [];
  const rows: Map<number, number>[] = [];
  for (const c of constraints) {
    const row = new Map<number, number>();
    c.terms.forEach((key, i) => {
      if (status(key) === "known") return;
      let col = columns.get(key);
      if (col === undefined) {
        col = names.length;
        columns.set(key, col);
        names.push(key);
      }
      const v = (row.get(col) ?? 0) + (i === 0 ? 1 : -1);
      if (Math.abs(v) < EPS) row.delete(col);
      else row.set(col, v);
    });
    if (row.size) rows.push(row);
  }

  // Gauss-Jordan elimination on sparse rows, with partial pivoting.
  const pivots: [Map<number, number>, number][] = [];
  let remaining = rows;
  for (let col = 0; col < names.length && remaining.length; col++) {
    let best = -1;
    for (let r = 0; r < remaining.length; r++) {
      const v = Math.abs(remaining[r]!.get(col) ?? 0);
      if (v > EPS && (best < 0 || v > Math.abs(remaining[best]!.get(col)!))) best = r;
    }
    if (best < 0) continue;
    const pivot = remaining[best]!;
    const scale = pivot.get(col)!;
    for (const [k, v] of pivot) pivot.set(k, v / scale);
    const eliminate = (row: Map<number, number>) => {
      const factor = row.get(col);
      if (factor === undefined) return;
      for (const [k, v] of pivot) {
        const next = (row.get(k) ?? 0) - factor * v;
        if (Math.abs(next) < EPS) row.delete(k);
        else row.set(k, next);
      }
    };
    remaining = remaining.filter((row, r) => r !== best);
    for (const row of remaining) eliminate(row);
    for (const [row] of pivots) eliminate(row);
    remaining = remaining.filter((row) => row.size > 0);
    pivots.push([pivot, col]);
  }

  const found: string[] = [];
  for (const [row, col] of pivots) {
    if (row.size === 1 && status(names[col]!) === "hidden") found.push(names[col]!);
  }
  return found.sort();
}
