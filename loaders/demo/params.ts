// Simulation parameters per LA and year. Flows (stock, starts, ceases, UASC, adoptions, SGOs) are
// read from the calibration targets; behaviour (ages, legal routes, placement mix, move rates) is
// set here by hand, tuned until the computed measures land on the targets (see CALIBRATION.md).
// Nothing here is a measure's output: these are the inputs of the journeys that produce them.
import {FITTED, type YearFit} from "./fitted.js";
import type {Target} from "./targets.js";
import {targetValue} from "./targets.js";

export const FIRST_YEAR = 2016;   // 2015-16 collection
export const LAST_YEAR = 2025;    // 2024-25 collection
export const YEARS = Array.from({length: LAST_YEAR - FIRST_YEAR + 1}, (_, i) => FIRST_YEAR + i);

export type Weights = Record<string, number>;

export interface LaProfile {
  la: string;
  name: string;
  neighbours: string[];               // LA numbers used for out-of-area placements
  initialUasc: number;                // UASC looked after on 1 April 2015 (not published: Kent's pre-surge level)
  uascStartShare: Record<number, number>;  // share of starts that are UASC, before DfE publishes it (2020 on)
  uascFloor: number;                  // UASC stock when DfE suppresses the figure
  nonUascMale: number;
  uascMale: number;
  ethnicNonUasc: Weights;
  ethnicUasc: (year: number) => Weights;  // by collection year of arrival: the countries UASC came from shifted
  entryAge: Weights;                  // non-UASC age band at entry
  entryLs: (year: number) => Weights; // non-UASC legal status at entry
  c1ToC2Days: [number, number];       // how long care proceedings run (interim order to final)
  v2ToC1Days: [number, number];       // how long before an s20 case goes to court
  v2ToC1: number;                     // share of s20 entrants whose case later goes to court
  moveRate: (year: number) => number; // placement moves a year for a settled child of average instability
  earlyMove: number;                  // share of entrants moved on from their first (emergency) placement
  placeInLa: (year: number) => {foster: number; home: number; supported: number; relative: number};
  outOver20: number;                  // share of out-of-area placements more than 20 miles away
  inOver20: number;                   // share of in-area placements more than 20 miles away (Kent is large)
  farHome: number;                    // share of children whose family lives far away
  uascPlace: Weights;
  uascAge: (year: number) => Weights; // age in years on arrival of UASC, by collection year of arrival
  instabilityTail: number;            // latent instability of the few children who move again and again
  homeAt17: number;                   // how likely a 17-year-old is to go home, relative to a younger child
  supportedAt16: number;              // share of 16-17 placements in supported accommodation (non-UASC)
  moveOnAt16: number;                 // share of 16-17s in foster or children's homes who move on to supported accommodation
  homeShare: number;                  // share of placements of 10+ in a children's home
  otherResidential: number;           // share of placements of 10+ in other residential settings (R1, S1, Z1)
  caoShare: number;                   // child arrangements orders, share of ceases
  otherShare: number;                 // other reasons (E13, E8), share of ceases
  reviewLate: number;                 // share of reviews held late
  pn7: number;                        // share of reviews (age 4+) where the child's views were not conveyed
  iroCaseload: number;                // children per IRO FTE the service is staffed for
  iroCaseloadByYear?: Record<number, number>;  // years the service was staffed differently (from the reports)
  swTenureDays: number;               // mean length of a social worker allocation
  reviewExtra: number;                // share of reviews followed by one brought forward (a change of plan)
  pendingOrders: number;              // children on placement orders at the end, adopted after it
  drnRaised: Record<number, number>;  // DRNs raised a year (from the reports; interpolated between)
  drnStages: (year: number) => Weights;
  drnLabels: (year: number) => Weights;
  drnSiblingGroups: boolean;          // a stage 3 dispute about a sibling group is raised once per child (Medway's report)
  nationalTransferDays: [number, number];
}

