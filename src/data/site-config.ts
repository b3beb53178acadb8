// Site settings (site.config.json at the project root): for now, what each council calls its
// dispute resolution notices. Read at build time by src/data/disputes-labels.json.ts.
import {existsSync, readFileSync} from "node:fs";
import {resolve} from "node:path";
import {z} from "zod";

export const DisputeLabel = z.object({
  la: z.string(),                                        // LA number, or '*' for every council
  from: z.string().regex(/^\d{4}-\d{2}$/).optional(),    // first collection year it applies to, e.g. '2025-26'
  singular: z.string().min(1),
  plural: z.string().min(1),
  short: z.string().min(1)                               // e.g. 'DRNs', for headings and tight spaces
});
export type DisputeLabel = z.infer<typeof DisputeLabel>;

export const SiteConfig = z.object({
  disputeLabels: z.array(DisputeLabel).min(1)
});
export type SiteConfig = z.infer<typeof SiteConfig>;

const fallback: SiteConfig = {disputeLabels: [{la: "*", singular: "dispute resolution", plural: "dispute resolutions", short: "disputes"}]};

export function loadSiteConfig(file = resolve(import.meta.dirname, "..", "..", "site.config.json")): SiteConfig {
  if (!existsSync(file)) return fallback;
  const parsed = SiteConfig.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`site.config.json: ${parsed.error.message}`);
  return parsed.data;
}
