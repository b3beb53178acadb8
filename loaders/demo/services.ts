// What happens around each child's care: statutory reviews, social workers, IRO allocations,
// missing episodes, and the IRO service's dispute resolutions.
import {addMonths, addWorkingDays, ageOn, yearEnd, yearStart, type Day} from "./dates.js";
import {drnId, iroId, swId} from "./ids.js";
import type {Child, Drn, IroAllocation, Review} from "./model.js";
import {YEARS, type LaProfile, type Weights} from "./params.js";
import {createQuota, type Rng} from "./prng.js";
import {HORIZON} from "./journey.js";

const PN_YOUNG: Weights = {PN1: 0.25, PN2: 0.1, PN3: 0.15, PN4: 0.05, PN5: 0.1, PN6: 0.35};
const PN_MID: Weights = {PN1: 0.5, PN2: 0.05, PN3: 0.05, PN4: 0.05, PN5: 0.1, PN6: 0.25};
const PN_OLD: Weights = {PN1: 0.55, PN2: 0.05, PN3: 0.02, PN4: 0.03, PN5: 0.1, PN6: 0.25};

function participation(child: Child, date: Day, profile: LaProfile, rng: Rng): string {
  const age = ageOn(child.dob, date);
  if (age < 4) return "PN0";
  if (rng.chance(profile.pn7)) return "PN7";
  return rng.weighted(age < 10 ? PN_YOUNG : age < 16 ? PN_MID : PN_OLD);
}

/** First review within 20 working days, the second within 3 months, then every 6 months; a few late. */
export function reviews(child: Child, profile: LaProfile, rng: Rng): Review[] {
  const end = child.exit ?? HORIZON + 1;
  const out: Review[] = [];
  const late = () => rng.chance(profile.reviewLate);
  let next = addWorkingDays(child.entry, late() ? rng.int(22, 30) : rng.int(8, 16));
  let gap = 3;
  while (next < end) {
    out.push({date: next, code: participation(child, next, profile, rng)});
    const due = addMonths(next, gap);
    if (gap === 6 && rng.chance(profile.reviewExtra)) next = addMonths(next, rng.int(1, 3));
    else next = late() ? due + rng.int(1, 20) : due - rng.int(0, gap === 3 ? 14 : 28);
    gap = 6;
  }
  return out;
}

const SW_REASON: Weights = {MANAGE: 0.3, LEFTRL: 0.25, ORGRST: 0.1, TSPROC: 0.15, ABSENC: 0.05, PCCHAN: 0.03, FCONTA: 0.02, OTHERS: 0.1};

/** Social worker allocations from before entry (children in need work) to exit; tenures vary around a mean. */
export function socialWorkers(child: Child, profile: LaProfile, pool: number, rng: Rng): Child["sw"] {
  const end = child.exit ?? HORIZON + 1;
  let start = child.uasc ? child.entry : child.entry - rng.int(0, 300);
  let current = rng.int(1, pool);
  const out: Child["sw"] = [];
  // Gamma(shape 3) tenures: more regular than a Poisson process, as allocations are.
  const mean = (profile.swTenureDays * child.swStability) / 3;
  const tenure = () => Math.max(14, Math.round(rng.exp(mean) + rng.exp(mean) + rng.exp(mean)));
  for (;;) {
    const stop = start + tenure();
    if (stop >= end) {
      out.push({id: swId(profile.la, current), start, end: child.exit, reason: child.exit === null ? "" : "CHCHAN"});
      return out;
    }
    out.push({id: swId(profile.la, current), start, end: stop, reason: rng.weighted(SW_REASON)});
    let nextSw = rng.int(1, pool);
    if (nextSw === current) nextSw = (nextSw % pool) + 1;
    current = nextSw;
    start = stop;
  }
}

interface Iro { id: string; fte: number; start: Day; end: Day | null }

/** The IRO team: staffed each year for the service's caseload, with some turnover. */
export function iroRoster(children: Child[], profile: LaProfile, rng: Rng): Iro[] {
  const roster: Iro[] = [];
  let serial = 0;
  // The first team covers children who came into care long before the first return.
  const earliest = children.reduce((m, c) => Math.min(m, c.entry), yearStart(YEARS[0]!));
  for (const year of YEARS) {
    const ys = yearStart(year);
    const ye = yearEnd(year);
    let inCare = 0;
    for (let d = ys; d <= ye; d += 30) inCare += children.filter((c) => c.entry <= d && (c.exit === null || c.exit > d)).length;
    const need = inCare / Math.ceil((ye - ys + 1) / 30) / (profile.iroCaseloadByYear?.[year] ?? profile.iroCaseload);
    for (const iro of roster) if (iro.end === null && year > YEARS[0]! && rng.chance(0.12)) iro.end = rng.int(ys, ye);
    // Leavers are replaced on the day they go, so the team is never short.
    for (const iro of roster.filter((i) => i.end !== null && i.end >= ys && i.end <= ye)) {
      serial += 1;
      roster.push({id: iroId(profile.la, serial), fte: iro.fte, start: iro.end!, end: null});
    }
    let fte = roster.filter((i) => i.end === null).reduce((s, i) => s + i.fte, 0);
    // The team shrinks from the start of the year. Only IROs already in post on 1 April can go then:
    // ending a mid-year replacement would leave the colleague it replaced in post until their leaving
    // day, so the team would stay too big for most of the year.
    while (fte > need + 0.3) {
      const established = roster.filter((i) => i.end === null && i.start <= ys);
      const leaving = established[established.length - 1];
      if (!leaving) break;
      leaving.end = ys;
      fte -= leaving.fte;
    }
    while (fte < need - 0.3) {
      serial += 1;
      const f = rng.weighted({"1": 0.7, "0.8": 0.15, "0.6": 0.15});
      roster.push({id: iroId(profile.la, serial), fte: Number(f), start: year === YEARS[0] ? earliest : ys, end: null});
      fte += Number(f);
    }
  }
  return roster;
}

