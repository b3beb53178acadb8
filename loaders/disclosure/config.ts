// Disclosure settings live in disclosure.config.json at the project root so an LA can
// raise the threshold without touching code; every default here matches that file.
import {readFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {z} from "zod";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const defaultConfigPath = join(root, "disclosure.config.json");

export const LeakCheckConfig = z.object({
  // Identifiers shorter than this cannot be told apart from ordinary text ("12", "A1").
  minLength: z.number().int().min(1).default(4),
  // All-digit identifiers need more: shorter numbers turn up in counts, years and library code (86400, 65535).
  minDigits: z.number().int().min(1).default(6),
  // Month-days ("03-31") the site prints as period boundaries; a birthday on one cannot be scanned.
  ignoreBirthDays: z.array(z.string().regex(/^\d\d-\d\d$/)).default(["03-31", "04-01"]),
  // Whole dates that library code carries as constants (d3-time-format parses "2000-01-01").
  ignoreDates: z.array(z.string().regex(/^\d{4}-\d\d-\d\d$/)).default([])
});
export type LeakCheckConfig = z.infer<typeof LeakCheckConfig>;

export const DisclosureConfig = z.object({
  threshold: z.number().int().min(1).default(5),       // counts 1..threshold-1 are suppressed
  minDenominator: z.number().int().min(0).default(10), // percentages on fewer are suppressed
  publicDecimals: z.number().int().min(0).default(0),  // percentages are shown to this many places
  // Areas whose figures DfE has already published (England, regions, 'sn:887', 'dfe:887').
  comparatorPattern: z.string().default("^9[7-9][0-9]$|:"),
  leakCheck: LeakCheckConfig.prefault({})
});
export type DisclosureConfig = z.infer<typeof DisclosureConfig>;

export function loadDisclosureConfig(path: string = defaultConfigPath): DisclosureConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return DisclosureConfig.parse({});
  }
  return DisclosureConfig.parse(JSON.parse(text));
}
