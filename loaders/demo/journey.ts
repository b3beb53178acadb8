// A child's placements and the 903 episodes they make: a new episode at every change of legal
// status or placement, with RNE S/L/P/B/T/U, REC X1 between episodes and the exit reason at the end.
import {ageOn, birthday, day, yearEnd, type Day} from "./dates.js";
import {fakePostcode} from "./ids.js";
import {lsAt} from "./legal.js";
import type {Child, Episode, Placement} from "./model.js";
import {collectionYear, LAST_YEAR, yearFit, type LaProfile} from "./params.js";
import type {Rng} from "./prng.js";

export const HORIZON = yearEnd(LAST_YEAR);
const SUPPORTED_K3_FROM = day(2024, 4, 1);   // K3 replaces H5 for placements from the 2024-25 return

type Kind = "foster" | "relative" | "home" | "supported" | "parents" | "mother_baby" | "adoption" | "residential_other";

const MOVE_REASON = {CARPL: 0.35, CREQB: 0.15, CREQO: 0.08, CHILD: 0.07, LAREQ: 0.1, STAND: 0.05, ALLEG: 0.03, CLOSE: 0.03, APPRR: 0.02, OTHER: 0.12};
const RESIDENTIAL = new Set(["K1", "K2", "H5", "K3", "R1", "R3", "S1"]);

function chooseKind(child: Child, date: Day, profile: LaProfile, rng: Rng, moves = 0): Kind {
  const age = ageOn(child.dob, date);
  const fit = yearFit(profile.la, collectionYear(date));
  if (child.uasc) {
    if (age < 16 && rng.chance(0.7)) return "foster";
    const w = profile.uascPlace;
    return rng.weighted({foster: w.foster!, supported: w.supported! * fit.supported, home: w.home! * fit.home}) as Kind;
  }
  if (age >= 10 && rng.chance(Math.min(0.5, profile.otherResidential * fit.other))) return "residential_other";
  if (rng.chance(0.016)) return "parents";
  if (age < 1 && rng.chance(0.03)) return "mother_baby";
  // After repeated breakdowns a children's home becomes the likelier placement.
  const homeShare = profile.homeShare * fit.home * (moves >= 3 ? 1.6 : 1);
  const supportedShare = Math.min(0.9, profile.supportedAt16 * fit.supported);
  if (age >= 16) {
    const r = rng.next();
    if (r < supportedShare) return "supported";
    if (r < supportedShare + homeShare) return "home";
    return rng.chance(0.1) ? "relative" : "foster";
  }
  if (age >= 10) {
    if (rng.chance(homeShare)) return "home";
    return rng.chance(0.13) ? "relative" : "foster";
  }
  if (age >= 8 && rng.chance(0.015)) return "home";
  return rng.chance(0.18) ? "relative" : "foster";
}

