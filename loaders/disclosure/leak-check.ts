// Scans every file of a built site for the input's row-level identifiers. One pass over
// the file's tokens (runs of letters and digits) against a Map, then a few regex passes
// for the forms that contain punctuation: dates (any order, several separators, month
// names), postcodes with a space, and identifiers with punctuation inside.
import {readdirSync, readFileSync, statSync} from "node:fs";
import {join, relative, sep} from "node:path";
import {brotliDecompressSync, gunzipSync} from "node:zlib";
import {loadDisclosureConfig, type LeakCheckConfig} from "./config.js";
import {collectIdentifiers, DATE_COLUMNS, isoDate, type IdentifierKind, type Identifiers} from "./identifiers.js";

export interface Hit {
  file: string;           // relative to the output folder
  kind: IdentifierKind;   // the input column the value came from
  form: string;           // how it was written: 'token', 'dd/mm/yyyy', 'postcode with space'...
  redacted: string;       // first two characters then ***; the full value is never kept
}

export function redact(value: string): string {
  return `${value.slice(0, 2)}***`;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAY_MS = 86_400_000;

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100) return null;
  const s = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return isoDate(s);
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const lengthCache = new WeakMap<Identifiers, boolean[]>();

/** lengths[k]: is a token of k characters worth looking up (the last slot means "longer"). */
function tokenLengths(ids: Identifiers): boolean[] {
  let lengths = lengthCache.get(ids);
  if (!lengths) {
    let longest = 14;
    for (const t of ids.tokens.keys()) longest = Math.max(longest, t.length);
    lengths = new Array<boolean>(longest + 2).fill(false);
    for (const t of ids.tokens.keys()) lengths[t.length] = true;
    if (ids.dates.size) for (const k of [8, 9, 10, 12, 13]) lengths[k] = true;
    lengthCache.set(ids, lengths);
  }
  return lengths;
}

/** yyyymmdd, ddmmyyyy, and epoch seconds or milliseconds of a UTC midnight (a date serialised as a number). */
function numericDate(token: string, date: (value: string | null, form: string) => void): void {
  if (token.length === 8) {
    date(iso(+token.slice(0, 4), +token.slice(4, 6), +token.slice(6, 8)), "yyyymmdd");
    date(iso(+token.slice(4, 8), +token.slice(2, 4), +token.slice(0, 2)), "ddmmyyyy");
  }
  const ms = token.length >= 12 ? Number(token) : token.length >= 9 && token.length <= 10 ? Number(token) * 1000 : NaN;
  if (ms % DAY_MS === 0) date(new Date(ms).toISOString().slice(0, 10), "epoch");
}

const phraseCache = new WeakMap<Identifiers, RegExp>();

/** One alternation of every punctuated identifier, longest first, built once per input. */
function phraseRegex(ids: Identifiers): RegExp {
  let re = phraseCache.get(ids);
  if (!re) {
    const alternatives = [...ids.phrases.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
    re = new RegExp(`(?<![A-Za-z0-9])(?:${alternatives.join("|")})(?![A-Za-z0-9])`, "gi");
    phraseCache.set(ids, re);
  }
  return re;
}

/** The hits in one text, as [kind, form, value] (deduplicated by the caller). */
export function scanText(text: string, ids: Identifiers, report: (kind: IdentifierKind, form: string, value: string) => void): void {
  const date = (value: string | null, form: string) => {
    if (!value) return;
    const kind = ids.dates.get(value);
    if (kind) report(kind, form, value);
  };

  const lengths = tokenLengths(ids);
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isAlnum(text.charCodeAt(j))) j++;
    // Only tokens of a length some identifier has are worth a slice and a lookup.
    if (lengths[Math.min(j - i, lengths.length - 1)]) {
      const token = text.slice(i, j).toUpperCase();
      const kind = ids.tokens.get(token);
      if (kind) report(kind, ids.postcodes.has(token) ? "postcode without space" : "token", token);
      if (ids.dates.size && /^\d+$/.test(token)) numericDate(token, date);
    }
    i = j;
  }

  if (ids.dates.size) {
    // 04/03/2013, 4-3-2013, 2013/03/04, 04.03.2013, 04%2F03%2F2013, 04\/03\/2013
    const numeric = /(?<![0-9])(\d{1,4})(\/|-|\.|%2F|\\\/)(\d{1,2})\2(\d{1,4})(?![0-9])/gi;
    for (const m of text.matchAll(numeric)) {
      const [a, b, c] = [m[1]!, m[3]!, m[4]!];
      if (a.length === 4) date(iso(+a, +b, +c), "yyyy-mm-dd");
      else if (c.length === 4) {
        date(iso(+c, +b, +a), "dd/mm/yyyy");
        date(iso(+c, +a, +b), "mm/dd/yyyy");
      }
    }
    const month = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    const dayFirst = new RegExp(`(?<![0-9])(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+${month},?[\\s-]+(\\d{4})(?![0-9])`, "gi");
    for (const m of text.matchAll(dayFirst)) date(iso(+m[3]!, MONTHS.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!), "d month yyyy");
    const monthFirst = new RegExp(`(?<![a-z])${month}[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?,?[\\s-]+(\\d{4})(?![0-9])`, "gi");
    for (const m of text.matchAll(monthFirst)) date(iso(+m[3]!, MONTHS.indexOf(m[1]!.toLowerCase()) + 1, +m[2]!), "month d yyyy");
  }

  if (ids.postcodes.size) {
    const spaced = /(?<![A-Za-z0-9])([A-Za-z]{1,2}\d[A-Za-z\d]?)(?:\s+|%20|\+|&nbsp;|\\u0020|_|-)(\d[A-Za-z]{2})(?![A-Za-z0-9])/g;
    for (const m of text.matchAll(spaced)) {
      const value = (m[1]! + m[2]!).toUpperCase();
      const kind = ids.postcodes.get(value);
      if (kind) report(kind, "postcode with space", value);
    }
  }

  if (ids.phrases.size) {
    for (const m of text.matchAll(phraseRegex(ids))) {
      const value = m[0].toUpperCase();
      report(ids.phrases.get(value)!, "token", value);
    }
  }
}

