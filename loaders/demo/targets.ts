// The calibration targets: DfE's published figures for Medway and Kent, and the councils' own
// reports where DfE is silent (data/reference/calibration-targets.csv, provenance in PROVENANCE.md).
import {readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {z} from "zod";

export const TARGETS_CSV = join(dirname(fileURLToPath(import.meta.url)), "../../data/reference/calibration-targets.csv");

export const Target = z.object({
  la: z.string(),
  year: z.string().regex(/^\d{4}-\d{2}$/),
  measure: z.string(),
  breakdown: z.string(),
  kind: z.enum(["count", "numerator", "percent", "mean"]),
  target: z.coerce.number(),
  role: z.enum(["target", "reconciliation", "unmeetable"]),
  source: z.string(),
  note: z.string()
});
export type Target = z.infer<typeof Target>;

/** Minimal CSV reader: quoted fields with doubled quotes, no embedded newlines (none in this file). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { out.push(cur); cur = ""; }
    else cur += c;
  }
  out.push(cur);
  return out;
}

export function readTargets(path = TARGETS_CSV): Target[] {
  const lines = readFileSync(path, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.length > 0);
  const header = splitCsvLine(lines[0]!);
  return lines.slice(1).map((line) => {
    const cells = splitCsvLine(line);
    return Target.parse(Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
  });
}

/** Looks up one target value ('2024-25' labels), or undefined. */
export function targetValue(targets: Target[], la: string, year: number, measure: string, breakdown: string, kind?: Target["kind"]): number | undefined {
  const label = `${year - 1}-${String(year % 100).padStart(2, "0")}`;
  const hit = targets.find((t) => t.la === la && t.year === label && t.measure === measure && t.breakdown === breakdown && t.role !== "reconciliation" && (!kind || t.kind === kind));
  return hit?.target;
}
