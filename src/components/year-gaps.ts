// Years a council has no figure for, said plainly: "2015-16 to 2022-23". Pure: unit-tested.

/** Collection years in order, consecutive ones joined: ['2015-16','2016-17','2018-19'] -> ['2015-16 to 2016-17', '2018-19']. */
export function yearRanges(years: string[]): string[] {
  const sorted = [...new Set(years)].sort();
  const start = (y: string) => Number(y.slice(0, 4));
  const ranges: string[][] = [];
  for (const y of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && start(y) === start(last[last.length - 1]!) + 1) last.push(y);
    else ranges.push([y]);
  }
  return ranges.map((r) => (r.length === 1 ? r[0]! : `${r[0]} to ${r[r.length - 1]}`));
}

/** 'a', 'a and b', 'a, b and c'. */
export function listText(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The years in `expected` with no figure in `present`. */
export function missingYears(expected: string[], present: string[]): string[] {
  const have = new Set(present);
  return [...new Set(expected)].filter((y) => !have.has(y)).sort();
}
