// Stale open episodes when a year is missing, over fixtures/gap-years: Medway 887 with the 2022-23 (2023)
// and 2024-25 (2025) folders loaded and 2023-24 (2024) absent. Each year's return repeats every episode
// open on 1 April, so an episode open in the 2023 file that the 2025 file does not carry ended somewhere
// between 1 April 2023 and 1 April 2024; the measures take 1 April 2023 (docs/measures.md).
//
// child  2023 file (2022-23)        2025 file (2024-25)                             why it is here
// A      01/05/2022- open C2 U4     (absent)                                         stale across the missing year
// B      01/06/2022- open C2 U4     01/09/2023-01/01/2024 X1 (V2 U4), 01/01/2024-   reappears with a new chain
//                                   open (P, C2 U5)                                  begun in the missing year
// C      01/07/2022- open C2 U4     01/07/2022- open (same key)                      carried: stays open
// E      01/08/2022- open C2 U4     02/08/2022- open (re-keyed)                      superseded by the ingest
//
// B's and E's spans against the 2023 copies' vouched span (DECOM to 1 April 2023): B's new chain starts
// 01/09/2023, after it, so the ingest keeps both and B's 2023 episode ends 1 April 2023 (stale), before
// the new chain's 01/09/2023: no overlap, and two periods of care (the stale one has no REC, so no X1
// link). E's 02/08/2022 lies inside [01/08/2022, 01/04/2023): the 2023 copy is superseded (a warning).
//
// 2022-23 at_end (31 Mar 2023): A B C E = 4 (A and B are open on their file's own year end).
// 2022-23 starts: A B C E = 4 episodes (E once: its 2023 copy is gone).
// 2024-25 at_start (1 Apr 2024) and at_end (31 Mar 2025): B C E = 3. Before this rule A was counted in
//   both (4): the old rule ended an episode only when exactly the next year's file was loaded.
// 2024-25 starts 0 (B's start is 2023-09-01), ceased 0 (the stale episodes are not ceases; B's X1 is not).
// No 2023-24 rows: no folder, no figures.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildFixture, type Built} from "./helpers.js";

let b: Built;
beforeAll(async () => {
  b = await buildFixture("gap-years");
});
afterAll(() => b?.close());

const query = async (sql: string) => (await b.conn.runAndReadAll(sql)).getRowObjectsJS();

describe("an episode left open in a file when the next year's folder is missing", () => {
  it("counts the older year from its own file", () => {
    expect(b.value("887", "2022-23", "cla_count", "at_end")).toBe(4);
    expect(b.value("887", "2022-23", "starts", "year")).toBe(4);
  });

  it("ends the episode no later file carries: not in care in a later loaded year", () => {
    expect(b.value("887", "2024-25", "cla_count", "at_start")).toBe(3);
    expect(b.value("887", "2024-25", "cla_count", "at_end")).toBe(3);
  });

  it("is not a cease, and the child's new chain is not a start of the later year", () => {
    expect(b.value("887", "2024-25", "ceased", "year")).toBe(0);
    expect(b.value("887", "2024-25", "starts", "year")).toBe(0);
  });

  it("writes nothing for the missing year", () => {
    expect(b.rows().filter((r) => r.la === "887" && r.year === "2023-24")).toEqual([]);
  });

  it("ends stale episodes on 1 April of their file's year, before any later chain of the child's", async () => {
    const rows = await query(`
      SELECT child, strftime(decom, '%Y-%m-%d') AS decom, strftime(dec, '%Y-%m-%d') AS dec, rec, stale_open, source_year
      FROM model.episodes ORDER BY child, decom`);
    expect(rows).toEqual([
      {child: "A", decom: "2022-05-01", dec: "2023-04-01", rec: null, stale_open: true, source_year: 2023},
      {child: "B", decom: "2022-06-01", dec: "2023-04-01", rec: null, stale_open: true, source_year: 2023},
      {child: "B", decom: "2023-09-01", dec: "2024-01-01", rec: "X1", stale_open: false, source_year: 2025},
      {child: "B", decom: "2024-01-01", dec: null, rec: null, stale_open: false, source_year: 2025},
      {child: "C", decom: "2022-07-01", dec: null, rec: null, stale_open: false, source_year: 2025},
      {child: "E", decom: "2022-08-02", dec: null, rec: null, stale_open: false, source_year: 2025}
    ]);
  });

  it("keeps the later chain a period of care of its own", async () => {
    const rows = await query(`
      SELECT period_no, strftime(period_start, '%Y-%m-%d') AS period_start, strftime(period_end, '%Y-%m-%d') AS period_end, period_rec
      FROM model.periods WHERE child = 'B' ORDER BY period_no`);
    expect(rows).toEqual([
      {period_no: 1n, period_start: "2022-06-01", period_end: "2023-04-01", period_rec: null},
      {period_no: 2n, period_start: "2023-09-01", period_end: null, period_rec: null}
    ]);
  });
});