const lerp = (year: number, a: [number, Weights], b: [number, Weights]): Weights => {
  const t = Math.min(1, Math.max(0, (year - a[0]) / (b[0] - a[0])));
  const out: Weights = {};
  for (const k of new Set([...Object.keys(a[1]), ...Object.keys(b[1])])) out[k] = (a[1][k] ?? 0) * (1 - t) + (b[1][k] ?? 0) * t;
  return out;
};

// Kent's own DRN labels, from its 2016-17 and 2017-18 reports (shares of DRNs raised).
const KENT_LABELS_2017: Weights = {
  "C&F / Core / Needs Ass DR": 2.1, "Care Plan/PWP DR": 32.6, "permanence DR": 1.8, "stable placement DR": 4.5,
  "safety DR": 0.8, "health DR": 1.6, "education DR": 5.4, "promotion of interests DR": 1.2, "contact DR": 1.7,
  "visits DR": 2.2, "direct work DR": 0.3, "Life Story Work": 3.2, "Later Life Letter": 0.3, "contingency DR": 1.3,
  "Pre-meeting Report DR Not there": 10.3, "Pre-meeting Report DR Quality": 17.7, "Pledge DR": 0.3, "Other Issues DR": 12.7
};
const KENT_LABELS_2018: Weights = {
  "Care Plan/Pathway Plan": 10.1, "Chronology": 3.1, "Communication": 0.6, "Contact": 0.6, "Drift": 0.6,
  "Education": 3.8, "Health": 0.6, "Life Story Work": 1.3, "No Permanency Planning Meeting": 4.4, "Other": 17.6,
  "Permanence": 1.9, "Placement Plan": 0.6, "Pre-Meeting Report not there": 44.7, "Promotion of Interests": 0.6,
  "Placement with Parents": 0.6, "Safety": 0.6, "Stable Placement": 8.2
};
// Medway's report names documentation (absent or late reports) and 'other' as the main categories,
// then drift and permanence; the rest are its smaller categories, in the standard wording.
const MEDWAY_LABELS: Weights = {
  "Absent or late social work report": 36, "Other": 22, "Drift in care plan": 9, "Permanence planning": 8, "Care plan": 5,
  "Placement stability": 4, "Contact": 3, "PEP out of date": 3, "Health": 2, "Life story": 2, "Review decisions not progressed": 3,
  "Significant events not notified": 2, "Chronologies": 1
};

// Age in years on arrival of UASC: mostly 16 and 17.
const UASC_AGE: Weights = {"13": 0.02, "14": 0.05, "15": 0.15, "16": 0.42, "17": 0.36};
const YOUNGER_UASC_AGE: Weights = {"13": 0.03, "14": 0.07, "15": 0.2, "16": 0.42, "17": 0.28};

const WHITE_BRITISH_HEAVY = (white: number, mixed: number, asian: number, black: number, other: number): Weights => ({
  WBRI: white * 0.93, WIRI: white * 0.006, WOTH: white * 0.05, WIRT: white * 0.01, WROM: white * 0.004,
  MWBC: mixed * 0.5, MWBA: mixed * 0.12, MWAS: mixed * 0.18, MOTH: mixed * 0.2,
  AIND: asian * 0.25, APKN: asian * 0.25, ABAN: asian * 0.15, AOTH: asian * 0.35,
  BCRB: black * 0.25, BAFR: black * 0.55, BOTH: black * 0.2,
  CHNE: other * 0.1, OOTH: other * 0.8, REFU: other * 0.05, NOBT: other * 0.05
});

