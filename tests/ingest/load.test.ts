// Successful loads: recognition, encodings, de-duplication across years, local IRO extracts, tables.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {BASELINE, load, problems} from "./helpers.js";
import {iso, query} from "./db.js";

describe("recognition and encodings", () => {
  it("recognises a misnamed file by its columns, in any order and case, keeping extra columns raw", async () => {
    const episodes = "urn,Child,DECOM,rne,LS,cin,PLACE,place_provider,DEC,REC,reason_place_change,home_post,pl_post,Worker\n" +
      ",A1,01/05/2024,S,C2,N1,U4,PR1,01/09/2024,X1,,,,Sam\n,A1,01/09/2024,P,C2,N1,K3,PR4,,,CARPL,,,Sam\n,A2,10/10/2023,S,V2,N2,U6,PR1,,,,,,Jo\n";
    const report = await load({"887/2025/episodes.csv": null, "887/2025/Episodes 2024.csv": episodes});
    expect(report.ok).toBe(true);
    expect(problems(report)).toEqual([]);
    expect(report.files.find((f) => f.table_name === "episodes")).toEqual({
      la: "887", year: 2025, file: "887/2025/Episodes 2024.csv", table_name: "episodes", recognised_by: "columns",
      status: "loaded", rows_read: 3, rows_loaded: 3, rows_rejected: 0
    });
    const raw = await query(report.dbPath, "SELECT child, worker, line FROM raw.episodes ORDER BY line");
    expect(raw).toEqual([{child: "A1", worker: "Sam", line: 2}, {child: "A1", worker: "Sam", line: 3}, {child: "A2", worker: "Jo", line: 4}]);
    const clean = await query(report.dbPath, "SELECT child, place, rec FROM clean.episodes ORDER BY child, decom");
    expect(clean).toEqual([{child: "A1", place: "U4", rec: "X1"}, {child: "A1", place: "K3", rec: null}, {child: "A2", place: "U6", rec: null}]);
  });

  it("reads UTF-8 with a BOM, CRLF line ends and quoted fields", async () => {
    const header = "\uFEFFCHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n\"A1\",M,01/06/2015,WBRI,,\"say \"\"M\"\"\",\r\nA2,F,2012-02-29,CHNE,\"X, Y\",,\r\n";
    const report = await load({"887/2025/header.csv": header});
    expect(problems(report)).toEqual([]);
    const rows = await query(report.dbPath, "SELECT child, sex, dob, upn, line FROM clean.header ORDER BY child");
    expect(rows.map((r) => ({...r, dob: iso(r.dob)}))).toEqual([
      {child: "A1", sex: "M", dob: "2015-06-01", upn: null, line: 2},
      {child: "A2", sex: "F", dob: "2012-02-29", upn: "X, Y", line: 3}
    ]);
    // raw keeps the text as read: quotes, commas, and blank as ''.
    expect(await query(report.dbPath, "SELECT child, upn, mother, mc_dob FROM raw.header ORDER BY line")).toEqual([
      {child: "A1", upn: "", mother: 'say "M"', mc_dob: ""},
      {child: "A2", upn: "X, Y", mother: "", mc_dob: ""}
    ]);
  });

  it("loads other 903 tables raw only and says so", async () => {
    const report = await load({"887/2025/oc3.csv": "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nA1,01/06/2015,YES,F1,K1\n"});
    expect(report.ok).toBe(true);
    expect(report.quality).toContainEqual({la: "887", year: 2025, file: "887/2025/oc3.csv", line: null, column: null, value: null,
      rule: "table_not_used_yet", severity: "info", message: "887/2025/oc3.csv (oc3) is loaded raw only: not used yet", level: "file"});
    expect(await query(report.dbPath, "SELECT child, in_touch FROM raw.oc3")).toEqual([{child: "A1", in_touch: "YES"}]);
    expect(report.files.find((f) => f.file.endsWith("oc3.csv"))?.status).toBe("raw_only");
  });
});

