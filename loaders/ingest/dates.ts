// Dates in 903 extracts: dd/mm/yyyy as DfE specifies, or ISO yyyy-mm-dd. Dates are kept as
// ISO strings ('2024-03-31') so they compare as text and print as themselves.

export type DateResult =
  | {readonly ok: true; readonly iso: string}
  | {readonly ok: false; readonly rule: "date_two_digit_year" | "date_impossible" | "date_unparseable"; readonly message: string};

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d+)$/;
// Four or more digits first, so dd-mm-yyyy is not read as a two-digit-year ISO date.
const ISO = /^(\d{4,})-(\d{1,2})-(\d{1,2})$/;

// A council's files hold a few thousand distinct dates, each written on many rows: remembering them saves
// the regular expression and its strings per value, and rows then share one ISO string per date.
const seen = new Map<string, DateResult>();
const SEEN_LIMIT = 100_000;

/** The result is shared between calls with the same text: read it, do not change it. */
export function parseDate(text: string): DateResult {
  let result = seen.get(text);
  if (result === undefined) {
    if (seen.size >= SEEN_LIMIT) seen.clear();
    result = parse(text);
    seen.set(text, result);
  }
  return result;
}

function parse(text: string): DateResult {
  const s = text.trim();
  let day: number, month: number, yearText: string;
  const dmy = DMY.exec(s);
  const iso = dmy ? null : ISO.exec(s);
  if (dmy) {
    day = Number(dmy[1]);
    month = Number(dmy[2]);
    yearText = dmy[3]!;
  } else if (iso) {
    yearText = iso[1]!;
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    return {ok: false, rule: "date_unparseable", message: `'${s}' is not a date (expected dd/mm/yyyy or yyyy-mm-dd)`};
  }
  if (yearText.length <= 2) {
    return {ok: false, rule: "date_two_digit_year", message: `'${s}' has a two-digit year; write the year in full (dd/mm/yyyy)`};
  }
  if (yearText.length !== 4) {
    return {ok: false, rule: "date_impossible", message: `'${s}' is not a real date: the year must have four digits`};
  }
  const year = Number(yearText);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return {ok: false, rule: "date_impossible", message: `'${s}' is not a real date`};
  }
  if (year < 1900) {
    return {ok: false, rule: "date_impossible", message: `'${s}' is not a plausible date: year before 1900`};
  }
  return {ok: true, iso: `${yearText}-${pad(month)}-${pad(day)}`};
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Days since 1970-01-01 of an ISO date, as DuckDB's DATE stores it. */
export function epochDays(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** The last day of a collection year: 2025 -> '2025-03-31'. */
export function yearEnd(year: number): string {
  return `${year}-03-31`;
}
