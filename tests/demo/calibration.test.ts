// The demo, run through the project's own ingest and measures, must reproduce every calibration
// target within tolerance. Targets that cannot be met are marked `unmeetable` (with the reason) in
// data/reference/calibration-targets.csv; targets not yet met are listed in loaders/demo/pending.ts,
// and a pending target that is now met fails too, so that list cannot go stale.
import {describe, expect, it} from "vitest";
import {calibrate} from "../../loaders/demo/calibrate.js";
import {PENDING} from "../../loaders/demo/pending.js";

const key = (t: {la: string; year: string; measure: string; breakdown: string; kind: string}) =>
  `${t.la} ${t.year} ${t.measure} ${t.breakdown} ${t.kind}`;

describe("demo calibration", () => {
  it("meets every target within tolerance (bar the pending list)", async () => {
    const {results, pipelineNote} = await calibrate();
    expect(pipelineNote).not.toMatch(/failed/);
    const scored = results.filter((r) => r.target.role === "target");
    expect(scored.length).toBeGreaterThan(200);
    const pending = new Set(PENDING);
    const failing = scored.filter((r) => !r.ok && !pending.has(key(r.target)))
      .map((r) => `${key(r.target)}: target ${r.target.target}, demo ${r.value ?? "not computed"}`);
    const nowMet = scored.filter((r) => r.ok && pending.has(key(r.target))).map((r) => key(r.target));
    expect(failing).toEqual([]);
    expect(nowMet).toEqual([]);
  }, 600_000);
});
