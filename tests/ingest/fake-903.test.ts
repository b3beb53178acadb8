// The open-source 903 validator's fake files (tests/fixtures/fake-903, LA 999, year 2018): a real
// column layout with real quirks. The load must complete and report each kind of problem.
// Expected rows were read off the files by hand (line 1 is the header).
import {dirname, join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {buildWarehouse} from "../../loaders/warehouse/build.js";
import type {IngestReport} from "../../loaders/ingest/report.js";
import {tempDb} from "./helpers.js";
import {query} from "./db.js";

const input = join(dirname(new URL(import.meta.url).pathname), "..", "fixtures", "fake-903");
let report: IngestReport;
let db: string;

beforeAll(async () => {
  db = tempDb();
  report = await buildWarehouse({input, db});
});

const at = (file: string, line: number, column: string, value: string, rule: string, severity: string) =>
  expect.objectContaining({la: "999", year: 2018, file: `999/2018/${file}`, line, column, value, rule, severity});

describe("fake 903 files", () => {
  it("load, with no file-level error", () => {
    expect(report.ok).toBe(true);
    expect(report.totals.fatal).toBe(0);
  });

  it("report an open episode carrying X1 (episodes line 3: 566910, DECOM 14/08/2017, DEC blank, REC X1)", () => {
    expect(report.quality).toContainEqual(at("episodes.csv", 3, "REC", "X1", "open_episode_rec_x1", "warning"));
  });

  it("report an open episode with a real reason ceased (line 47: DEC blank, REC E4B)", () => {
    expect(report.quality).toContainEqual(at("episodes.csv", 47, "REC", "E4B", "rec_without_dec", "error"));
  });

  it("report an unknown code (sw_episodes line 2: SW_REASON SWLAZY), reading its BOM and CRLF", () => {
    expect(report.quality).toContainEqual(at("sw_episodes.csv", 2, "SW_REASON", "SWLAZY", "code_unknown", "error"));
    expect(report.files.find((f) => f.file.endsWith("sw_episodes.csv"))).toMatchObject({table_name: "sw_episodes", recognised_by: "name", status: "loaded"});
  });

  it("report dates after the collection year (episodes line 218: DEC 01/04/2018, after 31/03/2018)", () => {
    expect(report.quality).toContainEqual(at("episodes.csv", 218, "DEC", "01/04/2018", "date_after_year_end", "warning"));
  });

  it("report overlapping episodes (line 313 starts 11/01/2018, inside line 312's 11/03/2017-10/03/2018)", () => {
    expect(report.quality).toContainEqual(at("episodes.csv", 313, "DECOM", "11/01/2018", "episode_overlap", "error"));
  });

  it("report a review given twice (lines 2824 and 2825)", () => {
    expect(report.quality).toContainEqual(at("reviews.csv", 2825, "REVIEW", "13/08/2020", "duplicate_key", "error"));
  });

  it("load the other 903 tables raw only", async () => {
    expect(report.files.filter((f) => f.status === "raw_only").map((f) => f.table_name).sort()).toEqual(
      ["ad1", "dolo", "oc2", "oc3", "placed_for_adoption", "previous_permanence"]);
    expect(await query(db, "SELECT count(*)::INTEGER n FROM raw.oc2")).toEqual([{n: 2675}]);
  });

  it("keep counts that add up: every row read is loaded or rejected", () => {
    for (const t of report.tables) expect(t.rows_loaded + t.rows_rejected).toBe(t.rows_read);
    expect(report.tables.find((t) => t.table === "episodes")).toMatchObject({rows_read: 5050});
  });

  it("put the winning rows in clean and every row in raw", async () => {
    const [clean] = await query(db, "SELECT count(*)::INTEGER n FROM clean.episodes");
    const [raw] = await query(db, "SELECT count(*)::INTEGER n FROM raw.episodes");
    const episodes = report.tables.find((t) => t.table === "episodes")!;
    expect(clean).toEqual({n: episodes.rows_loaded});
    expect(raw).toEqual({n: 5050});
  });
});
