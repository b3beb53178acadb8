// The 903 code lists (extract-format.md) and which collection years each code is valid in.
// Codes are never guessed: an unknown code is an error for its row.

export type CodeField =
  | "SEX" | "ETHNIC" | "LS" | "RNE" | "REC" | "PLACE" | "PLACE_PROVIDER" | "CIN"
  | "REASON_PLACE_CHANGE" | "REVIEW_CODE" | "SW_REASON" | "MISSING" | "PL_LOCATION" | "CAFCASS";

const list = (codes: string) => new Set(codes.split(" "));

const ALWAYS: Record<Exclude<CodeField, "SEX" | "PLACE">, Set<string>> = {
  ETHNIC: list("WBRI WIRI WOTH WIRT WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB BAFR BOTH CHNE OOTH REFU NOBT"),
  LS: list("C1 C2 D1 E1 V2 V3 V4 L1 L2 L3 J1 J2 J3"),
  RNE: list("S L P T B U"),
  REC: list("E11 E12 E45 E46 E47 E48 E41 E4A E4B E13 E5 E6 E17 E2 E3 E7 E9 E14 E15 E16 E8 X1"),
  PLACE_PROVIDER: list("PR0 PR1 PR2 PR3 PR4 PR5"),
  CIN: list("N1 N2 N3 N4 N5 N6 N7 N8"),
  REASON_PLACE_CHANGE: list("CARPL CLOSE ALLEG STAND APPRR CREQB CREQO CHILD LAREQ PLACE CUSTOD OTHER"),
  REVIEW_CODE: list("PN0 PN1 PN2 PN3 PN4 PN5 PN6 PN7"),
  SW_REASON: list("MANAGE FCONTA LEFTRL ORGRST TSPROC ABSENC CHCHAN PCCHAN SWDIED OTHERS"),
  MISSING: list("M A"),
  PL_LOCATION: list("IN OUT"),
  CAFCASS: list("Y N")
};

const PLACE_ALWAYS = list("A3 A4 A5 A6 H5 K1 K2 P1 P3 R1 R2 R3 R5 S1 T0 T1 T2 T3 T4 U1 U2 U3 U4 U5 U6");

/** Returns DfE's normalised sex ('M', 'F', 'U') or null when the code is not valid in that year. */
export function normaliseSex(code: string, year: number): string | null {
  if (year <= 2024) return code === "1" ? "M" : code === "2" ? "F" : null;
  return code === "M" || code === "F" || code === "U" ? code : null;
}

export function sexCodesFor(year: number): string {
  return year <= 2024 ? "1, 2" : "M, F, U";
}

export interface CodeProblem {
  rule: "code_unknown" | "code_invalid_for_year";
  message: string;
}

/**
 * Checks a code against the list for its field. PLACE depends on the return year and on the
 * episode's start date: P2 ended on 28 Oct 2023, K3 began with 2024-25 returns, and Z1 was
 * split into Z11-Z14 for 2025-26 (earlier episodes in later returns keep Z1).
 */
export function checkCode(field: CodeField, code: string, year: number, startDate?: string): CodeProblem | null {
  if (field === "SEX") {
    if (normaliseSex(code, year)) return null;
    if (["1", "2", "M", "F", "U"].includes(code)) return yearProblem(field, code, year, sexCodesFor(year));
    return {rule: "code_unknown", message: `SEX '${code}' is not a SEX code (valid: ${sexCodesFor(year)})`};
  }
  if (field === "PLACE") return checkPlace(code, year, startDate);
  if (ALWAYS[field].has(code)) return null;
  return {rule: "code_unknown", message: `${field} '${code}' is not a ${field} code`};
}

function checkPlace(code: string, year: number, decom?: string): CodeProblem | null {
  if (PLACE_ALWAYS.has(code)) return null;
  if (code === "P2") {
    if (!decom || decom < "2023-10-28") return null;
    return {rule: "code_invalid_for_year", message: `PLACE 'P2' is not valid for placements starting on or after 28/10/2023`};
  }
  if (code === "K3") {
    if (year >= 2025) return null;
    return {rule: "code_invalid_for_year", message: `PLACE 'K3' is valid only from 2024-25 returns`};
  }
  if (code === "Z1") {
    if (year <= 2025 || !decom || decom < "2025-04-01") return null;
    return {rule: "code_invalid_for_year", message: `PLACE 'Z1' is replaced by Z11-Z14 for placements starting on or after 01/04/2025`};
  }
  if (/^Z1[1-4]$/.test(code)) {
    if (year >= 2026) return null;
    return {rule: "code_invalid_for_year", message: `PLACE '${code}' is valid only from 2025-26 returns`};
  }
  return {rule: "code_unknown", message: `PLACE '${code}' is not a PLACE code`};
}

function yearProblem(field: string, code: string, year: number, valid: string): CodeProblem {
  return {
    rule: "code_invalid_for_year",
    message: `${field} '${code}' is not valid in the ${year - 1}-${String(year % 100).padStart(2, "0")} return (valid: ${valid})`
  };
}

/** SW_ID must begin SW or XX (DfE). */
export function validSwId(id: string): boolean {
  return /^(SW|XX)/.test(id);
}
