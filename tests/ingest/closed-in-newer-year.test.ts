// Every return repeats what was open on 1 April and the next return closes it. An older copy that
// differs from the newer only by being closed there is reported once per pair of files
// (closed_in_newer_year); any other difference stays a per-row superseded_by_newer_year, as before.
// Line numbers count the header as line 1.
import {describe, expect, it} from "vitest";
import {load, type Files} from "./helpers.js";
import {query} from "./db.js";

const EP = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";
const CHILDREN = ["C1", "C2", "C3", "C4"];

/** Header and reviews identical in both years (SEX 1 is M before 2024-25), so only the other tables report. */
function twoYears(tables: Record<string, Record<number, string>>): Files {
  const files: Files = {};
  for (const year of [2024, 2025]) {
    const sex = year <= 2024 ? "1" : "M";
    files[`887/${year}/header.csv`] = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n" + CHILDREN.map((c) => `${c},${sex},05/05/2012,WBRI,,,\n`).join("");
    files[`887/${year}/reviews.csv`] = "CHILD,DOB,REVIEW,REVIEW_CODE\n" + CHILDREN.map((c) => `${c},05/05/2012,20/03/2023,PN1\n`).join("");
    for (const [file, byYear] of Object.entries(tables)) files[`887/${year}/${file}`] = byYear[year]!;
  }
  return files;
}

const info = (file: string, line: number, column: string, value: string | null, rule: string, message: string) =>
  ({la: "887", year: 2024, file: `887/2024/${file}`, line, column, value, rule, severity: "info", level: "row", message});

describe("records open in an older year's file and closed in the newer one", () => {
  it("reports the routine closes once per pair of files and every other difference per row", async () => {
    // 2024 line 2 C1 and line 4 C3: open, closed in 2025 with DEC and REC filled in: one row for both, at line 2.
    // Line 3 C2: still open in 2025 but PLACE U5 is now U6: a changed value, reported per row.
    // Line 5 C4: closed in 2025 and its PLACE changed too: not only filled in, so per row, naming all three.
    const report = await load({}, twoYears({
      "episodes.csv": {
        2024: EP + "C1,01/06/2023,S,C2,N1,U4,PR1,,,,,,\nC2,01/07/2023,S,C2,N1,U5,PR1,,,,,,\n" +
          "C3,01/08/2023,S,C2,N1,U4,PR1,,,,,,\nC4,01/09/2023,S,C2,N1,U5,PR1,,,,,,\n",
        2025: EP + "C1,01/06/2023,S,C2,N1,U4,PR1,01/02/2025,E11,,,,\nC2,01/07/2023,S,C2,N1,U6,PR1,,,,,,\n" +
          "C3,01/08/2023,S,C2,N1,U4,PR1,01/03/2025,E13,,,,\nC4,01/09/2023,S,C2,N1,U6,PR1,01/03/2025,E13,,,,\n"
      }
    }));
    expect(report.ok).toBe(true);
    expect(report.quality).toEqual([
      info("episodes.csv", 3, "PLACE", "U5", "superseded_by_newer_year", "replaced by 887/2025/episodes.csv line 3, which differs in place"),
      info("episodes.csv", 5, "PLACE,DEC,REC", "U5", "superseded_by_newer_year", "replaced by 887/2025/episodes.csv line 5, which differs in place, dec, rec"),
      info("episodes.csv", 2, "DEC,REC", null, "closed_in_newer_year",
        "2 records open in this file were closed in 887/2025/episodes.csv (DEC, REC filled in); the newer file's copies are used")
    ]);
    // Every 2024 copy is still counted as superseded, and the 2025 copies are the ones loaded.
    expect(report.tables.filter((t) => t.table === "episodes").map((t) => [t.year, t.rows_loaded, t.rows_superseded])).toEqual([[2024, 4, 4], [2025, 4, 0]]);
    expect(await query(report.dbPath, "SELECT child, year, line, place, rec FROM clean.episodes ORDER BY child")).toEqual([
      {child: "C1", year: 2025, line: 2, place: "U4", rec: "E11"},
      {child: "C2", year: 2025, line: 3, place: "U6", rec: null},
      {child: "C3", year: 2025, line: 4, place: "U4", rec: "E13"},
      {child: "C4", year: 2025, line: 5, place: "U6", rec: "E13"}
    ]);
  });

  it("names the 903 columns, one record in the singular, for the other tables with an end", async () => {
    // iro_allocations: END filled in (its clean column is end_date). sw_episodes: SW_DEC and SW_REASON filled in;
    // SW2 was closed in both years with a different SW_REASON: changed, not filled in, so per row.
    const report = await load({}, twoYears({
      "episodes.csv": {2024: EP + "C1,01/06/2023,S,C2,N1,U4,PR1,,,,,,\n", 2025: EP + "C1,01/06/2023,S,C2,N1,U4,PR1,,,,,,\n"},
      "iro_allocations.csv": {2024: "IRO_ID,CHILD,START,END,FTE\nI1,C1,01/06/2023,,0.8\n", 2025: "IRO_ID,CHILD,START,END,FTE\nI1,C1,01/06/2023,01/01/2025,0.8\n"},
      "sw_episodes.csv": {
        2024: "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\nC1,05/05/2012,SW1,01/06/2023,,\nC1,05/05/2012,SW2,01/06/2022,01/06/2023,MANAGE\n",
        2025: "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\nC1,05/05/2012,SW1,01/06/2023,02/02/2025,LEFTRL\nC1,05/05/2012,SW2,01/06/2022,01/06/2023,OTHERS\n"
      }
    }));
    expect(report.ok).toBe(true);
    expect(report.quality).toEqual([
      info("sw_episodes.csv", 3, "SW_REASON", "MANAGE", "superseded_by_newer_year", "replaced by 887/2025/sw_episodes.csv line 3, which differs in sw_reason"),
      info("sw_episodes.csv", 2, "SW_DEC,SW_REASON", null, "closed_in_newer_year",
        "1 record open in this file was closed in 887/2025/sw_episodes.csv (SW_DEC, SW_REASON filled in); the newer file's copy is used"),
      info("iro_allocations.csv", 2, "END", null, "closed_in_newer_year",
        "1 record open in this file was closed in 887/2025/iro_allocations.csv (END filled in); the newer file's copy is used")
    ]);
    expect(report.tables.filter((t) => t.year === 2024 && t.rows_superseded > 0).map((t) => [t.table, t.rows_superseded])).toEqual([
      ["episodes", 1], ["header", 4], ["iro_allocations", 1], ["reviews", 4], ["sw_episodes", 2]
    ]);
  });

  it("names a changed IRO allocation's columns as the file does, with the value read back from it", async () => {
    // END changed (not filled in: it was 01/12/2023, now 01/01/2025): per row, named END, not end_date.
    const report = await load({}, twoYears({
      "episodes.csv": {2024: EP + "C1,01/06/2023,S,C2,N1,U4,PR1,,,,,,\n", 2025: EP + "C1,01/06/2023,S,C2,N1,U4,PR1,,,,,,\n"},
      "iro_allocations.csv": {2024: "IRO_ID,CHILD,START,END,FTE\nI1,C1,01/06/2023,01/12/2023,0.8\n", 2025: "IRO_ID,CHILD,START,END,FTE\nI1,C1,01/06/2023,01/01/2025,0.8\n"}
    }));
    expect(report.quality).toEqual([
      info("iro_allocations.csv", 2, "END", "01/12/2023", "superseded_by_newer_year", "replaced by 887/2025/iro_allocations.csv line 2, which differs in end_date")
    ]);
  });
});