describe("de-duplication across years", () => {
  // 2023-24: A1 (coded 1 = M, so identical to 2024-25 once normalised), A3 who left care in
  // 2023-24 (only in this year), and A2's open episode with PLACE U5, which 2024-25 gives as U6.
  const YEAR_2024 = {
    "887/2024/header.csv": "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA1,1,01/06/2015,WBRI,,,\nA3,2,03/03/2010,BAFR,,,\n",
    "887/2024/episodes.csv": "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n" +
      "A2,10/10/2023,S,V2,N2,U5,PR1,,,,,,\nA3,01/01/2023,S,C2,N1,U6,PR1,01/02/2024,E11,,,,\n",
    "887/2024/reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\nA3,03/03/2010,20/01/2023,PN1\n"
  };

  it("keeps every key once, the newest year's copy winning, and reports a changed copy", async () => {
    const report = await load({...BASELINE, ...YEAR_2024});
    expect(report.ok).toBe(true);
    expect(problems(report)).toEqual([]);
    expect(report.quality.filter((q) => q.rule === "superseded_by_newer_year")).toEqual([{
      la: "887", year: 2024, file: "887/2024/episodes.csv", line: 2, column: "PLACE", value: "U5", rule: "superseded_by_newer_year",
      severity: "info", message: "replaced by 887/2025/episodes.csv line 4, which differs in place", level: "row"
    }]);
    const episodes = await query(report.dbPath, "SELECT child, year, place, line FROM clean.episodes ORDER BY child, decom");
    expect(episodes).toEqual([
      {child: "A1", year: 2025, place: "U4", line: 2},
      {child: "A1", year: 2025, place: "K3", line: 3},
      {child: "A2", year: 2025, place: "U6", line: 4},
      {child: "A3", year: 2024, place: "U6", line: 3}   // earlier history is kept
    ]);
    const header = await query(report.dbPath, "SELECT child, year, sex FROM clean.header ORDER BY child");
    expect(header).toEqual([{child: "A1", year: 2025, sex: "M"}, {child: "A2", year: 2025, sex: "F"}, {child: "A3", year: 2024, sex: "F"}]);
    // A1's 2024 header row is identical to 2025's: superseded but not reported.
    expect(report.tables.filter((t) => t.year === 2024).map((t) => [t.table, t.rows_loaded, t.rows_superseded])).toEqual([
      ["episodes", 2, 1], ["header", 2, 1], ["reviews", 1, 0]
    ]);
    expect(await query(report.dbPath, "SELECT la, year, folder FROM meta.collections ORDER BY year")).toEqual([
      {la: "887", year: 2024, folder: "887/2024"}, {la: "887", year: 2025, folder: "887/2025"}
    ]);
  });

  it("keeps LAs apart: the same CHILD id in two LAs is two children", async () => {
    const kent = Object.fromEntries(Object.entries(BASELINE).map(([k, v]) => [k.replace("887/", "886/"), v]));
    const report = await load({...BASELINE, ...kent});
    expect(problems(report)).toEqual([]);
    expect(await query(report.dbPath, "SELECT la, count(*)::INTEGER n FROM clean.header GROUP BY la ORDER BY la")).toEqual([
      {la: "886", n: 2}, {la: "887", n: 2}
    ]);
  });
});

