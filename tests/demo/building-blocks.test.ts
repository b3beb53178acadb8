// Hand-checked behaviour of the generator's small parts: dates, ids, the quota dealer, and the quick
// counts the calibration falls back on (placements, long-term stability, review timeliness), and
// what a year's files may know.
import {describe, expect, it} from "vitest";
import {addMonths, addWorkingDays, ageOn, birthday, day, formatDmy} from "../../loaders/demo/dates.js";
import {fakePostcode, upn} from "../../loaders/demo/ids.js";
import type {Child, Episode, Placement} from "../../loaders/demo/model.js";
import {createQuota, createRng} from "../../loaders/demo/prng.js";
import {currentPlacementStart, placementsInPeriod, reviewTimeliness} from "../../loaders/demo/quick-measures.js";
import {withinTolerance} from "../../loaders/demo/calibrate.js";
import {yearFiles} from "../../loaders/demo/write.js";

const placement = (post: string, place = "U6"): Placement => ({
  start: 0, place, provider: place.startsWith("T") ? "" : "PR1", post, urn: "XXXXXXX", distance: 3, plLa: "887", location: "IN", reason: ""
});

function child(episodes: [Day: number, dec: number | null, rne: string, p: Placement, rec?: string][], extra: Partial<Child> = {}): Child {
  const eps: Episode[] = episodes.map(([decom, dec, rne, p, rec]) => ({decom, dec, rne, ls: "C2", cin: "N1", placement: p, rec: rec ?? (dec === null ? null : "X1")}));
  return {
    id: "D887C000001", la: "887", sex: "F", dob: day(2012, 6, 15), ethnic: "WBRI", upn: "", mother: "0", mcDob: null, uasc: false,
    cin: "N1", homePost: "ZZ1 1AA", farHome: false, entry: eps[0]!.decom, entryLs: "C2", legal: [{date: eps[0]!.decom, ls: "C2"}],
    exit: null, fate: null, rec: null, instability: 1, swStability: 1, adoptionPlacement: null,
    episodes: eps, reviews: [], sw: [], iro: [], missing: [], ...extra
  };
}

describe("dates", () => {
  it("formats dd/mm/yyyy and counts whole years", () => {
    expect(formatDmy(day(2025, 3, 31))).toBe("31/03/2025");
    // Born 15 June 2012: 12 on 31 March 2025, 13 from 15 June 2025.
    expect(ageOn(day(2012, 6, 15), day(2025, 3, 31))).toBe(12);
    expect(ageOn(day(2012, 6, 15), day(2025, 6, 15))).toBe(13);
    expect(formatDmy(birthday(day(2007, 5, 1), 18))).toBe("01/05/2025");
  });
  it("adds working days over weekends and months to the same date", () => {
    // Friday 4 April 2025 + 1 working day = Monday 7 April; + 20 = Friday 2 May (bank holidays ignored).
    expect(formatDmy(addWorkingDays(day(2025, 4, 4), 1))).toBe("07/04/2025");
    expect(formatDmy(addWorkingDays(day(2025, 4, 4), 20))).toBe("02/05/2025");
    expect(formatDmy(addMonths(day(2024, 8, 31), 6))).toBe("28/02/2025");
  });
});

describe("ids", () => {
  it("makes UPNs with a valid check letter", () => {
    // Body 887 9000 11 042 -> weights 2..13: 8*2+8*3+7*4+9*5+0+0+0+1*9+1*10+0*11+4*12+2*13 = 206; 206 mod 23 = 22 -> 'Z'.
    expect(upn("887", 42, 2006)).toBe("Z887900011042");
  });
  it("makes postcodes in the non-existent ZZ area", () => {
    const r = createRng(1);
    for (let i = 0; i < 50; i++) expect(fakePostcode(r.next)).toMatch(/^ZZ\d{1,2} \d[A-Z]{2}$/);
  });
});

describe("quota dealer", () => {
  it("deals 60/40 exactly in every block of 5, in shuffled order", () => {
    const deal = createQuota(createRng(3), 5);
    const got = Array.from({length: 10}, () => deal({M: 0.6, F: 0.4}));
    expect(got.filter((g) => g === "M")).toHaveLength(6);
    expect(got.slice(0, 5).filter((g) => g === "M")).toHaveLength(3);
  });
});

