// Who is in care and when: the initial cohort on 1 April 2015, each year's entrants, and each
// child's exit date and reason. Yearly flows follow DfE's published starts and ceases; which child
// leaves, when and why follows their age, legal status and time in care.
import {ageOn, birthday, day, yearEnd, yearStart, type Day} from "./dates.js";
import {childId, fakePostcode, upn} from "./ids.js";
import {adoptionLegal, defaultLegal, lsAt} from "./legal.js";
import type {Child, Fate} from "./model.js";
import {collectionYear, YEARS, yearParams, type LaProfile, type Weights} from "./params.js";
import {createQuota, type Rng} from "./prng.js";
import type {Target} from "./targets.js";

const YEAR_DAYS = 365.25;
const SIM_START = day(2015, 4, 1);

const AGE_BANDS: Record<string, [number, number]> = {
  under_1: [0, 364], "1_4": [365, 5 * 365], "5_9": [5 * 365 + 2, 10 * 365], "10_15": [10 * 365 + 3, 16 * 365], "16_17": [16 * 365 + 4, 18 * 365 - 40]
};
const STOCK_AGE: Weights = {under_1: 0.05, "1_4": 0.15, "5_9": 0.22, "10_15": 0.42, "16_17": 0.16};
// Most children's placements hold; a minority move again and again (the 3+ placements measure).
const INSTABILITY = [0.15, 1.6];
const CIN: Weights = {N1: 0.6, N2: 0.03, N3: 0.04, N4: 0.14, N5: 0.06, N6: 0.02, N7: 0.01, N8: 0.1};

interface Ctx {
  profile: LaProfile; rng: Rng; children: Child[]; serial: number;
  // One dealer per attribute and group, so each mix comes out in its intended proportions.
  deal: Record<"sex" | "sexUasc" | "ethnic" | "ethnicUasc" | "age" | "stockAge" | "ls" | "instability" | "swStability", (w: Readonly<Record<string, number>>) => string>;
}

function newChild(ctx: Ctx, entry: Day, dob: Day, uasc: boolean, entryLs: string): Child {
  const {profile} = ctx;
  ctx.serial += 1;
  // Each child draws from a stream of their own, so changing one parameter changes only the children it
  // concerns instead of reshuffling everyone after them (and the fit in fit.ts can converge).
  const rng = ctx.rng.fork(`child:${ctx.serial}`);
  const male = uasc ? profile.uascMale : profile.nonUascMale;
  const sex = ctx.deal[uasc ? "sexUasc" : "sex"]({M: male, F: 1 - male}) as "M" | "F";
  const ethnic = uasc ? ctx.deal.ethnicUasc(profile.ethnicUasc(collectionYear(entry))) : ctx.deal.ethnic(profile.ethnicNonUasc);
  const birthYear = new Date(dob * 86_400_000).getUTCFullYear();
  const mother = sex === "F" ? (ageOn(dob, entry) >= 14 && rng.chance(0.03) ? "1" : "0") : "";
  const child: Child = {
    id: childId(profile.la, ctx.serial),
    la: profile.la,
    sex, dob, ethnic,
    upn: uasc && rng.chance(0.6) ? "" : upn(profile.la, ctx.serial, birthYear),
    mother,
    mcDob: mother === "1" ? entry + rng.int(-200, 60) : null,
    uasc,
    cin: uasc ? "N8" : rng.weighted(CIN),
    homePost: uasc ? "" : fakePostcode(rng.next),
    farHome: !uasc && rng.chance(profile.farHome),
    entry, entryLs,
    legal: defaultLegal(entry, entryLs, uasc, profile, rng),
    exit: null, fate: null, rec: null,
    instability: [...INSTABILITY, profile.instabilityTail][Number(ctx.deal.instability({"0": 0.72, "1": 0.2, "2": 0.08}))]!,
    swStability: Number(ctx.deal.swStability({"2.2": 0.35, "0.75": 0.65})),
    adoptionPlacement: null,
    episodes: [], reviews: [], sw: [], iro: [], missing: []
  };
  if (child.mcDob !== null && child.mcDob <= dob + 13 * 365) child.mcDob = dob + 14 * 365;
  ctx.children.push(child);
  return child;
}

function ageInBand(rng: Rng, band: string): number {
  const [lo, hi] = AGE_BANDS[band]!;
  return rng.int(lo, hi);
}

function uascAgeDays(rng: Rng, profile: LaProfile, entry: Day): number {
  const years = Number(rng.weighted(profile.uascAge(collectionYear(entry))));
  return Math.min(Math.round(years * YEAR_DAYS) + rng.int(0, 364), 18 * 365 - 20);
}

