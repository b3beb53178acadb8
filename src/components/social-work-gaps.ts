// Why a council has no social worker figure for a year: social worker records (sw_episodes) are only in
// SSDA903 returns from 2023-24, so earlier years cannot be computed. Pure: unit-tested.
import {listText, missingYears, yearRanges} from "./year-gaps.js";
import {areaName, comparatorsOf, type AreaFile} from "./rows.js";
import {formatValue} from "./format.js";

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

/**
 * DfE's figures beside the council's, for the latest year DfE published (it publishes social worker
 * instability from 2023-24): "DfE has published this figure for 2023-24 only: England 27%, ... Medway 24%."
 */
export function comparatorSentence(data: AreaFile, la: string, measure: string): string {
  const areas = comparatorsOf(data, la);
  const years = [...new Set(data.measures.filter((r) => r.measure === measure && areas.includes(r.la) && r.value !== null).map((r) => r.year))].sort();
  const latest = years[years.length - 1];
  if (!latest) return "DfE has not published this figure for England or other councils yet.";
  const value = (code: string) => data.measures.find((r) => r.measure === measure && r.la === code && r.year === latest && r.breakdown === "at_end");
  const parts = [la, ...areas].flatMap((code) => {
    const row = value(code);
    return row && row.value !== null ? [`${areaName(data, code)} ${formatValue(row.value, "percent")}`] : [];
  });
  const which = years.length === 1 ? `for ${latest} only` : `up to ${latest}`;
  return `DfE has published this figure ${which}. In ${latest}: ${listText(parts)}. Lower is better: fewer changes of social worker.`;
}