describe("quick placement counts", () => {
  const y = {from: day(2024, 4, 1), to: day(2025, 3, 31)};
  it("does not count a temporary spell or the return from it as a new placement", () => {
    // Foster A from Jan 2024, 3 days in hospital (T1) in June 2024, back to A, then a move to B in Oct 2024:
    // placements in 2024-25 are A and B = 2.
    const a = placement("ZZ1 1AA");
    const c = child([
      [day(2024, 1, 10), day(2024, 6, 1), "S", a],
      [day(2024, 6, 1), day(2024, 6, 4), "P", placement("", "T1")],
      [day(2024, 6, 4), day(2024, 10, 1), "P", {...a}],
      [day(2024, 10, 1), null, "P", placement("ZZ2 2BB")]
    ]);
    expect(placementsInPeriod(c, y.from, y.to)).toBe(2);
    // The current placement (B) started 1 Oct 2024; on 1 Sep 2024 the child was in A, which began 10 Jan 2024.
    expect(formatDmy(currentPlacementStart(c, y.to)!)).toBe("01/10/2024");
    expect(formatDmy(currentPlacementStart(c, day(2024, 9, 1))!)).toBe("10/01/2024");
  });
  it("counts three placements when a child moves twice", () => {
    const c = child([
      [day(2024, 5, 1), day(2024, 7, 1), "S", placement("ZZ3 3CC")],
      [day(2024, 7, 1), day(2024, 9, 1), "P", placement("ZZ4 4DD")],
      [day(2024, 9, 1), null, "P", placement("ZZ5 5EE")]
    ]);
    expect(placementsInPeriod(c, y.from, y.to)).toBe(3);
  });
});

describe("review timeliness", () => {
  it("applies 20 working days, then 3 months, then 6 months", () => {
    // Entry Mon 2 Sep 2024: 20 working days -> Mon 30 Sep. Reviews: 27 Sep (on time), 27 Dec (3 months: on time),
    // 28 Jun 2025 (6 months from 27 Dec is 27 Jun: one day late).
    const c = child([[day(2024, 9, 2), null, "S", placement("ZZ1 1AA")]], {
      reviews: [{date: day(2024, 9, 27), code: "PN1"}, {date: day(2024, 12, 27), code: "PN1"}, {date: day(2025, 6, 28), code: "PN1"}]
    });
    expect(reviewTimeliness(c)).toEqual([true, true, false]);
  });
});

describe("tolerance", () => {
  it("allows 3% on counts of 150+, 5 below, 1.5 points on percentages", () => {
    expect(withinTolerance("count", 200, 206)).toBe(true);
    expect(withinTolerance("count", 200, 207)).toBe(false);
    expect(withinTolerance("count", 100, 105)).toBe(true);
    expect(withinTolerance("count", 100, 106)).toBe(false);
    expect(withinTolerance("percent", 14, 15.5)).toBe(true);
    expect(withinTolerance("percent", 14, 15.6)).toBe(false);
  });
});

describe("a year's files", () => {
  it("show only what was known by 31 March: a later end date stays blank", () => {
    // Episode from 1 Feb 2024 ending 1 Jun 2024 (returned home): open in the 2023-24 file, closed in 2024-25's.
    const c = child([[day(2024, 2, 1), day(2024, 6, 1), "S", placement("ZZ1 1AA"), "E4A"]], {exit: day(2024, 6, 1), rec: "E4A", fate: "returned_home"});
    const in2024 = yearFiles([c], [], 2024)["episodes.csv"]!.split("\n")[1]!.split(",");
    const in2025 = yearFiles([c], [], 2025)["episodes.csv"]!.split("\n")[1]!.split(",");
    expect(in2024.slice(7, 9)).toEqual(["", ""]);
    expect(in2025.slice(7, 9)).toEqual(["01/06/2024", "E4A"]);
    expect(yearFiles([c], [], 2024)["header.csv"]).toContain("D887C000001,2,15/06/2012");
    expect(yearFiles([c], [], 2025)["header.csv"]).toContain("D887C000001,F,15/06/2012");
    expect(yearFiles([c], [], 2026 - 1)["sw_episodes.csv"]).toBeDefined();
    expect(yearFiles([c], [], 2023)["sw_episodes.csv"]).toBeUndefined();
  });
});
