// Maps each LA's own DRN category labels to the standard keys (extract-format.md), using the
// analyst-editable data/reference/drn-category-map.csv (columns la,label,category; la '*' = any LA).
import {existsSync, readFileSync} from "node:fs";
import {decodeUtf8, parseCsv} from "./csv.js";

export const DRN_CATEGORIES = [
  "documentation", "care_plan", "permanence", "drift_and_delay", "placement_stability", "placement_plan",
  "placement_with_parents", "contact", "education", "health", "life_story", "safety", "visits",
  "direct_work", "chronology", "communication", "promotion_of_interests", "assessment", "contingency", "other"
] as const;

const KEYS = new Set<string>(DRN_CATEGORIES);

/** 'Drift and delay ' -> 'drift_and_delay' */
export function labelKey(label: string): string {
  return label.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
}

export interface DrnMap {
  lookup(la: string, label: string): string | null;
}

export interface DrnMapProblem {
  line: number;
  column: string;
  value: string;
  message: string;
}

export function readDrnMap(path: string): {map: DrnMap; problems: DrnMapProblem[]} {
  const byLa = new Map<string, Map<string, string>>();
  const problems: DrnMapProblem[] = [];
  if (existsSync(path)) {
    const csv = parseCsv(decodeUtf8(readFileSync(path)));
    const col = (name: string) => csv.header.findIndex((h) => h.toLowerCase() === name);
    const [iLa, iLabel, iCategory] = [col("la"), col("label"), col("category")];
    if (iLa < 0 || iLabel < 0 || iCategory < 0) {
      problems.push({line: 1, column: "header", value: csv.header.join(","), message: "the DRN category map needs columns la,label,category"});
    } else {
      for (const r of csv.records) {
        const la = (r.fields[iLa] ?? "").trim() || "*";
        const category = (r.fields[iCategory] ?? "").trim();
        if (!KEYS.has(category)) {
          problems.push({line: r.line, column: "category", value: category, message: `'${category}' is not a standard DRN category key`});
          continue;
        }
        if (!byLa.has(la)) byLa.set(la, new Map());
        byLa.get(la)!.set(labelKey(r.fields[iLabel] ?? ""), category);
      }
    }
  }
  return {
    problems,
    map: {
      lookup(la, label) {
        const key = labelKey(label);
        return byLa.get(la)?.get(key) ?? byLa.get("*")?.get(key) ?? (KEYS.has(key) ? key : null);
      }
    }
  };
}
