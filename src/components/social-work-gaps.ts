// Why a council has no social worker figure for a year: social worker records (sw_episodes) are only in
// SSDA903 returns from 2023-24, so earlier years cannot be computed. Pure: unit-tested.
import {listText, missingYears, yearRanges} from "./year-gaps.js";

export const firstSwYear = "2023-24";

/**
 * One sentence per council with gaps, or none. `loaded`: the council's collection years; `computed`: the
 * years it has a figure for.
 */
export function socialWorkGapText(name: string, loaded: string[], computed: string[]): string | null {
  const missing = missingYears(loaded, computed);
  if (!missing.length) return null;
  const before = missing.filter((y) => y < firstSwYear);
  const after = missing.filter((y) => y >= firstSwYear);
  const parts: string[] = [];
  if (before.length) parts.push(`${listText(yearRanges(before))}, because councils only began sending social worker records to DfE in the ${firstSwYear} return`);
  if (after.length) parts.push(`${listText(yearRanges(after))}, because the social worker records (sw_episodes) were not supplied for ${after.length === 1 ? "that year" : "those years"}`);
  return `No figure for ${name} for ${parts.join("; nor for ")}. These years are left blank, not shown as zero.`;
}
