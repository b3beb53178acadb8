// Quick in-memory counts straight from the simulated journeys, with the breakdown keys of the
// calibration targets. They let the generator be calibrated without the warehouse, and they are
// the fallback the calibration report uses while the SQL measures are unavailable. The real
// pipeline (loaders/measures) is what the site shows; see calibrate.ts.
import {addMonths, addWorkingDays, ageOn, yearEnd, yearStart, type Day} from "./dates.js";
import type {Child, LaWorld, Placement} from "./model.js";
import {YEARS} from "./params.js";
import {uascCeased} from "./write.js";

export interface QuickRow {
  la: string; year: string; measure: string; breakdown: string;
  value: number | null; numerator: number | null; denominator: number | null;
}

const label = (y: number) => `${y - 1}-${String(y % 100).padStart(2, "0")}`;
const inCare = (c: Child, d: Day) => c.entry <= d && (c.exit === null || c.exit > d);
const pct = (n: number, d: number) => (d > 0 ? (100 * n) / d : null);

const LEGAL: Record<string, string> = {C2: "care_order", C1: "interim_care_order", E1: "placement_order", D1: "placement_order",
  V2: "s20", L1: "police_protection", L2: "police_protection", L3: "police_protection", J1: "youth_justice", J2: "youth_justice", J3: "youth_justice"};
const ETHNIC_GROUP: Record<string, string> = {
  WBRI: "white", WIRI: "white", WOTH: "white", WIRT: "white", WROM: "white", MWBC: "mixed", MWBA: "mixed", MWAS: "mixed", MOTH: "mixed",
  AIND: "asian", APKN: "asian", ABAN: "asian", AOTH: "asian", BCRB: "black", BAFR: "black", BOTH: "black", CHNE: "other", OOTH: "other",
  REFU: "refused_or_not_obtained", NOBT: "refused_or_not_obtained"};

export function ceasedGroup(c: Child): string {
  const rec = c.rec ?? "";
  if (rec === "E11" || rec === "E12") return "adopted";
  if (/^E4[5-8]$/.test(rec)) return "sgo";
  if (rec === "E41") return "cao";
  if (rec === "E4A" || rec === "E4B") return "returned_home";
  if (rec === "E3" || rec === "E15" || (c.uasc && ["E5", "E6", "E17", "E7"].includes(rec))) return "uasc_18_or_transferred";
  if (["E5", "E6", "E17", "E7"].includes(rec)) return "age_18";
  return "other";
}

function ageBand(age: number): string {
  return age < 1 ? "under_1" : age < 5 ? "1_4" : age < 10 ? "5_9" : age < 16 ? "10_15" : "16_17";
}

function placementOn(c: Child, d: Day): Placement | null {
  let found: Placement | null = null;
  for (const e of c.episodes) if (e.decom <= d) found = e.placement;
  return found;
}

const isTemporary = (p: Placement) => /^T[0-4]$/.test(p.place);

/** Distinct placements (by address) of 24 hours or more overlapping [from, to], temporary spells excluded. */
export function placementsInPeriod(c: Child, from: Day, to: Day): number {
  const seen = new Set<string>();
  for (const e of c.episodes) {
    const end = e.dec ?? Infinity;
    if (e.decom > to || end < from || isTemporary(e.placement) || end - e.decom < 1) continue;
    seen.add(e.placement.post);
  }
  return seen.size;
}

/** Start of the placement the child is in on `d`, joining spells at the same address either side of a temporary one. */
export function currentPlacementStart(c: Child, d: Day): Day | null {
  const eps = c.episodes.filter((e) => e.decom <= d);
  let i = eps.length - 1;
  while (i >= 0 && isTemporary(eps[i]!.placement)) i--;
  if (i < 0) return null;
  const post = eps[i]!.placement.post;
  let start = eps[i]!.decom;
  for (let j = i - 1; j >= 0; j--) {
    const p = eps[j]!.placement;
    if (p.post === post) start = eps[j]!.decom;
    else if (!isTemporary(p)) break;
  }
  return start;
}

function longTermStable(c: Child, ye: Day): boolean {
  const start = currentPlacementStart(c, ye);
  if (start === null) return false;
  const twoYears = addMonths(ye, -24);
  if (start <= twoYears) return true;
  const now = placementOn(c, ye)!;
  if (!/^A[3-6]$/.test(now.place)) return false;
  // Placed for adoption: the adoptive placement together with the one before it.
  const before = c.episodes.filter((e) => e.decom < start && !isTemporary(e.placement));
  if (before.length === 0) return false;
  const prevStart = currentPlacementStart(c, before[before.length - 1]!.decom);
  return prevStart !== null && prevStart <= twoYears;
}

