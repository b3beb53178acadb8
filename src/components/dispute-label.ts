// Which name a council used for its dispute resolution notices in a year (site.config.json). Pure: unit-tested.
import type {DisputeLabel} from "../data/site-config.js";

export type {DisputeLabel};

/** The council's own entry beats '*'; among those, the latest `from` not after the year (no `from` = always). */
export function disputeLabel(labels: DisputeLabel[], la: string, year: string): DisputeLabel {
  const applies = labels.filter((l) => (l.la === la || l.la === "*") && (!l.from || l.from <= year));
  const rank = (l: DisputeLabel) => [l.la === la ? 1 : 0, l.from ?? ""] as const;
  const best = applies.sort((a, b) => {
    const [ra, fa] = rank(a), [rb, fb] = rank(b);
    return rb - ra || fb.localeCompare(fa);
  })[0];
  return best ?? {la: "*", singular: "dispute resolution", plural: "dispute resolutions", short: "disputes"};
}