function activeOn(roster: Iro[], d: Day): Iro[] {
  return roster.filter((i) => i.start <= d && (i.end === null || i.end > d));
}

function pickIro(roster: Iro[], d: Day, rng: Rng, not?: string): Iro {
  const active = activeOn(roster, d).filter((i) => i.id !== not);
  const weights: Weights = {};
  for (const i of active) weights[i.id] = i.fte;
  const id = rng.weighted(weights);
  return active.find((i) => i.id === id)!;
}

/** Each child has a named IRO from entry; a new one when theirs leaves, and occasionally otherwise. */
export function iroAllocations(child: Child, roster: Iro[], rng: Rng): IroAllocation[] {
  const end = child.exit ?? HORIZON + 1;
  const out: IroAllocation[] = [];
  let start = child.entry;
  let iro = pickIro(roster, start, rng);
  for (;;) {
    const change = start + Math.round(rng.exp(365 * 4));
    const stop = Math.min(iro.end ?? Infinity, change);
    if (stop >= end) {
      out.push({iro: iro.id, start, end: child.exit, fte: iro.fte});
      return out;
    }
    out.push({iro: iro.id, start, end: stop, fte: iro.fte});
    start = stop;
    iro = pickIro(roster, start, rng, iro.id);
  }
}

export function missingEpisodes(child: Child, rng: Rng): Child["missing"] {
  if (ageOn(child.dob, child.entry) < 11 && rng.chance(0.7)) return [];
  if (!rng.chance(0.12)) return [];
  const end = child.exit ?? HORIZON + 1;
  const out: Child["missing"] = [];
  for (let t = child.entry + rng.int(10, 200); t < end - 7; t += rng.int(20, 160)) {
    if (ageOn(child.dob, t) < 10) continue;
    const len = rng.chance(0.8) ? rng.int(0, 2) : rng.int(3, 10);
    out.push({kind: rng.chance(0.8) ? "M" : "A", start: t, end: Math.min(t + len, end - 1)});
  }
  return out;
}

/** DRNs raised through each year about children in care then, by the child's IRO, in the LA's own categories. */
export function disputes(children: Child[], profile: LaProfile, rng: Rng): Drn[] {
  const out: Drn[] = [];
  let serial = 0;
  for (const year of YEARS) {
    const ys = yearStart(year);
    const ye = yearEnd(year);
    const n = profile.drnRaised[year] ?? 0;
    const stages = profile.drnStages(year);
    const labels = profile.drnLabels(year);
    const dealStage = createQuota(rng);
    const dealLabel = createQuota(rng);
    let made = 0;
    while (made < n) {
      const raised = rng.int(ys, ye);
      const inCare = children.filter((c) => c.entry <= raised && (c.exit === null || c.exit > raised + 20) && !c.uasc);
      const about = rng.pick(inCare);
      const stage = Number(dealStage(stages));
      const label = dealLabel(labels);
      // A dispute about a sibling group is raised once per child, at the same stage and date.
      const group = stage >= 3 && profile.drnSiblingGroups ? Math.min(3, n - made) : 1;
      const days = stage === 1 ? rng.int(3, 30) : stage === 2 ? rng.int(15, 70) : rng.int(30, 120);
      const resolvedOn = rng.chance(0.005) ? null : raised + days;
      for (let g = 0; g < group; g++) {
        const child = g === 0 ? about : rng.pick(inCare);
        const alloc = child.iro.find((a) => a.start <= raised && (a.end === null || a.end > raised)) ?? child.iro[0]!;
        serial += 1;
        out.push({
          id: drnId(profile.la, serial),
          child: rng.chance(0.03) ? null : child.id,
          iro: alloc.iro, raised, label, stage,
          resolved: resolvedOn !== null && resolvedOn <= HORIZON ? resolvedOn : null,
          cafcass: false
        });
      }
      made += group;
    }
  }
  return out;
}
