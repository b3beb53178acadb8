// Every "Bad input" rule of extract-format.md, each asserting the exact report row.
// Line numbers count the header as line 1 (see BASELINE in helpers.ts for the rows).
import {describe, expect, it} from "vitest";
import {BASELINE, load, problems} from "./helpers.js";

const EPISODES_HEAD = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";
const HEADER_HEAD = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";
const row = (file: string, line: number | null, column: string | null, value: string | null, rule: string, message: string,
  severity = "error", level = "row") => ({la: "887", year: 2025, file: `887/2025/${file}`, line, column, value, rule, severity, message, level});

describe("the baseline", () => {
  it("loads with no problems", async () => {
    const report = await load();
    expect(report.ok).toBe(true);
    expect(problems(report)).toEqual([]);
    expect(report.tables.map((t) => [t.table, t.rows_read, t.rows_loaded, t.rows_rejected])).toEqual([
      ["episodes", 3, 3, 0], ["header", 2, 2, 0], ["reviews", 2, 2, 0]
    ]);
  });
});

describe("file-level errors fail the load", () => {
  it("a missing required file", async () => {
    const report = await load({"887/2025/reviews.csv": null});
    expect(report.ok).toBe(false);
    expect(report.quality).toContainEqual(row("reviews.csv", null, null, null, "file_missing_required",
      "887/2025 has no reviews file (required for every LA-year)", "error", "file"));
  });

  it("a missing column", async () => {
    const report = await load({"887/2025/header.csv": "CHILD,SEX,ETHNIC\nA1,M,WBRI\n"});
    expect(report.ok).toBe(false);
    expect(report.quality).toContainEqual(row("header.csv", null, "DOB", null, "column_missing",
      "887/2025/header.csv (header) has no DOB column", "error", "file"));
  });

  it("an empty file", async () => {
    const report = await load({"887/2025/reviews.csv": ""});
    expect(report.ok).toBe(false);
    expect(report.quality).toContainEqual(row("reviews.csv", null, null, null, "file_empty", "887/2025/reviews.csv is empty: no header row", "error", "file"));
  });

  it("an xlsx saved as .csv", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    const report = await load({"887/2025/episodes.csv": zip});
    expect(report.ok).toBe(false);
    expect(report.quality).toContainEqual(row("episodes.csv", null, null, null, "file_not_csv",
      "887/2025/episodes.csv is not a CSV file: it is a zip archive (an .xlsx or .docx saved with a .csv name?)", "error", "file"));
  });

  it("two files holding the same table", async () => {
    const report = await load({"887/2025/Episodes 2024.csv": BASELINE["887/2025/episodes.csv"]!});
    expect(report.ok).toBe(false);
    expect(report.quality).toContainEqual(row("episodes.csv", null, null, null, "table_duplicate_file",
      "887/2025/episodes.csv and 887/2025/Episodes 2024.csv both hold episodes for 887/2025; keep one", "error", "file"));
  });
});

