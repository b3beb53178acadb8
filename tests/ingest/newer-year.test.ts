// A newer year's file is authoritative for the span it covers: an older year's record that overlaps a
// newer one under a different key (a re-keyed, corrected or closed copy) is superseded with a warning,
// never the newer one rejected as overlapping. Overlaps within one file stay errors.
// Line numbers count the header as line 1. Every expected row below was worked out by hand from the
// fixture (reasoning beside it); spans are [start, end) with a blank end open, and touching is not overlap.
import {describe, expect, it} from "vitest";
import {load, type Files} from "./helpers.js";
import {iso, query} from "./db.js";

const EP = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";
const AUTHORITATIVE = ", and a newer year's file is authoritative for the span it covers";

/**
 * Header and reviews for `children` in every year, identical once normalised (SEX 1 up to 2023-24, M
 * after), so they are superseded quietly and the only quality rows are the episodes' own.
 */
function years(children: string[], episodes: Record<number, string>, extra: Files = {}): Files {
  const files: Files = {};
  for (const [y, rows] of Object.entries(episodes)) {
    const sex = Number(y) <= 2024 ? "1" : "M";
    files[`887/${y}/header.csv`] = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n" + children.map((c) => `${c},${sex},05/05/2012,WBRI,,,\n`).join("");
    files[`887/${y}/reviews.csv`] = "CHILD,DOB,REVIEW,REVIEW_CODE\n" + children.map((c) => `${c},05/05/2012,20/03/2023,PN1\n`).join("");
    files[`887/${y}/episodes.csv`] = EP + rows;
  }
  return {...files, ...extra};
}

const superseded = (year: number, file: string, line: number, column: string, value: string, message: string) => ({
  la: "887", year, file: `887/${year}/${file}`, line, column, value, rule: "overlap_superseded_by_newer_year",
  severity: "warning", level: "row", message: message + AUTHORITATIVE
});

async function episodes(dbPath: string) {
  const rows = await query(dbPath, "SELECT child, year, line, decom, dec, rec FROM clean.episodes ORDER BY child, decom");
  return rows.map((r) => ({...r, decom: iso(r.decom), dec: iso(r.dec)}));
}

const episodeCounts = (report: Awaited<ReturnType<typeof load>>) =>
  report.tables.filter((t) => t.table === "episodes").map((t) => [t.year, t.rows_loaded, t.rows_rejected, t.rows_superseded]);