function codeFor(kind: Kind, child: Child, date: Day, rng: Rng): [string, string] {
  const settled = date - child.entry >= 365;
  switch (kind) {
    case "foster": return [settled && rng.chance(0.5) ? "U4" : "U6", rng.chance(0.6) ? "PR1" : "PR4"];
    case "relative": return [settled && rng.chance(0.4) ? "U1" : "U3", "PR1"];
    case "home": return rng.chance(0.03) ? ["K1", "PR1"] : ["K2", rng.weighted({PR4: 0.75, PR1: 0.15, PR5: 0.1})];
    case "supported": return [date >= SUPPORTED_K3_FROM ? "K3" : "H5", rng.chance(0.8) ? "PR4" : "PR5"];
    case "parents": return ["P1", "PR0"];
    case "mother_baby": return ["R3", "PR4"];
    case "residential_other": return [rng.weighted({R1: 0.4, S1: 0.3, Z1: 0.3}), rng.chance(0.7) ? "PR4" : "PR3"];
    case "adoption": return [rng.weighted({A4: 0.2, A5: 0.55, A6: 0.25}), rng.chance(0.7) ? "PR1" : "PR5"];
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function locate(child: Child, date: Day, kind: Kind, profile: LaProfile, rng: Rng): Pick<Placement, "distance" | "plLa" | "location"> {
  const share = profile.placeInLa(collectionYear(date));
  const inShare = kind === "foster" || kind === "adoption" ? share.foster
    : kind === "relative" || kind === "parents" ? share.relative
    : kind === "supported" ? share.supported : share.home;
  const inside = !rng.chance(Math.min(0.95, (1 - inShare) * yearFit(profile.la, collectionYear(date)).outside));
  let distance: number;
  if (!inside) distance = rng.chance(profile.outOver20) ? 20.2 + rng.next() * 90 : 4 + rng.next() * 15.9;
  else if (child.farHome) distance = 21 + rng.next() * 40;
  else if (rng.chance(profile.inOver20)) distance = 20.2 + rng.next() * 25;
  else distance = 0.3 + rng.next() * (profile.la === "886" ? 19 : 8);
  return {
    distance: child.homePost ? round1(distance) : null,
    plLa: inside ? profile.la : rng.pick(profile.neighbours),
    location: inside ? "IN" : "OUT"
  };
}

function newPlacement(child: Child, date: Day, kind: Kind, profile: LaProfile, rng: Rng, first: boolean): Placement {
  const [place, provider] = codeFor(kind, child, date, rng);
  return {
    start: date, place, provider,
    post: fakePostcode(rng.next),
    urn: RESIDENTIAL.has(place) ? `SC9${String(rng.int(0, 99999)).padStart(5, "0")}` : "XXXXXXX",
    ...locate(child, date, kind, profile, rng),
    reason: first ? "" : rng.weighted(MOVE_REASON)
  };
}

function temporary(from: Placement, date: Day, rng: Rng): Placement {
  return {
    start: date, place: rng.weighted({T4: 0.5, T1: 0.3, T2: 0.1, T3: 0.1}), provider: "",
    post: "", urn: "XXXXXXX", distance: null, plLa: from.plLa, location: from.location, reason: "OTHER"
  };
}

/** Placement history from entry to exit (or the end of the simulation). */
export function placements(child: Child, profile: LaProfile, rng: Rng): Placement[] {
  const end = child.exit ?? HORIZON + 1;
  const list: Placement[] = [newPlacement(child, child.entry, chooseKind(child, child.entry, profile, rng), profile, rng, true)];
  let current = list[0]!;
  const move = (d: Day, kind?: Kind) => {
    if (d <= current.start + 1 || d >= end - 1) return;
    current = newPlacement(child, d, kind ?? chooseKind(child, d, profile, rng, list.length), profile, rng, false);
    list.push(current);
  };
  // The last weeks before a planned exit are shaped by the exit itself (below), so moves stop there.
  let planned: Day = end;
  if (child.fate === "adopted") planned = child.exit! - rng.int(90, 300);
  else if (child.adoptionPlacement !== null) planned = child.adoptionPlacement;
  else if (child.fate === "returned_home" && rng.chance(0.1)) planned = child.exit! - rng.int(30, 180);
  else if (child.fate === "sgo" && rng.chance(0.4)) planned = child.exit! - rng.int(60, 240);

  if (rng.chance(profile.earlyMove * (child.uasc ? 0.6 : 1))) move(child.entry + rng.int(3, 45));
  for (let t = child.entry + 30; t < planned; t += 30) {
    const age = ageOn(child.dob, t);
    const ageFactor = age >= 12 ? 2.2 : age < 5 ? 0.7 : 1;
    const early = t - child.entry < 365 ? 2 : 1;
    const fit = yearFit(profile.la, collectionYear(t));
    // 'settle' acts on children past their first year in care, whose moves decide long-term stability.
    const rate = profile.moveRate(collectionYear(t)) * fit.moves * (t - child.entry >= 365 ? fit.settle : 1) * child.instability * ageFactor * early;
    if (rng.chance((rate * 30) / 365)) move(Math.min(planned - 2, t + rng.int(0, 29)));
    else if (rng.chance(0.004)) {
      const s = t + rng.int(0, 20);
      const back = s + rng.int(1, 7);
      if (back < planned - 2 && s > current.start + 1) {
        const stay = current;
        list.push(temporary(stay, s, rng), {...stay, start: back, reason: "OTHER"});
        current = list[list.length - 1]!;
      }
    }
  }
  // Many 16-17s in foster care or a children's home move on to supported accommodation.
  const sixteen = birthday(child.dob, 16) + rng.int(0, 540);
  if (sixteen > child.entry && sixteen < planned - 2 && /^U[1-6]$/.test(placementOnDay(list, sixteen).place) && rng.chance(Math.min(0.95, (child.uasc ? 0.6 : profile.moveOnAt16) * yearFit(profile.la, collectionYear(sixteen)).supported))) {
    const later = list.filter((p) => p.start > sixteen);
    list.splice(list.length - later.length, later.length);
    current = list[list.length - 1]!;
    move(sixteen, "supported");
  }
  if (planned < end && planned > current.start + 1) {
    if (child.fate === "adopted" || child.adoptionPlacement !== null) {
      const sameCarer = current.place.startsWith("U") && rng.chance(0.12);
      if (sameCarer) {
        const [place, provider] = codeFor("adoption", child, planned, rng);
        current = {...current, start: planned, place, provider, rne: "T", reason: "PLACE"};
      } else current = newPlacement(child, planned, "adoption", profile, rng, false);
      list.push(current);
    } else if (child.fate === "returned_home") move(planned, "parents");
    else if (!/^U[123]$/.test(current.place)) move(planned, "relative");
  }
  return list;
}

function placementOnDay(list: Placement[], d: Day): Placement {
  let found = list[0]!;
  for (const p of list) if (p.start <= d) found = p;
  return found;
}

export function episodes(child: Child, list: Placement[]): Episode[] {
  const end = child.exit;
  const dates = new Set<Day>();
  for (const l of child.legal) dates.add(l.date);
  for (const p of list) dates.add(p.start);
  const sorted = [...dates].filter((d) => d >= child.entry && (end === null || d < end)).sort((a, b) => a - b);
  const out: Episode[] = [];
  let prevLs = "";
  let prevPlacement: Placement | null = null;
  for (const d of sorted) {
    const ls = lsAt(child.legal, d);
    let placement = list[0]!;
    for (const p of list) if (p.start <= d) placement = p;
    const lsChanged = ls !== prevLs;
    const placeChanged = placement !== prevPlacement;
    if (!lsChanged && !placeChanged) continue;
    const rne = out.length === 0 ? "S"
      : lsChanged && placeChanged ? (placement.rne === "T" ? "U" : "B")
      : lsChanged ? "L" : (placement.rne ?? "P");
    const last = out[out.length - 1];
    if (last) { last.dec = d; last.rec = "X1"; }
    out.push({decom: d, dec: null, rne, ls, cin: child.cin, placement, rec: null});
    prevLs = ls;
    prevPlacement = placement;
  }
  const last = out[out.length - 1]!;
  last.dec = end;
  last.rec = child.rec;
  return out;
}
