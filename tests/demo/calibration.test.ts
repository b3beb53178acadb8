// The demo, run through the project's own ingest and measures, must reproduce every calibration
// target within tolerance. Targets that cannot be met are marked `unmeetable` (with the reason) in
// data/reference/calibration-targets.csv; targets not yet met are listed in loaders/demo/pending.ts.
// A pending target that is now met is reported, not failed: measure fixes land independently of the
// generator and may bring a figure into tolerance, which should not break the suite.
import {describe, expect, it} from "vitest";
import {calibrate} from "../../loaders/demo/calibrate.js";
import {PENDING} from "../../loaders/demo/pending.js";
import {unexpectedMisses, pendingNowMet} from "../../loaders/demo/calibration-check.js";

describe("demo calibration", () => {
  it("meets every target within tolerance (bar the pending list)", async () => {
    const {results, pipelineNote} = await calibrate();
    expect(pipelineNote).not.toMatch(/failed/);
    expect(results.filter((r) => r.target.role === "target").length).toBeGreaterThan(200);
    const nowMet = pendingNowMet(results, PENDING);
    if (nowMet.length > 0) console.warn(`pending targets now met (remove from loaders/demo/pending.ts):\n  ${nowMet.join("\n  ")}`);
    expect(unexpectedMisses(results, PENDING)).toEqual([]);
  }, 600_000);
});
