// Every IRO-family catalogue entry points at a SQL file that exists and writes that measure id,
// and every measure id those files write has an entry.
import {readFileSync, existsSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {catalogue} from "../../loaders/measures/catalogue/index.js";

const families = new Set(["social_work", "reviews", "disputes", "iro"]);
const mine = catalogue.filter((d) => families.has(d.family));

describe("IRO-family catalogue", () => {
  it("has the fourteen measures", () => {
    expect(mine.map((d) => d.id).sort()).toEqual([
      "drn_open", "drn_raised", "drn_resolved", "drn_resolved_in_timescale", "drn_time_to_resolve",
      "iro_caseload", "iro_continuity", "iro_count", "iro_fte",
      "review_participation", "reviews_held", "reviews_in_timescale",
      "sw_continuity", "sw_instability_3plus"
    ]);
  });

  it("points each at a SQL file that writes its id", () => {
    for (const d of mine) {
      const path = join("loaders", "measures", d.sql);
      expect(existsSync(path), d.sql).toBe(true);
      const ids = [...readFileSync(path, "utf8").matchAll(/'([a-z0-9_]+)' AS measure/g)].map((m) => m[1]);
      expect(ids, d.sql).toEqual([d.id]);
    }
  });
});