describe("a newer year's file supersedes an older year's overlapping records", () => {
  it("the audit's case (.tmp/audit/chain): an open episode re-keyed as an X1 chain in the next year", async () => {
    // 2024 file: P open from 2023-05-01. 2025 file: the same period corrected to start 2023-05-02, closed
    // X1 on 2024-06-01 and followed by a new open episode. Before the fix the 2024 copy (a different
    // DECOM) survived de-duplication and both 2025 episodes were rejected as overlapping it.
    const report = await load({}, {
      "887/2024/header.csv": "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nP,1,05/05/2012,WBRI,,,\n",
      "887/2024/episodes.csv": EP + "P,01/05/2023,S,C2,N1,U4,PR1,,,,,,\n",
      "887/2024/reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\nP,05/05/2012,20/05/2023,PN1\n",
      "887/2025/header.csv": "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nP,M,05/05/2012,WBRI,,,\n",
      "887/2025/episodes.csv": EP + "P,02/05/2023,S,C2,N1,U4,PR1,01/06/2024,X1,,,,\nP,01/06/2024,P,C2,N1,U6,PR1,,,,,,\n",
      "887/2025/reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\nP,05/05/2012,20/05/2023,PN1\n"
    });
    expect(report.ok).toBe(true);
    // The 2024 file vouches for its open episode up to its year end: [2023-05-01, 2024-04-01). That overlaps
    // 2025 line 2 [2023-05-02, 2024-06-01) but not line 3, which starts 2024-06-01.
    expect(report.quality).toEqual([superseded(2024, "episodes.csv", 2, "DECOM", "01/05/2023",
      "episode 2023-05-01 to open is superseded: it overlaps the episode 2023-05-02 to 2024-06-01 in 887/2025/episodes.csv line 2")]);
    expect(await episodes(report.dbPath)).toEqual([
      {child: "P", year: 2025, line: 2, decom: "2023-05-02", dec: "2024-06-01", rec: "X1"},
      {child: "P", year: 2025, line: 3, decom: "2024-06-01", dec: null, rec: null}
    ]);
    // Superseded, not rejected: the 2024 row passed validation and is counted as replaced.
    expect(episodeCounts(report)).toEqual([[2024, 1, 0, 1], [2025, 2, 0, 0]]);
  });

  it("an older open episode and a newer closed one with a different DECOM: the child's leaving is kept", async () => {
    // [2024-01-10, open) is vouched for to 2024-04-01; vs [2024-01-12, 2024-07-01): 01-10 < 07-01 and
    // 01-12 < 04-01, so they overlap.
    const report = await load({}, years(["Q"], {
      2024: "Q,10/01/2024,S,C2,N1,U4,PR1,,,,,,\n",
      2025: "Q,12/01/2024,S,C2,N1,U4,PR1,01/07/2024,E11,,,,\n"
    }));
    expect(report.quality).toEqual([superseded(2024, "episodes.csv", 2, "DECOM", "10/01/2024",
      "episode 2024-01-10 to open is superseded: it overlaps the episode 2024-01-12 to 2024-07-01 in 887/2025/episodes.csv line 2")]);
    expect(await episodes(report.dbPath)).toEqual([{child: "Q", year: 2025, line: 2, decom: "2024-01-12", dec: "2024-07-01", rec: "E11"}]);
  });

  it("an older X1 chain re-keyed in the newer file", async () => {
    // 2024: [2023-06-01, 2023-09-01) X1 then [2023-09-01, open). 2025 moves the change to 2023-09-15.
    // The first 2024 row has the same key as 2025 line 2 (info, differs in dec); the second has no
    // newer copy by key; vouched for as [2023-09-01, 2024-04-01), it overlaps 2025 line 2 (09-01 < 09-15)
    // and line 3 (09-15 < 2024-04-01).
    const report = await load({}, years(["R"], {
      2024: "R,01/06/2023,S,C2,N1,U4,PR1,01/09/2023,X1,,,,\nR,01/09/2023,P,C2,N1,U6,PR1,,,,,,\n",
      2025: "R,01/06/2023,S,C2,N1,U4,PR1,15/09/2023,X1,,,,\nR,15/09/2023,P,C2,N1,U6,PR1,,,,,,\n"
    }));
    expect(report.quality).toEqual([
      {la: "887", year: 2024, file: "887/2024/episodes.csv", line: 2, column: "DEC", value: "01/09/2023", rule: "superseded_by_newer_year",
        severity: "info", level: "row", message: "replaced by 887/2025/episodes.csv line 2, which differs in dec"},
      superseded(2024, "episodes.csv", 3, "DECOM", "01/09/2023",
        "episode 2023-09-01 to open is superseded: it overlaps the episode 2023-06-01 to 2023-09-15 in 887/2025/episodes.csv line 2 (and 1 more newer-year episode(s))")
    ]);
    expect(await episodes(report.dbPath)).toEqual([
      {child: "R", year: 2025, line: 2, decom: "2023-06-01", dec: "2023-09-15", rec: "X1"},
      {child: "R", year: 2025, line: 3, decom: "2023-09-15", dec: null, rec: null}
    ]);
    expect(episodeCounts(report)).toEqual([[2024, 2, 0, 2], [2025, 2, 0, 0]]);
  });

  it("keeps older history that a newer file does not mention and does not overlap, including a span that only touches", async () => {
    // S: an earlier period of care [2022-01-01, 2023-03-01) ends before the 2025 episode starts (2024-02-03):
    //    kept. S's open [2024-02-01, open), vouched for to 2024-04-01, overlaps 2025's re-keyed
    //    [2024-02-03, open): superseded.
    // T: 2025 repeats only the open episode (identical, so superseded quietly by key); the earlier
    //    [2023-01-01, 2023-05-01) X1 ends the day the 2025 one starts, which is not an overlap: kept.
    const report = await load({}, years(["S", "T"], {
      2024: "S,01/01/2022,S,C2,N1,U4,PR1,01/03/2023,E11,,,,\nS,01/02/2024,S,C2,N1,U4,PR1,,,,,,\n" +
        "T,01/01/2023,S,C2,N1,U4,PR1,01/05/2023,X1,,,,\nT,01/05/2023,P,C2,N1,U6,PR1,,,,,,\n",
      2025: "S,03/02/2024,S,C2,N1,U4,PR1,,,,,,\nT,01/05/2023,P,C2,N1,U6,PR1,,,,,,\n"
    }));
    expect(report.quality).toEqual([superseded(2024, "episodes.csv", 3, "DECOM", "01/02/2024",
      "episode 2024-02-01 to open is superseded: it overlaps the episode 2024-02-03 to open in 887/2025/episodes.csv line 2")]);
    expect(await episodes(report.dbPath)).toEqual([
      {child: "S", year: 2024, line: 2, decom: "2022-01-01", dec: "2023-03-01", rec: "E11"},
      {child: "S", year: 2025, line: 2, decom: "2024-02-03", dec: null, rec: null},
      {child: "T", year: 2024, line: 4, decom: "2023-01-01", dec: "2023-05-01", rec: "X1"},
      {child: "T", year: 2025, line: 3, decom: "2023-05-01", dec: null, rec: null}
    ]);
    expect(episodeCounts(report)).toEqual([[2024, 4, 0, 2], [2025, 2, 0, 0]]);
  });

  it("over three years the newest file wins; the middle year's copy is superseded too", async () => {
    // Three re-keyings of one episode: 2023 [03-01, open), 2024 [03-02, open), 2025 [03-03, 2024-05-01).
    // Working back from 2025: the 2024 copy (to 2024-04-01) overlaps 2025's; the 2023 copy (vouched for
    // to 2023-04-01) is compared with what was kept (only 2025's) and overlaps it too: 03-03 < 04-01.
    // Both name the 2025 row.
    const report = await load({}, years(["V"], {
      2023: "V,01/03/2023,S,C2,N1,U4,PR1,,,,,,\n",
      2024: "V,02/03/2023,S,C2,N1,U4,PR1,,,,,,\n",
      2025: "V,03/03/2023,S,C2,N1,U4,PR1,01/05/2024,E11,,,,\n"
    }));
    const by2025 = "the episode 2023-03-03 to 2024-05-01 in 887/2025/episodes.csv line 2";
    expect(report.quality).toEqual([
      superseded(2024, "episodes.csv", 2, "DECOM", "02/03/2023", `episode 2023-03-02 to open is superseded: it overlaps ${by2025}`),
      superseded(2023, "episodes.csv", 2, "DECOM", "01/03/2023", `episode 2023-03-01 to open is superseded: it overlaps ${by2025}`)
    ]);
    expect(await episodes(report.dbPath)).toEqual([{child: "V", year: 2025, line: 2, decom: "2023-03-03", dec: "2024-05-01", rec: "E11"}]);
    expect(episodeCounts(report)).toEqual([[2023, 1, 0, 1], [2024, 1, 0, 1], [2025, 1, 0, 0]]);
  });

  it("an older open episode the newer file drops, before the child's next episode: kept as it was, the newer one not rejected", async () => {
    // 2024 file: W open from 2023-06-01, vouched for to 2024-04-01. 2025 file: not repeated; W's next
    // episode starts 2024-10-01, after that. Nothing overlaps within a year, so nothing is reported; the
    // measures end the stale 2024 episode on 1 April 2024 (stale_open). Before the fix the 2025 episode
    // was rejected as overlapping an episode "still open".
    const report = await load({}, years(["W"], {
      2024: "W,01/06/2023,S,C2,N1,U4,PR1,,,,,,\n",
      2025: "W,01/10/2024,S,C2,N1,U6,PR1,,,,,,\n"
    }));
    expect(report.quality).toEqual([]);
    expect(await episodes(report.dbPath)).toEqual([
      {child: "W", year: 2024, line: 2, decom: "2023-06-01", dec: null, rec: null},
      {child: "W", year: 2025, line: 2, decom: "2024-10-01", dec: null, rec: null}
    ]);
    expect(episodeCounts(report)).toEqual([[2024, 1, 0, 0], [2025, 1, 0, 0]]);
  });

  it("an overlap within the newer file is still an error, whatever the older year holds", async () => {
    // 2025 line 3 [2024-08-01, open) starts before line 2 [2024-05-01, 2024-09-01) ends: rejected as before.
    // U's 2024 episode [2023-04-01, open) is vouched for to 2024-04-01, before either 2025 row: kept, and
    // not compared with 2025's rows by the overlap check (only one year's episodes are).
    const report = await load({}, years(["U"], {
      2024: "U,01/04/2023,S,C2,N1,U4,PR1,,,,,,\n",
      2025: "U,01/05/2024,S,C2,N1,U4,PR1,01/09/2024,X1,,,,\nU,01/08/2024,P,C2,N1,K3,PR4,,,,,,\n"
    }));
    expect(report.quality).toEqual([
      {la: "887", year: 2025, file: "887/2025/episodes.csv", line: 3, column: "DECOM", value: "01/08/2024", rule: "episode_overlap", severity: "error",
        level: "row", message: "episode starting 2024-08-01 overlaps the episode from 2024-05-01 (887/2025/episodes.csv line 2), which ends 2024-09-01"}
    ]);
    expect(await episodes(report.dbPath)).toEqual([
      {child: "U", year: 2024, line: 2, decom: "2023-04-01", dec: null, rec: null},
      {child: "U", year: 2025, line: 2, decom: "2024-05-01", dec: "2024-09-01", rec: "X1"}
    ]);
    expect(episodeCounts(report)).toEqual([[2024, 1, 0, 0], [2025, 1, 1, 0]]);
  });

  it("social worker episodes (per worker), missing episodes and IRO allocations (per IRO) follow the same rule", async () => {
    // Episodes identical in both years (superseded quietly), so only the other tables report.
    // Open 2024 rows are vouched for to 2024-04-01.
    // sw: SW1 [2024-01-01, open) overlaps 2025's SW1 [2024-01-03, 2024-06-01): superseded. SW3 (2024 only)
    //     overlaps 2025's SW1 in time but is another worker (a child may have two): kept.
    // missing: [2024-01-01, 2024-01-02) ends before 2025's [2024-03-31, 2024-04-02) starts: kept;
    //     [2024-03-30, open) overlaps it (03-31 < 04-01): superseded.
    // iro: I1 [2023-05-01, open) overlaps 2025's I1 [2023-05-02, open): superseded.
    const report = await load({}, years(["A1"], {2024: "A1,01/05/2023,S,C2,N1,U4,PR1,,,,,,\n", 2025: "A1,01/05/2023,S,C2,N1,U4,PR1,,,,,,\n"}, {
      "887/2024/sw_episodes.csv": "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\nA1,05/05/2012,SW1,01/01/2024,,\nA1,05/05/2012,SW3,01/02/2024,,\n",
      "887/2025/sw_episodes.csv": "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\nA1,05/05/2012,SW1,03/01/2024,01/06/2024,\nA1,05/05/2012,SW2,01/06/2024,,\n",
      "887/2024/missing.csv": "CHILD,DOB,MISSING,MIS_START,MIS_END\nA1,05/05/2012,A,01/01/2024,02/01/2024\nA1,05/05/2012,M,30/03/2024,\n",
      "887/2025/missing.csv": "CHILD,DOB,MISSING,MIS_START,MIS_END\nA1,05/05/2012,M,31/03/2024,02/04/2024\n",
      "887/2024/iro_allocations.csv": "IRO_ID,CHILD,START,END,FTE\nI1,A1,01/05/2023,,\n",
      "887/2025/iro_allocations.csv": "IRO_ID,CHILD,START,END,FTE\nI1,A1,02/05/2023,,0.8\n"
    }));
    expect(report.quality).toEqual([
      superseded(2024, "sw_episodes.csv", 2, "SW_DECOM", "01/01/2024",
        "social worker episode 2024-01-01 to open is superseded: it overlaps the social worker episode 2024-01-03 to 2024-06-01 in 887/2025/sw_episodes.csv line 2"),
      superseded(2024, "missing.csv", 3, "MIS_START", "30/03/2024",
        "missing/away episode 2024-03-30 to open is superseded: it overlaps the missing/away episode 2024-03-31 to 2024-04-02 in 887/2025/missing.csv line 2"),
      superseded(2024, "iro_allocations.csv", 2, "START", "01/05/2023",
        "IRO allocation 2023-05-01 to open is superseded: it overlaps the IRO allocation 2023-05-02 to open in 887/2025/iro_allocations.csv line 2")
    ]);
    const sw = await query(report.dbPath, "SELECT sw_id, year, sw_decom FROM clean.sw_episodes ORDER BY sw_id");
    expect(sw.map((r) => ({...r, sw_decom: iso(r.sw_decom)}))).toEqual([
      {sw_id: "SW1", year: 2025, sw_decom: "2024-01-03"}, {sw_id: "SW2", year: 2025, sw_decom: "2024-06-01"}, {sw_id: "SW3", year: 2024, sw_decom: "2024-02-01"}
    ]);
    const missing = await query(report.dbPath, "SELECT year, mis_start FROM clean.missing ORDER BY mis_start");
    expect(missing.map((r) => ({...r, mis_start: iso(r.mis_start)}))).toEqual([{year: 2024, mis_start: "2024-01-01"}, {year: 2025, mis_start: "2024-03-31"}]);
    const iro = await query(report.dbPath, "SELECT iro_id, year, start_date FROM clean.iro_allocations");
    expect(iro.map((r) => ({...r, start_date: iso(r.start_date)}))).toEqual([{iro_id: "I1", year: 2025, start_date: "2023-05-02"}]);
  });
});