export const PROFILES: Record<string, LaProfile> = {
  "887": {
    la: "887", name: "Medway", neighbours: ["886", "845", "319", "305", "303"],
    initialUasc: 3,
    uascStartShare: {2016: 0.02, 2017: 0.02, 2018: 0.02, 2019: 0.05, 2020: 0.03, 2021: 0.02, 2022: 0.02, 2023: 0.02, 2024: 0.18, 2025: 0.22},
    uascFloor: 3,
    nonUascMale: 0.59, uascMale: 0.95,
    ethnicNonUasc: WHITE_BRITISH_HEAVY(0.872, 0.057, 0.032, 0.035, 0.004),
    ethnicUasc: () => ({OOTH: 0.57, BAFR: 0.2, BOTH: 0.05, AOTH: 0.1, WOTH: 0.08}),
    entryAge: {under_1: 0.21, "1_4": 0.19, "5_9": 0.19, "10_15": 0.31, "16_17": 0.1},
    entryLs: (year) => lerp(year, [2021, {V2: 0.45, C1: 0.4, L1: 0.1, L2: 0.03, C2: 0.01, E1: 0.01}], [2025, {V2: 0.3, C1: 0.41, L1: 0.12, L2: 0.04, C2: 0.07, J1: 0.06}]),
    c1ToC2Days: [230, 800],
    v2ToC1Days: [30, 200],
    v2ToC1: 0.87,
    // DfE's three-or-more-placements rose from 9% to 14% and long-term stability fell: moves grew more common.
    moveRate: (year) => 0.29 + 0.19 * Math.min(1, Math.max(0, (year - 2019) / 5)), earlyMove: 0.4,
    // Medway's placements have moved further out of area year on year (DfE's LACDistance 16% -> 29%).
    placeInLa: (year) => {
      const t = Math.min(1, Math.max(0, (year - 2019) / 3));
      return {foster: 0.82 - 0.2 * t, home: 0.2 - 0.08 * t, supported: 0.5 - 0.15 * t, relative: 0.85 - 0.1 * t};
    },
    outOver20: 0.8, inOver20: 0.0, farHome: 0.05,
    uascPlace: {foster: 0.65, supported: 0.3, home: 0.05},
    // Medway's 2023-25 arrivals (mostly via the National Transfer Scheme) were younger than its earlier few.
    uascAge: (year) => (year >= 2024 ? YOUNGER_UASC_AGE : UASC_AGE),
    instabilityTail: 3,
    // Medway's 2024-25 leavers: 43 went home and only 60 left at 18, so 17-year-olds went home as often as younger children.
    homeAt17: 1,
    supportedAt16: 0.5, homeShare: 0.16, moveOnAt16: 0.15, otherResidential: 0.03,
    caoShare: 0.02, otherShare: 0.03,
    reviewLate: 0.006, pn7: 0.008,
    iroCaseload: 58, swTenureDays: 340, reviewExtra: 0.05, pendingOrders: 26,
    drnRaised: {2016: 140, 2017: 140, 2018: 145, 2019: 150, 2020: 230, 2021: 150, 2022: 130, 2023: 135, 2024: 117, 2025: 164},
    drnStages: () => ({"1": 0.86, "2": 0.13, "3": 0.007}),
    drnSiblingGroups: true,
    drnLabels: () => MEDWAY_LABELS,
    nationalTransferDays: [10, 60]
  },
  "886": {
    la: "886", name: "Kent", neighbours: ["887", "845", "936", "305", "938"],
    initialUasc: 380,
    uascStartShare: {2016: 0.62, 2017: 0.38, 2018: 0.22, 2019: 0.5},
    uascFloor: 200,
    nonUascMale: 0.56, uascMale: 0.97,
    ethnicNonUasc: WHITE_BRITISH_HEAVY(0.905, 0.06, 0.008, 0.015, 0.012),
    ethnicUasc: () => ({BAFR: 0.31, BOTH: 0.02, OOTH: 0.5, AOTH: 0.07, WOTH: 0.1}),
    entryAge: {under_1: 0.18, "1_4": 0.15, "5_9": 0.16, "10_15": 0.35, "16_17": 0.16},
    entryLs: () => ({V2: 0.45, C1: 0.33, L1: 0.13, L2: 0.03, C2: 0.04, E1: 0.02}),
    c1ToC2Days: [180, 600],
    v2ToC1Days: [60, 400],
    v2ToC1: 0.25,
    moveRate: () => 0.35, earlyMove: 0.35,
    // Kent's out-of-county placements grew after 2016 (DfE's LACDistance 4% -> 8%).
    placeInLa: (year) => {
      const t = Math.min(1, Math.max(0, (year - 2016) / 2));
      return {foster: 0.96 - 0.08 * t, home: 0.65 - 0.22 * t, supported: 0.9 - 0.17 * t, relative: 0.96 - 0.05 * t};
    },
    outOver20: 0.67, inOver20: 0.08, farHome: 0.01,
    uascPlace: {foster: 0.2, supported: 0.75, home: 0.05},
    // Kent's arrivals from 2018-19 were younger: they stay longer, which keeps its UASC stock up in a
    // year of fewer arrivals (31 March 2020).
    uascAge: (year) => (year >= 2019 ? YOUNGER_UASC_AGE : UASC_AGE),
    // Kent's placement-count table has a longer tail (more children with 6-10 placements) than Medway's.
    instabilityTail: 4,
    // Kent's 16-17s stay until 18 (its 703 aged 16-17 at 31 March 2017).
    homeAt17: 0,
    supportedAt16: 0.45, homeShare: 0.17, moveOnAt16: 0.45, otherResidential: 0.08,
    caoShare: 0.01, otherShare: 0.05,
    reviewLate: 0.004, pn7: 0.047,
    // Kent's reports: the team was stretched at 31 March 2017 and better staffed through 2017-18.
    iroCaseload: 68.5, iroCaseloadByYear: {2017: 72.6, 2018: 63.9}, swTenureDays: 290, reviewExtra: 0.17, pendingOrders: 100,
    drnRaised: {2016: 500, 2017: 532, 2018: 159, 2019: 165, 2020: 170, 2021: 175, 2022: 180, 2023: 185, 2024: 190, 2025: 195},
    drnSiblingGroups: false,
    drnStages: (year) => year <= 2017 ? {"1": 0.666, "2": 0.262, "3": 0.072} : {"1": 0.855, "2": 0.107, "3": 0.038},
    drnLabels: (year) => year <= 2017 ? KENT_LABELS_2017 : KENT_LABELS_2018,
    nationalTransferDays: [5, 50]
  }
};

