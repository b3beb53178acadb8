// Every row-level identifier in the input extracts, in the forms the leak check looks for.
// Scanning rule (docs/disclosure.md): identifiers are matched as whole tokens (runs of
// letters and digits, case-insensitive), so a CHILD "1234567" is found in "id:1234567" but
// not inside "91234567". Values too short to tell from ordinary text are not scanned and
// are counted in `skipped` (distinct values): fewer than minLength characters, all digits
// and fewer than minDigits, or one character repeated (placeholders such as URN "XXXXXXX").
// Dates of birth on a period boundary (31 March, 1 April) are skipped too, since every page
// prints those dates, and so are dates that bundled libraries carry as constants
// (2000-01-01 in d3-time-format).
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {decodeUtf8, parseCsv} from "../ingest/csv.js";
import type {LeakCheckConfig} from "./config.js";

export const TOKEN_COLUMNS = ["CHILD", "UPN", "SW_ID", "IRO_ID", "DRN_ID", "URN"] as const;
export const DATE_COLUMNS = ["DOB", "MC_DOB"] as const;
export const POSTCODE_COLUMNS = ["HOME_POST", "PL_POST"] as const;
export type IdentifierKind = (typeof TOKEN_COLUMNS)[number] | (typeof DATE_COLUMNS)[number] | (typeof POSTCODE_COLUMNS)[number];

export interface Identifiers {
  tokens: Map<string, IdentifierKind>;     // upper-case alphanumeric identifiers (and postcodes without space)
  phrases: Map<string, IdentifierKind>;    // upper-case identifiers with punctuation inside ("DRN-0001")
  dates: Map<string, IdentifierKind>;      // ISO yyyy-mm-dd
  postcodes: Map<string, IdentifierKind>;  // upper-case, no space
  skipped: Partial<Record<IdentifierKind, number>>;
  files: number;                           // CSV files read
}

const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/;

export function csvFilesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, {withFileTypes: true, recursive: true})) {
    if (entry.isFile() && entry.name.toLowerCase().endsWith(".csv")) found.push(join(entry.parentPath, entry.name));
  }
  return found.sort();
}

function decode(bytes: Buffer): string {
  try {
    return decodeUtf8(bytes);
  } catch {
    return bytes.toString("latin1"); // a Windows-1252 export still has ASCII identifiers
  }
}

/** dd/mm/yyyy or yyyy-mm-dd (optionally with a time) -> yyyy-mm-dd, or null. */
export function isoDate(text: string): string | null {
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  let y: number, mo: number, d: number;
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

export function collectIdentifiers(input: string, rules: LeakCheckConfig): Identifiers {
  const ids: Identifiers = {tokens: new Map(), phrases: new Map(), dates: new Map(), postcodes: new Map(), skipped: {}, files: 0};
  // Counted once per distinct value: "XXXXXXX" on a thousand rows is one placeholder.
  const skippedValues = new Map<IdentifierKind, Set<string>>();
  const skip = (kind: IdentifierKind, value: string) => {
    let set = skippedValues.get(kind);
    if (!set) skippedValues.set(kind, (set = new Set()));
    set.add(value);
  };
  const ignoredDates = new Set(rules.ignoreDates);
  // A run of one character is a placeholder, not an identifier: 903 URN "XXXXXXX" means none.
  const tooShort = (v: string) => v.length < rules.minLength || (/^\d+$/.test(v) && v.length < rules.minDigits) || /^(.)\1*$/.test(v);
  const ignoredDays = new Set(rules.ignoreBirthDays);

  for (const file of csvFilesUnder(input)) {
    const table = parseCsv(decode(readFileSync(file)));
    ids.files++;
    const header = table.header.map((h) => h.replace(/^\uFEFF/, "").trim().toUpperCase());
    header.forEach((column, index) => {
      const kind = column as IdentifierKind;
      const isToken = (TOKEN_COLUMNS as readonly string[]).includes(column);
      const isDate = (DATE_COLUMNS as readonly string[]).includes(column);
      const isPostcode = (POSTCODE_COLUMNS as readonly string[]).includes(column);
      if (!isToken && !isDate && !isPostcode) return;
      for (const record of table.records) {
        const raw = (record.fields[index] ?? "").trim();
        if (!raw) continue;
        const value = raw.toUpperCase();
        if (isToken) {
          if (tooShort(value)) {
            skip(kind, value);
          } else if (/^[A-Z0-9]+$/.test(value)) {
            ids.tokens.set(value, kind);
            // A numeric id with leading zeros may be printed as a number.
            const stripped = value.replace(/^0+(?=\d)/, "");
            if (stripped !== value && !tooShort(stripped)) ids.tokens.set(stripped, kind);
          } else {
            ids.phrases.set(value, kind);
          }
        } else if (isDate) {
          const iso = isoDate(raw);
          if (!iso || ignoredDays.has(iso.slice(5)) || ignoredDates.has(iso)) skip(kind, value);
          else ids.dates.set(iso, kind);
        } else {
          const m = POSTCODE.exec(value);
          // Only a full postcode identifies an address; a district ("ME7") does not.
          if (!m) skip(kind, value);
          else {
            ids.postcodes.set(m[1]! + m[2]!, kind);
            ids.tokens.set(m[1]! + m[2]!, kind);
          }
        }
      }
    });
  }
  for (const [kind, values] of skippedValues) ids.skipped[kind] = values.size;
  return ids;
}