describe("local IRO extracts", () => {
  it("maps DRN categories to standard keys, keeping the LA's label, and reports unmapped labels", async () => {
    const drn = "DRN_ID,CHILD,IRO_ID,RAISED,CATEGORY,STAGE,RESOLVED,CAFCASS\n" +
      "D1,A1,I1,01/06/2024,Absent or late social work report,1,10/06/2024,N\n" +   // in the 887 map -> documentation
      "D2,,I1,02/06/2024,Drift and delay,2,,Y\n" +                                   // a key's words -> drift_and_delay
      "D3,A2,I2,03/06/2024,Lost paperwork,1,,\n" +                                   // unmapped -> other, warned once
      "D4,A2,I2,04/06/2024,Lost paperwork,1,,\n";
    const report = await load({"887/2025/drn.csv": drn});
    expect(problems(report)).toEqual([{la: "887", year: 2025, file: "887/2025/drn.csv", line: 4, column: "CATEGORY", value: "Lost paperwork",
      rule: "drn_category_unmapped", severity: "warning", level: "row",
      message: "DRN category 'Lost paperwork' (2 row(s) in this file) is not in data/reference/drn-category-map.csv for LA 887; counted as 'other'"}]);
    const rows = await query(report.dbPath, "SELECT drn_id, child, category_label, category, stage, resolved, cafcass FROM clean.drn ORDER BY drn_id");
    expect(rows.map((r) => ({...r, resolved: iso(r.resolved)}))).toEqual([
      {drn_id: "D1", child: "A1", category_label: "Absent or late social work report", category: "documentation", stage: 1, resolved: "2024-06-10", cafcass: false},
      {drn_id: "D2", child: null, category_label: "Drift and delay", category: "drift_and_delay", stage: 2, resolved: null, cafcass: true},
      {drn_id: "D3", child: "A2", category_label: "Lost paperwork", category: "other", stage: 1, resolved: null, cafcass: false},
      {drn_id: "D4", child: "A2", category_label: "Lost paperwork", category: "other", stage: 1, resolved: null, cafcass: false}
    ]);
  });

  it("rejects a DRN stage outside 1-5", async () => {
    const report = await load({"887/2025/drn.csv": "DRN_ID,CHILD,IRO_ID,RAISED,CATEGORY,STAGE,RESOLVED,CAFCASS\nD1,A1,I1,01/06/2024,contact,6,,\n"});
    expect(problems(report)).toEqual([{la: "887", year: 2025, file: "887/2025/drn.csv", line: 2, column: "STAGE", value: "6",
      rule: "number_out_of_range", severity: "error", level: "row", message: "STAGE 6 is outside 1-5"}]);
  });

  it("loads IRO allocations", async () => {
    const report = await load({"887/2025/iro_allocations.csv": "IRO_ID,CHILD,START,END,FTE\nI1,A1,01/05/2024,,0.8\nI2,A2,2023-10-12,2024-06-30,\n"});
    expect(problems(report)).toEqual([]);
    const rows = await query(report.dbPath, "SELECT iro_id, child, start_date, end_date, fte FROM clean.iro_allocations ORDER BY iro_id");
    expect(rows.map((r) => ({...r, start_date: iso(r.start_date), end_date: iso(r.end_date)}))).toEqual([
      {iro_id: "I1", child: "A1", start_date: "2024-05-01", end_date: null, fte: 0.8},
      {iro_id: "I2", child: "A2", start_date: "2023-10-12", end_date: "2024-06-30", fte: null}
    ]);
  });
});

describe("the built warehouse", () => {
  it("has every table of schema.sql and reference-schema.sql, and meta rows for every problem", async () => {
    const report = await load({"887/2025/reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/06/2015,20/05/2024,PN9\n"});
    const declared = ["schema.sql", "reference-schema.sql"].flatMap((f) =>
      [...readFileSync(new URL(`../../loaders/warehouse/${f}`, import.meta.url), "utf8").matchAll(/CREATE TABLE (\w+\.\w+)/g)].map((m) => m[1]!));
    const present = (await query(report.dbPath, "SELECT table_schema || '.' || table_name AS t FROM information_schema.tables")).map((r) => r.t);
    expect(declared.length).toBeGreaterThan(20);
    for (const table of declared) expect(present).toContain(table);
    const quality = await query(report.dbPath, 'SELECT file, line, "column", value, rule, severity FROM meta.quality');
    expect(quality).toEqual([{file: "887/2025/reviews.csv", line: 2, column: "REVIEW_CODE", value: "PN9", rule: "code_unknown", severity: "error"}]);
    const files = await query(report.dbPath, "SELECT file, table_name, recognised_by, status, rows_read, rows_loaded, rows_rejected FROM meta.files ORDER BY file");
    expect(files).toEqual([
      {file: "887/2025/episodes.csv", table_name: "episodes", recognised_by: "name", status: "loaded", rows_read: 3, rows_loaded: 3, rows_rejected: 0},
      {file: "887/2025/header.csv", table_name: "header", recognised_by: "name", status: "loaded", rows_read: 2, rows_loaded: 2, rows_rejected: 0},
      {file: "887/2025/reviews.csv", table_name: "reviews", recognised_by: "name", status: "loaded", rows_read: 1, rows_loaded: 0, rows_rejected: 1}
    ]);
  });
});
