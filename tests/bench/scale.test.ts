// The scale generator (loaders/demo/scale.ts): which councils, how big, and the same bytes every time.
// Expected values are read by hand from data/reference/lait/cla-measures.csv (DfE LAIT).
import {mkdtempSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {shard} from "../../loaders/demo/scale-cli.js";
import {generateScale, readCouncils, scaleCouncils, scaleTargets, scaleYears, sizeFor, writeScaleCouncil} from "../../loaders/demo/scale.js";
import {DEFAULT_SEED, simulateLa} from "../../loaders/demo/generate.js";
import {readTargets} from "../../loaders/demo/targets.js";
import {yearFiles} from "../../loaders/demo/write.js";

const temp = mkdtempSync(join(tmpdir(), "scale-test-"));
afterAll(() => rmSync(temp, {recursive: true, force: true}));

const councils = scaleCouncils();

describe("which councils", () => {
  it("takes the 151 councils with a 2024-25 LACnum: Medway, Kent, the South East, then by LA number", () => {
    // 158 LAs in the file; left out: City of London (201, 2024-25 suppressed), Isles of Scilly (420), the
    // pre-2019 Dorset councils (835-837), Cumbria (909) and Northamptonshire (928), all with no 2024-25 figure.
    expect(councils).toHaveLength(151);
    const las = councils.map((c) => c.la);
    for (const gone of ["201", "420", "835", "836", "837", "909", "928"]) expect(las).not.toContain(gone);
    // Successors formed 2019-2023 are in.
    for (const successor of ["838", "839", "940", "941", "942", "943"]) expect(las).toContain(successor);
    expect(las.slice(0, 2)).toEqual(["887", "886"]);
    // The South East's 19 councils in the LAIT file, after Medway and Kent in LA number order.
    expect(las.slice(0, 19)).toEqual(["887", "886", "825", "826", "845", "846", "850", "851", "852", "867", "868", "869",
      "870", "871", "872", "921", "931", "936", "938"]);
    expect(councils.slice(0, 19).every((c) => c.region === "South East")).toBe(true);
    expect(councils[19]!.region).not.toBe("South East");
    // Outside the South East the highest LA number is last, so 150 councils leave out Westmorland and Furness.
    expect(las.at(-1)).toBe("943");
  });

  it("fills a year before a successor council existed from its nearest published year", () => {
    const north = readCouncils().find((c) => c.la === "940")!;   // North Northamptonshire, LACnum from 2021-22: 525
    expect(sizeFor(north, "LACnum", 2016, 0)).toBe(525);
    expect(sizeFor(north, "LACnum", 2021, 0)).toBe(525);
    expect(sizeFor(north, "LACnum", 2025, 0)).toBe(568);
  });

  it("turns LAIT sizes into the targets the population simulation reads", () => {
    const wight = councils.find((c) => c.la === "921")!;
    const t = scaleTargets(wight).filter((x) => x.year === "2024-25");
    const value = (measure: string, breakdown: string) => t.find((x) => x.measure === measure && x.breakdown === breakdown)?.target;
    expect(value("cla_count", "at_end")).toBe(258);
    expect(value("starts", "year")).toBe(81);
    expect(value("ceased", "year|children")).toBe(106);
    expect(value("ceased", "year|children|adopted")).toBe(12);
    expect(value("uasc_count", "at_end")).toBe(15);
  });

  it("picks the last Y collection years", () => {
    expect(scaleYears(3)).toEqual([2023, 2024, 2025]);
    expect(scaleYears(2, 2024)).toEqual([2023, 2024]);
    expect(() => scaleYears(11)).toThrow(/--years/);
    expect(() => scaleYears(0)).toThrow(/--years/);
  });

  it("spreads councils over workers once each, biggest first to the lightest", () => {
    const groups = shard(councils.slice(0, 19), 2);
    expect(groups.flat().sort()).toEqual(councils.slice(0, 19).map((c) => c.la).sort());
    // Kent has by far the most children ever in care (the UASC surge), so it starts one group alone.
    expect(groups.some((g) => g[0] === "886")).toBe(true);
  });
});

describe("what it writes", () => {
  it("writes the same bytes twice for the same seed, and the council's size at 31 March", async () => {
    const options = (out: string) => ({out, councils: ["872"], years: [2024, 2025], seed: DEFAULT_SEED});
    const a = await generateScale(options(join(temp, "a")));
    const b = await generateScale(options(join(temp, "b")));
    const files = readdirSync(join(temp, "a", "872", "2025")).sort();
    // 2023-24 on: social worker episodes too.
    expect(files).toEqual(["drn.csv", "episodes.csv", "header.csv", "iro_allocations.csv", "missing.csv", "reviews.csv", "sw_episodes.csv", "uasc.csv"]);
    expect(readdirSync(join(temp, "a", "872")).sort()).toEqual(["2024", "2025"]);
    for (const year of ["2024", "2025"]) {
      for (const f of files) expect(readFileSync(join(temp, "b", "872", year, f), "utf8")).toBe(readFileSync(join(temp, "a", "872", year, f), "utf8"));
    }
    expect(b.rows).toBe(a.rows);

    // The manifest's row count is every data line of every file.
    let lines = 0;
    for (const year of ["2024", "2025"]) for (const f of readdirSync(join(temp, "a", "872", year))) lines += readFileSync(join(temp, "a", "872", year, f), "utf8").trimEnd().split("\n").length - 1;
    expect(a.rows).toBe(lines);

    // Wokingham had 149 children looked after at 31 March 2025: those with an episode still open in the 2024-25 file.
    const episodes = readFileSync(join(temp, "a", "872", "2025", "episodes.csv"), "utf8").trimEnd().split("\n");
    const header = episodes[0]!.split(",");
    const [child, dec] = [header.indexOf("CHILD"), header.indexOf("DEC")];
    const open = new Set(episodes.slice(1).map((l) => l.split(",")).filter((r) => r[dec] === "").map((r) => r[child]));
    expect(open.size).toBeGreaterThan(149 * 0.95);
    expect(open.size).toBeLessThan(149 * 1.05);
  });

  it("writes Medway exactly as the demo generator does", async () => {
    await writeScaleCouncil("887", {out: join(temp, "m"), councils: ["887"], years: [2025], seed: DEFAULT_SEED});
    const demo = simulateLa("887", DEFAULT_SEED, readTargets());
    for (const [name, text] of Object.entries(yearFiles(demo.children, demo.drns, 2025))) {
      expect(readFileSync(join(temp, "m", "887", "2025", name), "utf8")).toBe(text);
    }
  });
});
