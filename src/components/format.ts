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
  at_start: "1 April", at_end: "31 March", year: "Year"
};

/** 'care_order' -> 'Care order (C2)'; 'age_13' -> 'Age 13'; 'placements_4' -> '4 placements'; 'stage_2' -> 'Stage 2'. */
export function groupLabel(key: string): string {
  const known = groupLabels[key];
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
