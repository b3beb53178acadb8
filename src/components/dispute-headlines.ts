// Sentences for the Disputes page that the generic headline cannot say. Pure: unit-tested.
import type {AreaFile} from "./rows.js";
import {areaName} from "./rows.js";
import {formatValue} from "./format.js";
import {disputeLabel, type DisputeLabel} from "./dispute-label.js";
import {listText} from "./year-gaps.js";

// The IRO Handbook expects a dispute resolved within 20 working days: four weeks, 28 calendar days,
// when no bank holiday falls in them. The median is in calendar days.
export const handbookDays = 28;

/** "Medway resolved 169 Dispute Resolution Notifications (DRNs) in 2024-25; half took 19 days or less from being raised, within ..." */
export function timeToResolveHeadline(data: AreaFile, labels: DisputeLabel[], la: string, year: string): string | null {
  const row = data.measures.find((r) => r.measure === "drn_time_to_resolve" && r.la === la && r.year === year && r.breakdown === "year");
  if (!row || row.value === null || row.value === undefined) return null;
  const label = disputeLabel(labels, la, year);
  const days = formatValue(row.value, "days");
  const against = row.value <= handbookDays
    ? `within the IRO Handbook's 20 working days (about ${handbookDays} days)`
    : `longer than the IRO Handbook's 20 working days (about ${handbookDays} days)`;
  const name = areaName(data, la);
  const lead = row.denominator
    ? `${name} resolved ${formatValue(row.denominator, "count")} ${label.plural} (${label.short}) in ${year}; half took`
    : `Half the ${label.plural} (${label.short}) ${name} resolved in ${year} took`;
  return `${lead} ${days} or less from being raised, ${against}.`;
}

/** What each council calls them: "Medway calls them Dispute Resolution Notifications (DRNs), and from 2025-26 ..." */
export function namesText(data: AreaFile, labels: DisputeLabel[]): string {
  const parts = data.las.map((la) => {
    const own = labels.filter((l) => l.la === la).sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""));
    const first = disputeLabel(labels, la, "0000-00");
    const later = own.filter((l) => l.from);
    const base = `${areaName(data, la)} calls them ${first.plural} (${first.short})`;
    return later.length ? `${base}, renamed ${listText(later.map((l) => `${l.plural} (${l.short}) from ${l.from}`))}` : base;
  });
  return `${listText(parts)}.`;
}