function initialCohort(ctx: Ctx, total: number): void {
  const {profile, rng} = ctx;
  const uascCount = Math.min(profile.initialUasc, total);
  for (let i = 0; i < total - uascCount; i++) {
    const ageDays = ageInBand(rng, ctx.deal.stockAge(STOCK_AGE));
    const dob = SIM_START - ageDays;
    const inCare = Math.min(ageDays - 1, 1 + Math.round(rng.exp(2.6 * YEAR_DAYS)));
    const entry = SIM_START - Math.max(1, inCare);
    const ls = entry < SIM_START - 700 ? "C2" : ctx.deal.ls(profile.entryLs(2016));
    newChild(ctx, entry, dob, false, ls);
  }
  for (let i = 0; i < uascCount; i++) {
    const entry = SIM_START - rng.int(1, 420);
    const dob = entry - uascAgeDays(rng, profile, entry);
    if (birthday(dob, 18) <= SIM_START + 1) { i--; continue; }
    newChild(ctx, entry, dob, true, "V2");
  }
}

function arrivals(ctx: Ctx, year: number, count: number, uascShare: number): void {
  const {profile, rng} = ctx;
  const ys = yearStart(year);
  const ye = yearEnd(year);
  const uasc = Math.round(count * uascShare);
  for (let i = 0; i < count; i++) {
    const entry = rng.int(ys, ye);
    if (i < uasc) newChild(ctx, entry, entry - uascAgeDays(rng, profile, entry), true, "V2");
    else {
      const dob = entry - ageInBand(rng, ctx.deal.age(profile.entryAge));
      newChild(ctx, entry, dob, false, ctx.deal.ls(profile.entryLs(year)));
    }
  }
}

const inCareOn = (c: Child, d: Day) => c.entry <= d && (c.exit === null || c.exit > d);

/** Efraimidis-Spirakis weighted sampling without replacement. */
function sample<T>(rng: Rng, items: T[], weight: (item: T) => number, n: number): T[] {
  const keyed: [number, T][] = [];
  for (const item of items) {
    // One draw per item whatever its weight, so a changed weight does not shift every later draw.
    const u = rng.next();
    const w = weight(item);
    if (w > 0) keyed.push([Math.log(1 - u) / w, item]);
  }
  keyed.sort((a, b) => b[0] - a[0]);
  return keyed.slice(0, n).map(([, item]) => item);
}

interface Window { lo: Day; hi: Day }

function exitWindow(c: Child, ys: Day, ye: Day, minStay: number): Window | null {
  const lo = Math.max(ys, c.entry + minStay);
  const hi = Math.min(ye, birthday(c.dob, 18) - 1);
  return lo <= hi ? {lo, hi} : null;
}

function setExit(c: Child, date: Day, fate: Fate): void {
  c.exit = date;
  c.fate = fate;
}

export function simulatePopulation(profile: LaProfile, targets: Target[], rng: Rng): Child[] {
  const q = () => createQuota(rng);
  const deal = {sex: q(), sexUasc: q(), ethnic: q(), ethnicUasc: q(), age: q(), stockAge: q(), ls: q(), instability: q(), swStability: q()};
  const ctx: Ctx = {profile, rng, children: [], serial: 0, deal};
  const first = yearParams(targets, profile, YEARS[0]!);
  initialCohort(ctx, first.stock - first.starts + first.ceased);
  let stock = first.stock - first.starts + first.ceased;

  for (const year of YEARS) {
    const p = yearParams(targets, profile, year);
    const ys = yearStart(year);
    const ye = yearEnd(year);
    // DfE's stock, starts and ceases do not quite add up year to year (children, not episodes, are
    // counted); split the gap between starts and ceases so that all three stay close.
    const gap = p.stock - (stock + p.starts - p.ceased);
    const startsPlan = p.starts + Math.round(gap / 2);
    const ceasedPlan = p.ceased - (gap - Math.round(gap / 2));

    arrivals(ctx, year, startsPlan, p.uascShare);
    const open = ctx.children.filter((c) => c.exit === null && c.entry <= ye);

    for (const c of open) {
      const b18 = birthday(c.dob, 18);
      if (b18 <= ye) setExit(c, b18, c.uasc ? "uasc_18" : "age_18");
    }

    const uascArrivals = open.filter((c) => c.uasc && c.exit === null && c.entry >= ys);
    if (uascArrivals.length >= 10) {
      for (const c of sample(rng, uascArrivals, () => 1, Math.round(uascArrivals.length * 0.03))) {
        const d = c.entry + rng.int(14, 90);
        if (d <= ye && d < birthday(c.dob, 18)) setExit(c, d, "age_assessed");
      }
    }
    let transfers = ctx.children.filter((c) => c.uasc && inCareOn(c, ye)).length - p.uascStock;
    const transferable = [...uascArrivals.filter((c) => c.exit === null), ...open.filter((c) => c.uasc && c.exit === null && c.entry < ys)];
    for (const c of transferable) {
      if (transfers <= 0) break;
      const from = Math.max(c.entry, ys);
      const d = c.entry >= ys ? c.entry + rng.int(profile.nationalTransferDays[0], profile.nationalTransferDays[1]) : rng.int(from + 1, ye);
      if (d <= ye && d < birthday(c.dob, 18)) { setExit(c, d, "transfer"); transfers--; }
    }

    const exitsSoFar = ctx.children.filter((c) => c.exit !== null && c.exit >= ys && c.exit <= ye).length;
    let remaining = Math.max(0, ceasedPlan - exitsSoFar);
    const quota = (n: number) => { const q = Math.min(remaining, Math.max(0, n)); remaining -= q; return q; };
    const quotas: [Fate, number][] = [
      ["adopted", quota(p.adopted)],
      ["sgo", quota(p.sgo)],
      ["cao", quota(Math.round(profile.caoShare * p.ceased))],
      ["other", quota(Math.round(profile.otherShare * p.ceased))]
    ];
    quotas.push(["returned_home", remaining]);

    for (const [fate, n] of quotas) {
      if (n <= 0) continue;
      const pool = ctx.children.filter((c) => !c.uasc && c.exit === null && c.entry <= ye);
      const chosen = sample(rng, pool, (c) => fateWeight(c, fate, ys, ye, profile), n);
      for (const c of chosen) {
        const w = exitWindow(c, ys, ye, MIN_STAY[fate])!;
        let d: Day;
        if (fate === "returned_home" && c.entry >= ys - 30) d = Math.min(w.hi, Math.max(w.lo, c.entry + 7 + Math.round(rng.exp(80))));
        else d = rng.int(w.lo, w.hi);
        setExit(c, d, fate);
        if (fate === "adopted") {
          const order = Math.max(c.entry + 60, d - rng.int(200, 600));
          c.legal = adoptionLegal(c.entry, c.entryLs, Math.min(order, d - 120));
        }
      }
    }
    stock = ctx.children.filter((c) => inCareOn(c, ye)).length;
  }
  pendingAdoptions(ctx);
  for (const c of ctx.children) if (c.exit !== null) c.legal = c.legal.filter((l) => l.date < c.exit!);
  for (const c of ctx.children) c.rec = recFor(c, rng.fork(`rec:${c.id}`));
  return ctx.children;
}

