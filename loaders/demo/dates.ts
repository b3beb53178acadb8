// Dates as whole days since 1970-01-01 (UTC), which keeps the simulation to integer arithmetic.

export type Day = number;
const MS = 86_400_000;

export function day(y: number, m: number, d: number): Day {
  return Math.round(Date.UTC(y, m - 1, d) / MS);
}

function parts(n: Day): [number, number, number] {
  const dt = new Date(n * MS);
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
}

export function formatDmy(n: Day): string {
  const [y, m, d] = parts(n);
  return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
}

/** Start (1 April) and end (31 March) of collection year `year` (2025 = 2024-25). */
export function yearStart(year: number): Day {
  return day(year - 1, 4, 1);
}
export function yearEnd(year: number): Day {
  return day(year, 3, 31);
}

/** The day a child born on `dob` turns `years` (29 Feb birthdays fall on 1 March). */
export function birthday(dob: Day, years: number): Day {
  const [y, m, d] = parts(dob);
  return Math.round(Date.UTC(y + years, m - 1, d) / MS);
}

/** Whole years of age on `at`. */
export function ageOn(dob: Day, at: Day): number {
  const [by, bm, bd] = parts(dob);
  const [y, m, d] = parts(at);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function isWeekend(n: Day): boolean {
  const wd = new Date(n * MS).getUTCDay();
  return wd === 0 || wd === 6;
}

/** `count` working days (Mon-Fri) after `from`. Bank holidays are ignored: the generator keeps a margin. */
export function addWorkingDays(from: Day, count: number): Day {
  let n = from;
  let left = count;
  while (left > 0) {
    n += 1;
    if (!isWeekend(n)) left -= 1;
  }
  return n;
}

/** The same day `months` later (clamped to the month's end), as the review cycle counts months. */
export function addMonths(from: Day, months: number): Day {
  const [y, m, d] = parts(from);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, last)) / MS);
}
