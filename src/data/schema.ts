// The shapes of the JSON files the site's data loaders write (src/data/*.json.ts) and the pages read.
// Components import these as types only, so zod never reaches the browser.
import {z} from "zod";
import {MeasureRow} from "../../loaders/measures/schema.js";
import {DisclosureFlag} from "../../loaders/disclosure/schema.js";
import {MeasureDefinition as Definition} from "../../loaders/measures/catalogue/schema.js";

export const MeasureDefinition = Definition;
export type MeasureDefinition = z.infer<typeof Definition>;

// GSS symbols (loaders/disclosure/schema.ts): c confidential, x not available, z not applicable, k rounds
// to zero. A 'c' row has value null. The loaders omit an absent flag.
export const SiteRow = MeasureRow.extend({flag: DisclosureFlag.nullable().optional()});
export type SiteRow = z.infer<typeof SiteRow>;

// What scripts/build.ts writes beside measures.json in the build folder.
export const BuildInfo = z.object({
  generated: z.string(),
  synthetic: z.boolean(),
  analyst: z.boolean(),
  input: z.string()                 // the input folder's name relative to the project, never an absolute path
});
export type BuildInfo = z.infer<typeof BuildInfo>;

export const Area = z.object({
  la: z.string(),
  name: z.string(),
  // dfe: the council's own figure as DfE published it ('dfe:887'); quartile: where DfE's figure falls among
  // all councils ('quartile:887': value = band 1-4, 1 = lowest values; numerator = rank, denominator = councils)
  kind: z.enum(["la", "england", "region", "neighbours", "dfe", "quartile"]),
  region: z.string().optional()     // for a council: its region's number, when known
});
export type Area = z.infer<typeof Area>;

// One file per page area: the rows of its measures and their definitions.
export const AreaFile = z.object({
  generated: z.string(),
  synthetic: z.boolean(),
  analyst: z.boolean(),
  threshold: z.number().int().nullable(),  // suppression threshold ('c' = fewer than this); null when unsuppressed
  las: z.array(z.string()),         // the councils loaded (not comparators), in display order
  years: z.array(z.string()),       // every year present, oldest first
  areas: z.array(Area),             // names of every la code in the rows, comparators included
  catalogue: z.array(MeasureDefinition),
  measures: z.array(SiteRow)
});
export type AreaFile = z.infer<typeof AreaFile>;

export const MetaFile = AreaFile.omit({measures: true}).extend({
  pages: z.record(z.string(), z.array(z.string()))   // page area -> measure ids it carries
});
export type MetaFile = z.infer<typeof MetaFile>;