export function reviewTimeliness(c: Child): boolean[] {
  return c.reviews.map((r, i) => {
    if (i === 0) return r.date <= addWorkingDays(c.entry, 20);
    return r.date <= addMonths(c.reviews[i - 1]!.date, i === 1 ? 3 : 6);
  });
}

function iroLoad(world: LaWorld, d: Day): number | null {
  let children = 0;
  const fte = new Map<string, number>();
  for (const c of world.children) {
    if (!inCare(c, d)) continue;
    const a = c.iro.find((x) => x.start <= d && (x.end === null || x.end > d));
    if (!a) continue;
    children++;
    fte.set(a.iro, a.fte);
  }
  let total = 0;
  for (const f of fte.values()) total += f;
  return total > 0 ? children / total : null;
}

export function quickMeasures(world: LaWorld): QuickRow[] {
  const rows: QuickRow[] = [];
  for (const year of YEARS) {
    const ys = yearStart(year);
    const ye = yearEnd(year);
    const y = label(year);
    const add = (measure: string, breakdown: string, value: number | null, numerator: number | null = null, denominator: number | null = null) =>
      rows.push({la: world.la, year: y, measure, breakdown, value, numerator, denominator});
    const count = (measure: string, breakdown: string, n: number) => add(measure, breakdown, n, n, null);
    const share = (measure: string, breakdown: string, n: number, d: number) => add(measure, breakdown, pct(n, d), n, d);
    const tally = (measure: string, prefix: string, keys: string[]) => {
      const m = new Map<string, number>();
      for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
      for (const [k, n] of m) count(measure, `${prefix}|${k}`, n);
      return m;
    };

    const end = world.children.filter((c) => inCare(c, ye));
    const start = world.children.filter((c) => inCare(c, ys));
    count("cla_count", "at_end", end.length);
    count("cla_count", "at_start", start.length);
    for (const [snap, group, d] of [["at_end", end, ye], ["at_start", start, ys]] as const) {
      tally("cla_by_legal_status", snap, group.map((c) => LEGAL[c.episodes.filter((e) => e.decom <= d).at(-1)!.ls] ?? "other"));
      tally("cla_by_gender", snap, group.map((c) => (c.sex === "M" ? "male" : "female")));
    }
    const ages = tally("cla_by_age_band", "at_end", end.map((c) => ageBand(ageOn(c.dob, ye))));
    count("cla_by_age_band", "at_end|0_4", (ages.get("under_1") ?? 0) + (ages.get("1_4") ?? 0));
    count("cla_by_age_band", "at_end|10_17", (ages.get("10_15") ?? 0) + (ages.get("16_17") ?? 0));
    tally("cla_by_ethnicity", "at_end", end.map((c) => ETHNIC_GROUP[c.ethnic]!));
    count("cla_by_ethnicity", "at_end|not_white_british_irish_other", end.filter((c) => !["WBRI", "WIRI", "WOTH"].includes(c.ethnic)).length);
    count("cla_by_ethnicity", "at_end|black_or_mixed_white_black", end.filter((c) => ETHNIC_GROUP[c.ethnic] === "black" || c.ethnic === "MWBC" || c.ethnic === "MWBA").length);
    count("cla_by_ethnicity", "at_end|asian_or_mixed_white_asian", end.filter((c) => ETHNIC_GROUP[c.ethnic] === "asian" || c.ethnic === "MWAS").length);

    const uasc = end.filter((c) => c.uasc && uascCeased(c) > ye);
    count("uasc_count", "at_end", uasc.length);
    count("uasc_count", "at_end|other_ethnic_group", uasc.filter((c) => ETHNIC_GROUP[c.ethnic] === "other").length);

    const places = end.map((c) => placementOn(c, ye)!.place);
    const placeShare = (key: string, re: RegExp) => share("cla_by_placement_type", `at_end|${key}`, places.filter((p) => re.test(p)).length, end.length);
    placeShare("foster", /^U[1-6]$/);
    placeShare("childrens_homes_secure", /^K[12]$/);
    placeShare("supported_semi_independent", /^(H5|K3|P2)$/);
    placeShare("with_parents", /^P1$/);

    const starters = world.children.filter((c) => c.entry >= ys && c.entry <= ye);
    count("starts", "year", starters.length);
    const startLs = tally("starts", "year", starters.map((c) => LEGAL[c.episodes[0]!.ls] ?? "other"));
    count("starts", "year|police_protection_epo_or_interim_care_order", (startLs.get("police_protection") ?? 0) + (startLs.get("interim_care_order") ?? 0));
    count("starts", "year|youth_justice_remand", startLs.get("youth_justice") ?? 0);

    const leavers = world.children.filter((c) => c.exit !== null && c.exit >= ys && c.exit <= ye);
    count("ceased", "year", leavers.length);
    count("ceased", "year|children", leavers.length);
    const groups = tally("ceased", "year", leavers.map(ceasedGroup));
    tally("ceased", "year|children", leavers.map(ceasedGroup));
    count("ceased", "year|age_18_or_returned_home", (groups.get("age_18") ?? 0) + (groups.get("returned_home") ?? 0));
    count("ceased", "year|other_no_pr", leavers.filter((c) => c.rec === "E13").length);
    count("uasc_dispersals", "year", leavers.filter((c) => c.rec === "E3").length);

    const moves = end.map((c) => placementsInPeriod(c, ys, ye));
    const three = end.filter((_, i) => moves[i]! >= 3);
    share("placements_3plus", "at_end", three.length, end.length);
    tally("placements_3plus_by_age", "at_end", three.map((c) => `age_${ageOn(c.dob, ye)}`));
    tally("placements_3plus_by_age", "at_end", moves.filter((m) => m >= 3).map((m) => `placements_${m}`));

    const longCohort = end.filter((c) => ageOn(c.dob, ye) < 16 && c.entry <= addMonths(ye, -30));
    share("long_term_stability", "at_end", longCohort.filter((c) => longTermStable(c, ye)).length, longCohort.length);

    const known = end.filter((c) => placementOn(c, ye)!.distance !== null);
    share("placed_over_20_miles", "at_end", known.filter((c) => placementOn(c, ye)!.distance! > 20).length, known.length);
    share("placed_over_20_miles_outside_la", "at_end", end.filter((c) => {
      const p = placementOn(c, ye)!;
      return p.distance !== null && p.distance > 20 && p.location === "OUT";
    }).length, end.length);
    share("placed_outside_la", "at_end", end.filter((c) => placementOn(c, ye)!.location === "OUT").length, end.length);

    const swCount = (c: Child, from: Day, to: Day) => new Set(c.sw.filter((s) => s.start <= to && (s.end === null || s.end >= from)).map((s) => s.id)).size;
    share("sw_instability_3plus", "at_end", end.filter((c) => swCount(c, ys, ye) >= 3).length, end.length);
    const yearLong = end.filter((c) => c.entry <= ye - 365);
    share("sw_continuity", "at_end", yearLong.filter((c) => swCount(c, ye - 364, ye) === 1).length, yearLong.length);

    let held = 0, onTime = 0, part = 0, partDen = 0, reviewed = 0, allOnTime = 0;
    for (const c of world.children) {
      const timely = reviewTimeliness(c);
      let any = false, all = true;
      c.reviews.forEach((r, i) => {
        if (r.date < ys || r.date > ye) return;
        any = true;
        held++;
        if (timely[i]) onTime++; else all = false;
        if (r.code !== "PN0") { partDen++; if (r.code !== "PN7") part++; }
      });
      if (any) { reviewed++; if (all) allOnTime++; }
    }
    count("reviews_held", "year", held);
    count("children_reviewed", "year", reviewed);
    share("reviews_in_timescale", "year", onTime, held);
    share("children_reviews_in_timescale_pct", "year", allOnTime, reviewed);
    share("review_participation", "year", part, partDen);

    const raised = world.drns.filter((d) => d.raised >= ys && d.raised <= ye);
    count("drn_raised", "year", raised.length);
    for (const s of [1, 2, 3]) share("drn_raised", `year|stage_${s}`, raised.filter((d) => d.stage === s).length, raised.length);
    count("drn_resolved", "year", world.drns.filter((d) => d.resolved !== null && d.resolved >= ys && d.resolved <= ye).length);

    const loads: number[] = [];
    for (let m = 0; m < 12; m++) {
      const monthEnd = addMonths(yearStart(year), m + 1) - 1;
      const load = iroLoad(world, monthEnd);
      if (load !== null) loads.push(load);
    }
    add("iro_caseload_avg", "year", loads.length ? loads.reduce((a, b) => a + b, 0) / loads.length : null);
    add("iro_caseload_avg", "at_end", iroLoad(world, ye));
  }
  return rows;
}