describe("row-level errors reject the row and the load goes on", () => {
  it("an unparseable date, and the episodes of the child it removes", async () => {
    const report = await load({"887/2025/header.csv": HEADER_HEAD + "A1,M,01/06/2015,WBRI,,,\nA2,F,Feb 2012,CHNE,,,\n"});
    expect(report.ok).toBe(true);
    expect(problems(report)).toEqual([
      row("header.csv", 3, "DOB", "Feb 2012", "date_unparseable", "'Feb 2012' is not a date (expected dd/mm/yyyy or yyyy-mm-dd)"),
      // A2's header row is gone, so its episode (line 4) has no child.
      row("episodes.csv", 4, "CHILD", "A2", "child_not_in_header", "CHILD 'A2' has an episode but no row in any header file of LA 887")
    ]);
  });

  it("an impossible date", async () => {
    const report = await load({"887/2025/episodes.csv": EPISODES_HEAD + "A1,01/05/2024,S,C2,N1,U4,PR1,31/09/2024,X1,,,,\nA1,01/09/2024,P,C2,N1,K3,PR4,,,CARPL,,,\n"});
    expect(problems(report)).toEqual([row("episodes.csv", 2, "DEC", "31/09/2024", "date_impossible", "'31/09/2024' is not a real date")]);
  });

  it("a two-digit year", async () => {
    const report = await load({"887/2025/reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/06/2015,20/05/24,PN1\n"});
    expect(problems(report)).toEqual([row("reviews.csv", 2, "REVIEW", "20/05/24", "date_two_digit_year",
      "'20/05/24' has a two-digit year; write the year in full (dd/mm/yyyy)")]);
  });

  it("an unknown code", async () => {
    const report = await load({"887/2025/episodes.csv": EPISODES_HEAD + "A2,10/10/2023,S,C9,N2,U6,PR1,,,,,,\n"});
    expect(problems(report)).toEqual([row("episodes.csv", 2, "LS", "C9", "code_unknown", "LS 'C9' is not a LS code")]);
  });

  it("a code not valid in the return's year", async () => {
    const report = await load({
      "887/2025/header.csv": HEADER_HEAD + "A1,M,01/06/2015,WBRI,,,\nA2,2,2012-02-29,CHNE,,,\n",
      "887/2025/episodes.csv": EPISODES_HEAD + "A1,01/05/2024,S,C2,N1,U4,PR1,,,,,,\n"
    });
    expect(problems(report)).toEqual([row("header.csv", 3, "SEX", "2", "code_invalid_for_year",
      "SEX '2' is not valid in the 2024-25 return (valid: M, F, U)")]);
  });

  it("P2 for a placement starting on or after 28 October 2023", async () => {
    const report = await load({"887/2025/episodes.csv": EPISODES_HEAD + "A2,28/10/2023,S,V2,N2,P2,PR1,,,,,,\n"});
    expect(problems(report)).toEqual([row("episodes.csv", 2, "PLACE", "P2", "code_invalid_for_year",
      "PLACE 'P2' is not valid for placements starting on or after 28/10/2023")]);
  });

  it("DEC before DECOM", async () => {
    const report = await load({"887/2025/episodes.csv": EPISODES_HEAD + "A1,01/05/2024,S,C2,N1,U4,PR1,01/04/2024,E8,,,,\n"});
    expect(problems(report)).toEqual([row("episodes.csv", 2, "DEC", "01/04/2024", "dec_before_decom", "DEC 2024-04-01 is before DECOM 2024-05-01")]);
  });

  it("overlapping episodes for one child: the later one is rejected", async () => {
    const report = await load({"887/2025/episodes.csv": EPISODES_HEAD +
      "A1,01/05/2024,S,C2,N1,U4,PR1,01/09/2024,X1,,,,\nA1,01/08/2024,P,C2,N1,K3,PR4,,,CARPL,,,\n"});
    expect(problems(report)).toEqual([row("episodes.csv", 3, "DECOM", "01/08/2024", "episode_overlap",
      "episode starting 2024-08-01 overlaps the episode from 2024-05-01 (887/2025/episodes.csv line 2), which ends 2024-09-01")]);
  });

  it("an episode for a child absent from the header", async () => {
    const report = await load({"887/2025/episodes.csv": BASELINE["887/2025/episodes.csv"] + "A9,01/01/2025,S,C1,N1,U6,PR1,,,,,,\n"});
    expect(problems(report)).toEqual([row("episodes.csv", 5, "CHILD", "A9", "child_not_in_header",
      "CHILD 'A9' has an episode but no row in any header file of LA 887")]);
  });

  it("a duplicate CHILD in the header: the later copy is rejected", async () => {
    const report = await load({"887/2025/header.csv": BASELINE["887/2025/header.csv"] + "A1,M,01/07/2015,WBRI,,,\n"});
    expect(problems(report)).toEqual([row("header.csv", 4, "CHILD", "A1", "header_duplicate_child",
      "CHILD 'A1' appears twice in the header (first at line 2)")]);
    expect(report.tables.find((t) => t.table === "header")).toMatchObject({rows_read: 3, rows_loaded: 2, rows_rejected: 1});
  });

  it("REC without DEC", async () => {
    const report = await load({"887/2025/episodes.csv": EPISODES_HEAD + "A2,10/10/2023,S,V2,N2,U6,PR1,,E11,,,,\n"});
    expect(problems(report)).toEqual([row("episodes.csv", 2, "REC", "E11", "rec_without_dec", "REC 'E11' is given but DEC is blank")]);
  });

  it("DEC without REC", async () => {
    const report = await load({"887/2025/episodes.csv": EPISODES_HEAD + "A2,10/10/2023,S,V2,N2,U6,PR1,01/02/2025,,,,,\n"});
    expect(problems(report)).toEqual([row("episodes.csv", 2, "DEC", "01/02/2025", "dec_without_rec", "DEC 2025-02-01 is given but REC is blank")]);
  });

  it("a review before the child's DOB, from the review's DOB or else the header's", async () => {
    const report = await load({"887/2025/reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/06/2015,20/05/2014,PN1\nA2,,01/01/2012,PN0\n"});
    expect(problems(report)).toEqual([
      row("reviews.csv", 2, "REVIEW", "20/05/2014", "review_before_dob", "REVIEW 2014-05-20 is before the child's DOB 2015-06-01"),
      row("reviews.csv", 3, "REVIEW", "01/01/2012", "review_before_dob", "REVIEW 2012-01-01 is before the child's DOB 2012-02-29 (from the header)")
    ]);
  });

  it("an end before its start", async () => {
    const report = await load({"887/2025/missing.csv": "CHILD,DOB,MISSING,MIS_START,MIS_END\nA1,01/06/2015,M,01/02/2025,01/01/2025\n"});
    expect(problems(report)).toEqual([row("missing.csv", 2, "MIS_END", "01/01/2025", "end_before_start", "MIS_END 2025-01-01 is before MIS_START 2025-02-01")]);
  });

  it("a blank required value", async () => {
    const report = await load({"887/2025/reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/06/2015,20/05/2024,\n"});
    expect(problems(report)).toEqual([row("reviews.csv", 2, "REVIEW_CODE", "", "value_missing", "REVIEW_CODE is blank")]);
  });

  it("a row with more fields than the header", async () => {
    const report = await load({"887/2025/reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/06/2015,20/05/2024,PN1,oops\nA2,29/02/2012,01/12/2024,PN7,,\n"});
    // Line 3's extra cells are empty (as spreadsheets write them), so only line 2 is rejected.
    expect(problems(report)).toEqual([row("reviews.csv", 2, null, "5", "row_field_count", "row has 5 fields, the header has 4")]);
  });
});

