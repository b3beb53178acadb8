// Writes each collection year's files as a council's case system would export them: children
// looked after at any time in the year, their episodes open on or after 1 April, and only what was
// known by 31 March (an episode that ends later is still open in that year's file).
import {mkdir, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {formatDmy, yearEnd, yearStart, type Day} from "./dates.js";
import type {Child, Drn} from "./model.js";
import {YEARS} from "./params.js";

const SW_YEARS = new Set([2024, 2025]);   // social worker episodes were first collected in 2023-24

function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(columns: string[], rows: (string | number | null)[][]): string {
  return [columns.join(","), ...rows.map((r) => r.map(cell).join(","))].join("\n") + "\n";
}

const dmy = (d: Day | null) => (d === null ? "" : formatDmy(d));
const knownBy = (d: Day | null, ye: Day) => (d !== null && d <= ye ? d : null);

export function yearFiles(children: Child[], drns: Drn[], year: number): Record<string, string> {
  const ys = yearStart(year);
  const ye = yearEnd(year);
  const inYear = children.filter((c) => c.entry <= ye && (c.exit === null || c.exit >= ys));
  const sex = (c: Child) => (year <= 2024 ? (c.sex === "M" ? "1" : "2") : c.sex);

  const files: Record<string, string> = {};
  files["header.csv"] = csv(["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
    inYear.map((c) => [c.id, sex(c), dmy(c.dob), c.ethnic, c.upn, c.mother, c.mcDob !== null && c.mcDob <= ye ? dmy(c.mcDob) : ""]));

  const episodes: (string | number | null)[][] = [];
  for (const c of inYear) {
    for (const e of c.episodes) {
      if (e.decom > ye || (e.dec !== null && e.dec < ys)) continue;
      const dec = knownBy(e.dec, ye);
      const p = e.placement;
      episodes.push([c.id, dmy(e.decom), e.rne, e.ls, e.cin, p.place, p.provider, dmy(dec), dec === null ? "" : e.rec,
        e.rne === "S" || e.rne === "L" ? "" : p.reason, c.homePost, p.post, p.urn,
        p.distance, p.plLa, p.location]);
    }
  }
  files["episodes.csv"] = csv(["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
    "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN", "PL_DISTANCE", "PL_LA", "PL_LOCATION"], episodes);

  files["reviews.csv"] = csv(["CHILD", "DOB", "REVIEW", "REVIEW_CODE"],
    inYear.flatMap((c) => c.reviews.filter((r) => r.date >= ys && r.date <= ye).map((r) => [c.id, dmy(c.dob), dmy(r.date), r.code])));

  files["uasc.csv"] = csv(["CHILD", "SEX", "DOB", "DUC"],
    inYear.filter((c) => c.uasc).map((c) => {
      const duc = uascCeased(c);
      return [c.id, sex(c), dmy(c.dob), dmy(knownBy(duc, ye))];
    }));

  files["missing.csv"] = csv(["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
    inYear.flatMap((c) => c.missing.filter((m) => m.start >= ys && m.start <= ye)
      .map((m) => [c.id, dmy(c.dob), m.kind, dmy(m.start), dmy(knownBy(m.end, ye))])));

  if (SW_YEARS.has(year)) {
    files["sw_episodes.csv"] = csv(["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"],
      inYear.flatMap((c) => c.sw.filter((s) => s.start <= ye && (s.end === null || s.end >= ys)).map((s) => {
        const end = knownBy(s.end, ye);
        return [c.id, dmy(c.dob), s.id, dmy(s.start), dmy(end), end === null ? "" : s.reason];
      })));
  }

  files["drn.csv"] = csv(["DRN_ID", "CHILD", "IRO_ID", "RAISED", "CATEGORY", "STAGE", "RESOLVED", "CAFCASS"],
    drns.filter((d) => d.raised <= ye && (d.raised >= ys || d.resolved === null || d.resolved >= ys)).map((d) => {
      const resolved = knownBy(d.resolved, ye);
      return [d.id, d.child ?? "", d.iro, dmy(d.raised), d.label, d.stage, dmy(resolved), d.cafcass ? "Y" : "N"];
    }));

  files["iro_allocations.csv"] = csv(["IRO_ID", "CHILD", "START", "END", "FTE"],
    inYear.flatMap((c) => c.iro.filter((a) => a.start <= ye && (a.end === null || a.end >= ys))
      .map((a) => [a.iro, c.id, dmy(a.start), dmy(knownBy(a.end, ye)), a.fte])));
  return files;
}

/** UASC status ends at 18 (or when the Home Office assesses the child as an adult). */
export function uascCeased(c: Child): Day {
  if (c.fate === "age_assessed" && c.exit !== null) return c.exit;
  const d = new Date(c.dob * 86_400_000);
  return Math.round(Date.UTC(d.getUTCFullYear() + 18, d.getUTCMonth(), d.getUTCDate()) / 86_400_000);
}

export async function writeLa(out: string, la: string, children: Child[], drns: Drn[]): Promise<void> {
  for (const year of YEARS) {
    const dir = join(out, la, String(year));
    await mkdir(dir, {recursive: true});
    const files = yearFiles(children, drns, year);
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  }
}
