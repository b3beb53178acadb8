// Legal routes through care: police protection or an interim care order leading to a care order,
// section 20 accommodation (sometimes followed by proceedings), and placement orders before adoption.
import type {Day} from "./dates.js";
import type {LegalChange} from "./model.js";
import type {LaProfile} from "./params.js";
import type {Rng} from "./prng.js";

export function defaultLegal(entry: Day, entryLs: string, uasc: boolean, profile: LaProfile, rng: Rng): LegalChange[] {
  if (uasc) return [{date: entry, ls: "V2"}];
  const plan: LegalChange[] = [{date: entry, ls: entryLs}];
  let t = entry;
  let ls = entryLs;
  if (ls === "L1" || ls === "L2") {
    t += rng.int(1, 8);
    ls = rng.chance(0.6) ? "C1" : "V2";
    plan.push({date: t, ls});
  }
  if (ls === "V2" && rng.chance(profile.v2ToC1)) {
    t += rng.int(profile.v2ToC1Days[0], profile.v2ToC1Days[1]);
    ls = "C1";
    plan.push({date: t, ls});
  }
  if (ls === "C1") {
    t += rng.int(profile.c1ToC2Days[0], profile.c1ToC2Days[1]);
    plan.push({date: t, ls: "C2"});
  }
  return plan;
}

/** The route for a child who will be adopted: into proceedings, then a placement order on `orderDate`. */
export function adoptionLegal(entry: Day, entryLs: string, orderDate: Day): LegalChange[] {
  const plan: LegalChange[] = [{date: entry, ls: entryLs}];
  if (entryLs === "E1") return plan;
  if ((entryLs === "L1" || entryLs === "L2") && orderDate > entry + 3) plan.push({date: entry + 3, ls: "C1"});
  if (entryLs === "V2" && orderDate > entry + 60) plan.push({date: entry + Math.round((orderDate - entry) / 3), ls: "C1"});
  plan.push({date: orderDate, ls: "E1"});
  return plan;
}

export function lsAt(plan: LegalChange[], date: Day): string {
  let ls = plan[0]!.ls;
  for (const change of plan) if (change.date <= date) ls = change.ls;
  return ls;
}