describe("warnings load the row", () => {
  it("an open episode with REC X1 is treated as open and its REC cleared", async () => {
    const report = await load({"887/2025/episodes.csv": EPISODES_HEAD + "A2,10/10/2023,S,V2,N2,U6,PR1,,X1,,,,\n"});
    expect(report.ok).toBe(true);
    expect(problems(report)).toEqual([row("episodes.csv", 2, "REC", "X1", "open_episode_rec_x1",
      "open episode (DEC blank) has REC X1; treated as open and REC cleared", "warning")]);
  });

  it("a date after the end of the return's year", async () => {
    const report = await load({"887/2025/reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/06/2015,01/04/2025,PN1\n"});
    expect(problems(report)).toEqual([row("reviews.csv", 2, "REVIEW", "01/04/2025", "date_after_year_end",
      "REVIEW 2025-04-01 is after the end of the return's year (2025-03-31); kept", "warning")]);
  });

  it("a file of an unknown table is skipped with a warning, and the load succeeds", async () => {
    const report = await load({"887/2025/notes.csv": "NOTE,WHO\nhello,me\n"});
    expect(report.ok).toBe(true);
    expect(problems(report)).toEqual([row("notes.csv", null, null, null, "file_unrecognised",
      "887/2025/notes.csv: neither its name nor its columns (NOTE, WHO) match a 903 or IRO table; not loaded", "warning", "file")]);
  });

  it("a header-only optional file", async () => {
    const report = await load({"887/2025/missing.csv": "CHILD,DOB,MISSING,MIS_START,MIS_END\n"});
    expect(problems(report)).toEqual([row("missing.csv", null, null, null, "file_no_rows", "887/2025/missing.csv has a header but no rows", "warning", "file")]);
  });
});