export interface YearParams {
  stock: number;        // children looked after at 31 March (DfE)
  starts: number;       // children who started (DfE)
  ceased: number;       // children who ceased (DfE)
  uascStock: number;    // UASC at 31 March (DfE, or the profile's floor when suppressed)
  uascShare: number;    // share of starts that are UASC
  adopted: number;
  sgo: number;
}

export function yearParams(targets: Target[], profile: LaProfile, year: number): YearParams {
  const need = (measure: string, breakdown: string, kind?: Target["kind"]) => {
    const v = targetValue(targets, profile.la, year, measure, breakdown, kind);
    if (v === undefined) throw new Error(`no ${measure} ${breakdown} target for ${profile.la} ${year}`);
    return v;
  };
  const uascPct = UASC_START_PCT[profile.la]?.[year];
  return {
    stock: need("cla_count", "at_end"),
    starts: need("starts", "year"),
    ceased: need("ceased", "year|children"),
    uascStock: targetValue(targets, profile.la, year, "uasc_count", "at_end") ?? profile.uascFloor,
    uascShare: uascPct !== undefined ? uascPct / 100 : profile.uascStartShare[year] ?? 0,
    adopted: need("ceased", "year|children|adopted"),
    sgo: need("ceased", "year|children|sgo")
  };
}

// DfE's UASC_%_Starting (LAIT), used as an input only (it is not a calibration target).
const UASC_START_PCT: Record<string, Record<number, number>> = {
  "886": {2020: 36, 2021: 49, 2022: 47, 2023: 63, 2024: 79, 2025: 83},
  "887": {2021: 0, 2023: 0, 2024: 18, 2025: 22}
};

const NO_FIT: YearFit = {home: 1, supported: 1, outside: 1, moves: 1, settle: 1, other: 1};

/** The fitted multipliers for an LA and collection year (1 where none were fitted). */
export function yearFit(la: string, year: number): YearFit {
  return FITTED[la]?.[year] ?? NO_FIT;
}

/** The collection year a date falls in (1 April - 31 March). */
export function collectionYear(d: number): number {
  const dt = new Date(d * 86_400_000);
  return dt.getUTCMonth() >= 3 ? dt.getUTCFullYear() + 1 : dt.getUTCFullYear();
}
