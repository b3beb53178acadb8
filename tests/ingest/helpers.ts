// Builds small input folders in a temp dir and loads them.
import {mkdtempSync, mkdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {buildWarehouse} from "../../loaders/warehouse/build.js";
import type {IngestReport, QualityRow} from "../../loaders/ingest/report.js";

export type Files = Record<string, string | Uint8Array | null>;   // null removes a baseline file

/**
 * A valid LA-year (887, 2024-25) that loads with no problems at all:
 * two children; A1 has two episodes joined by X1, A2 one open s20 episode; one review each.
 */
export const BASELINE: Files = {
  "887/2025/header.csv": "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA1,M,01/06/2015,WBRI,,,\nA2,F,2012-02-29,CHNE,,,\n",
  "887/2025/episodes.csv":
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n" +
    "A1,01/05/2024,S,C2,N1,U4,PR1,01/09/2024,X1,,,,\n" +
    "A1,01/09/2024,P,C2,N1,K3,PR4,,,CARPL,,,\n" +
    "A2,10/10/2023,S,V2,N2,U6,PR1,,,,,,\n",
  "887/2025/reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/06/2015,20/05/2024,PN1\nA2,29/02/2012,01/12/2024,PN7\n"
};

export function writeInput(files: Files): string {
  const dir = mkdtempSync(join(tmpdir(), "ingest-in-"));
  for (const [path, content] of Object.entries(files)) {
    if (content === null) continue;
    mkdirSync(dirname(join(dir, path)), {recursive: true});
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), "ingest-db-")), "warehouse.duckdb");
}

/** Loads the baseline with some files replaced, added or removed. */
export async function load(overrides: Files = {}, base: Files = BASELINE): Promise<IngestReport & {dbPath: string}> {
  const input = writeInput({...base, ...overrides});
  const dbPath = tempDb();
  const report = await buildWarehouse({input, db: dbPath});
  return {...report, dbPath};
}

export function problems(report: IngestReport, rule?: string): QualityRow[] {
  return report.quality.filter((q) => q.severity !== "info" && (!rule || q.rule === rule));
}
