// Plain-English wording of numbers, years and breakdown keys. Pure functions: unit-tested in Node.
import type {MeasureDefinition} from "../data/schema.js";

export type Unit = MeasureDefinition["unit"];

const whole = new Intl.NumberFormat("en-GB", {maximumFractionDigits: 0});
const oneDecimal = new Intl.NumberFormat("en-GB", {maximumFractionDigits: 1});

/** Percentages to whole numbers in the public view (measures.md "Rounding and display"); counts exact. */
export function formatValue(value: number | null, unit: Unit, flag?: string | null): string {
  if (value === null || value === undefined) return flag ?? "x";
  switch (unit) {
    // Above zero but rounding to it: "<1%" rather than a misleading "0%".
    case "percent": return value > 0 && value < 0.5 ? "<1%" : `${whole.format(value)}%`;
    case "rate": return whole.format(value);
    case "ratio": return oneDecimal.format(value);
    case "days": return `${whole.format(value)} days`;
    default: return whole.format(value);
  }
}

export function formatCount(value: number | null): string {
  return value === null ? "x" : whole.format(value);
}

const numberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * "one in three" for 33%: the simplest k-in-n (n up to 10) within 1.5 points of the percentage,
 * or null when none is close (then the headline uses the percentage itself).
 */
export function inWords(percent: number): string | null {
  if (!(percent > 0 && percent < 100)) return null;
  for (let n = 2; n <= 10; n++) {
    for (let k = 1; k < n; k++) {
      if (gcd(k, n) !== 1) continue;
      if (Math.abs((100 * k) / n - percent) <= 1.5) return `${numberWords[k]} in ${numberWords[n]}`;
    }
  }
  return null;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The date or period a breakdown's snapshot refers to: at_end of 2024-25 is 31 March 2025. */
export function periodText(snapshot: string, year: string): string {
  const start = Number(year.slice(0, 4));
  if (snapshot === "at_end") return `at 31 March ${start + 1}`;
  if (snapshot === "at_start") return `on 1 April ${start}`;
  return `in ${year}`;
}

export function previousYear(year: string): string {
  const start = Number(year.slice(0, 4)) - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
}

// Labels for breakdown groups (measures.md "Output rows and keys"), codes shown where the spec asks.
const groupLabels: Record<string, string> = {
  care_order: "Care order (C2)",
  interim_care_order: "Interim care order (C1)",
  placement_order: "Placement order (E1, D1)",
  s20: "Section 20 (V2)",
  police_protection: "Police protection, EPO or CAO (L1–L3)",
  youth_justice: "Youth justice (J1–J3)",
  under_1: "Under 1", "1_4": "1 to 4", "0_4": "0 to 4", "5_9": "5 to 9", "10_15": "10 to 15", "16_17": "16 to 17", "10_17": "10 to 17",
  male: "Male", female: "Female", unknown: "Unknown",
  white: "White", mixed: "Mixed", asian: "Asian or Asian British", black: "Black or Black British", other: "Other ethnic group",
  refused_or_not_obtained: "Refused or not obtained",
  adopted: "Adopted", sgo: "Special guardianship order", cao: "Child arrangements order", returned_home: "Returned home",
  age_18: "Aged 18", uasc_18_or_transferred: "UASC aged 18 or transferred",
  at_start: "1 April", at_end: "31 March", year: "Year",
  // Reviews (measures.md): participation codes in plain words, age at the review.
  children: "Children", not_assessed: "Timeliness not assessed",
  PN0: "PN0: child under 4", PN1: "PN1: attended and spoke for themselves", PN2: "PN2: attended, an advocate spoke for them",
  PN3: "PN3: attended and gave their views without words", PN4: "PN4: attended but did not contribute",
  PN5: "PN5: did not attend, briefed an advocate", PN6: "PN6: did not attend, sent their views another way",
  PN7: "PN7: did not attend, views not given",
  under_5: "Under 5", "16_plus": "16 and over",
  // Social work: Kent's variant of continuity.
  kent_18_months: "In care 18 months or more (Kent's measure)",
  // Disputes: stage reached and Cafcass referrals (categories are per measure, below).
  stage_unknown: "Stage not recorded", cafcass: "Referred to Cafcass",
  // Where children live (measures.md placement type groups) and the unknowns beside the distance measures.
  foster_relative_friend: "Foster care with relatives or friends", foster_other: "Other foster care", foster: "Foster care (all)",
  placed_for_adoption: "Placed for adoption", childrens_homes_secure: "Children's homes and secure units",
  supported_semi_independent: "Supported or semi-independent living", with_parents: "Living with parents",
  residential_other: "Residential and other settings", temporary: "Temporary placement",
  dfe_other_placements: "Other placements (DfE grouping)", dfe_other_residential: "Other residential settings (DfE grouping)",
  unknown_distance: "Distance from home not recorded", unknown_location: "Location not recorded"
};
// Why children left care, in plain words ('other' is an ethnic group elsewhere).
const ceasedReasons: Record<string, string> = {
  adopted: "Adopted", sgo: "Special guardianship order", cao: "Child arrangements order", returned_home: "Returned home to parents",
  age_18: "Turned 18", uasc_18_or_transferred: "Asylum-seeking child turned 18, or care moved to another council", other: "Other reasons"
};

// Keys whose meaning depends on the measure: 'other' is an ethnic group on one page and a dispute category on another.
// DRN categories: data/reference/drn-categories.csv (the standard list the ingest maps each council's labels to).
const drnCategories: Record<string, string> = {
  documentation: "Documentation (reports absent, late or poor)", care_plan: "Care plan", permanence: "Permanence planning",
  drift_and_delay: "Drift and delay", placement_stability: "Placement stability", placement_plan: "Placement plan",
  placement_with_parents: "Placement with parents", contact: "Contact (family time)", education: "Education", health: "Health",
  life_story: "Life story work", safety: "The child's safety", visits: "Statutory visits", direct_work: "Direct work with the child",
  chronology: "Chronology", communication: "Communication", promotion_of_interests: "Promotion of the child's interests",
  assessment: "Assessment", contingency: "Contingency planning", other: "Other issue"
};
const measureGroupLabels: Record<string, Record<string, string>> = {
  drn_raised: drnCategories, drn_resolved: drnCategories, drn_open: drnCategories,
  ceased: ceasedReasons
};

/** 'care_order' -> 'Care order (C2)'; 'age_13' -> 'Age 13'; 'placements_4' -> '4 placements'; 'stage_2' -> 'Stage 2'.
 * `measure` picks that measure's own labels first (drn_raised 'other' -> 'Other issue'). */
export function groupLabel(key: string, measure?: string): string {
  const known = (measure ? measureGroupLabels[measure]?.[key] : undefined) ?? groupLabels[key];
  if (known) return known;
  let m = /^age_(\d+)$/.exec(key);
  if (m) return `Age ${m[1]}`;
  m = /^placements_(\d+)$/.exec(key);
  if (m) return `${m[1]} placements`;
  m = /^stage_(\d+)$/.exec(key);
  if (m) return `Stage ${m[1]}`;
  if (/^PN\d$/.test(key)) return key;
  return capitalise(key.replace(/_/g, " "));
}

/** 'at_end|care_order' -> {snapshot: 'at_end', groups: ['care_order']} */
export function splitBreakdown(breakdown: string): {snapshot: string; groups: string[]} {
  const [snapshot = "", ...groups] = breakdown.split("|");
  return {snapshot, groups};
}
