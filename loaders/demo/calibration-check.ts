// Sorting a calibration's results for the test and the CLI: misses that nobody has accounted for
// (a failure) and pending targets that are now met (worth reporting, not a failure).
import type {Result} from "./calibrate.js";

export const targetKey = (t: {la: string; year: string; measure: string; breakdown: string; kind: string}) =>
  `${t.la} ${t.year} ${t.measure} ${t.breakdown} ${t.kind}`;

/** Scored targets outside tolerance that are neither pending nor marked unmeetable. */
export function unexpectedMisses(results: Result[], pending: readonly string[]): string[] {
  const listed = new Set(pending);
  return results.filter((r) => r.target.role === "target" && !r.ok && !listed.has(targetKey(r.target)))
    .map((r) => `${targetKey(r.target)}: target ${r.target.target}, demo ${r.value ?? "not computed"}`);
}

/** Pending targets the demo now meets: the pending list can shrink. */
export function pendingNowMet(results: Result[], pending: readonly string[]): string[] {
  const listed = new Set(pending);
  return results.filter((r) => r.target.role === "target" && r.ok && listed.has(targetKey(r.target))).map((r) => targetKey(r.target));
}