/** Young children still in care at the end, some on placement orders and placed for adoption: adopted after the last year. */
function pendingAdoptions(ctx: Ctx): void {
  const {rng, profile} = ctx;
  const end = yearEnd(YEARS[YEARS.length - 1]!);
  const pool = ctx.children.filter((c) => c.exit === null && !c.uasc && ageOn(c.dob, end) < 6 && c.entry <= end - 200 && lsAt(c.legal, end) !== "V2");
  for (const c of sample(rng, pool, (c) => (ageOn(c.dob, end) < 3 ? 3 : 1), profile.pendingOrders)) {
    const order = rng.int(Math.max(c.entry + 120, end - 600), end - 10);
    c.legal = adoptionLegal(c.entry, c.entryLs, order);
    if (order < end - 120 && rng.chance(0.5)) c.adoptionPlacement = order + rng.int(60, Math.min(180, end - order - 5));
  }
}

const MIN_STAY: Record<Fate, number> = {
  adopted: 365, sgo: 150, cao: 120, other: 30, returned_home: 7, age_18: 0, uasc_18: 0, transfer: 0, age_assessed: 0
};

function fateWeight(c: Child, fate: Fate, ys: Day, ye: Day, profile: LaProfile): number {
  const w = exitWindow(c, ys, ye, MIN_STAY[fate]);
  if (!w) return 0;
  const age = ageOn(c.dob, Math.max(ys, c.entry));
  const ls = lsAt(c.legal, Math.max(ys, c.entry));
  const recent = c.entry >= ys - 180 ? 3 : 1;
  switch (fate) {
    case "adopted":
      if (ageOn(c.dob, w.hi) >= 8 || ls === "V2") return 0;
      return age < 2 ? 6 : age < 4 ? 3 : age < 6 ? 1 : 0.3;
    case "sgo":
    case "cao":
      if (ageOn(c.dob, w.lo) >= 16) return 0;
      return (ls === "C1" ? 3 : ls === "C2" ? 1 : 0.4) * (age < 10 ? 2 : 1);
    case "other":
      return ls === "J1" ? 30 : age >= 12 ? 1 : 0.1;
    case "returned_home":
      if (ls === "E1") return 0;
      // Some 17-year-olds go home before their 18th birthday rather than leave care at 18.
      return (ls === "V2" || ls === "L1" || ls === "L2" ? 8 : ls === "C1" ? 2 : 0.3) * recent * (age >= 17 ? profile.homeAt17 : 1);
    default:
      return 0;
  }
}

function recFor(c: Child, rng: Rng): string | null {
  switch (c.fate) {
    case null: return null;
    case "adopted": return rng.chance(0.7) ? "E12" : "E11";
    case "sgo": return rng.chance(0.35) ? "E45" : "E46";
    case "cao": return "E41";
    case "returned_home": return rng.chance(0.85) ? "E4A" : "E4B";
    case "other": return rng.weighted({E13: 0.6, E8: 0.35, E9: 0.05});
    case "age_18": return rng.weighted({E5: 0.3, E6: 0.45, E17: 0.2, E7: 0.05});
    case "uasc_18": return rng.weighted({E5: 0.3, E6: 0.6, E17: 0.1});
    case "transfer": return "E3";
    case "age_assessed": return "E15";
  }
}