export function filesUnder(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) out.push(join(entry.parentPath, entry.name));
  }
  return out.sort();
}

/** File bytes as text: latin1 keeps every ASCII byte, so identifiers survive in any file. */
function readAsText(file: string): string {
  let bytes: Buffer = readFileSync(file);
  try {
    if (file.endsWith(".gz")) bytes = gunzipSync(bytes);
    else if (file.endsWith(".br")) bytes = brotliDecompressSync(bytes);
  } catch {
    // Not really compressed: scan the bytes as they are.
  }
  return bytes.toString("latin1");
}

// Framework's runtime and the npm bundles prepare-site makes from node_modules: code, never data. Library
// code carries calendar constants (d3-time-format's 2000-01-01, d3-dsv's test dates), so dates of birth are
// not looked for there; identifiers and postcodes still are, and everything else is scanned in full.
const LIBRARY_FOLDERS = ["_npm/", "_observablehq/", "_node/"];
const DATE_KINDS: ReadonlySet<string> = new Set(DATE_COLUMNS);

export function scanFolder(dir: string, ids: Identifiers): Hit[] {
  const hits: Hit[] = [];
  for (const file of filesUnder(dir)) {
    const seen = new Set<string>();
    const name = relative(dir, file);
    const library = LIBRARY_FOLDERS.some((folder) => name.split(sep).join("/").startsWith(folder));
    scanText(readAsText(file), ids, (kind, form, value) => {
      if (library && DATE_KINDS.has(kind)) return;
      const key = `${kind}\u0000${form}\u0000${value}`;
      if (seen.has(key)) return;
      seen.add(key);
      hits.push({file: name, kind, form, redacted: redact(value)});
    });
  }
  return hits;
}

export interface LeakCheckOptions {
  dir: string;                    // the built site
  input: string;                  // the extracts folder
  rules?: LeakCheckConfig;        // default: disclosure.config.json
}

/** Hits of input identifiers in the output; throws when either folder is missing or the input has no CSV. */
export async function leakCheck({dir, input, rules}: LeakCheckOptions): Promise<Hit[]> {
  const ids = loadIdentifiers(input, rules);
  if (!statSync(dir, {throwIfNoEntry: false})?.isDirectory()) throw new Error(`leak-check: output folder ${dir} does not exist`);
  return scanFolder(dir, ids);
}

export function loadIdentifiers(input: string, rules: LeakCheckConfig = loadDisclosureConfig().leakCheck): Identifiers {
  if (!statSync(input, {throwIfNoEntry: false})?.isDirectory()) throw new Error(`leak-check: input folder ${input} does not exist`);
  const ids = collectIdentifiers(input, rules);
  // Passing because there was nothing to look for would be a silent failure.
  if (ids.files === 0) throw new Error(`leak-check: no CSV files under ${input}`);
  return ids;
}
