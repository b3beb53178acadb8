import {describe, expect, it} from "vitest";
import {parseDate} from "../../loaders/ingest/dates.js";
import {decodeUtf8, notCsvReason, parseCsv} from "../../loaders/ingest/csv.js";
import {checkCode, normaliseSex} from "../../loaders/ingest/codes.js";
import {CORE_SPECS, CORE_TABLES, recognise} from "../../loaders/ingest/tables.js";
import {validatorFor} from "../../loaders/ingest/schemas.js";
import {readDrnMap} from "../../loaders/ingest/drn-categories.js";
import {writeInput} from "./helpers.js";
import {join} from "node:path";

describe("parseDate", () => {
  it.each([
    ["31/03/2024", "2024-03-31"],
    ["2024-03-31", "2024-03-31"],
    ["1/4/2024", "2024-04-01"],      // Excel drops leading zeros
    ["29/02/2024", "2024-02-29"],    // 2024 is a leap year
    [" 05/11/2019 ", "2019-11-05"]
  ])("reads %s as %s", (text, iso) => {
    expect(parseDate(text)).toEqual({ok: true, iso});
  });

  it.each([
    ["31/02/2024", "date_impossible"],
    ["29/02/2023", "date_impossible"],   // 2023 is not a leap year
    ["02/01/20251", "date_impossible"],  // five-digit year
    ["13/13/2024", "date_impossible"],
    ["2024-13-01", "date_impossible"],
    ["00/01/2024", "date_impossible"],
    ["01/01/1850", "date_impossible"],
    ["01/01/24", "date_two_digit_year"],
    ["2024/01/01", "date_unparseable"],
    ["10-10-2023", "date_unparseable"],
    ["20251-01-02", "date_impossible"],
    ["yesterday", "date_unparseable"]
  ])("rejects %s as %s", (text, rule) => {
    const result = parseDate(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.rule).toBe(rule);
  });
});

describe("parseCsv", () => {
  it("drops a BOM, reads CRLF, and numbers physical lines", () => {
    const text = decodeUtf8(new TextEncoder().encode("\uFEFFChild,DOB\r\nA1,01/01/2020\r\n\r\nA2,02/02/2020\r\n"));
    // The blank line 3 is skipped, so A2 is on physical line 4.
    expect(parseCsv(text)).toEqual({header: ["Child", "DOB"], records: [{line: 2, fields: ["A1", "01/01/2020"]}, {line: 4, fields: ["A2", "02/02/2020"]}]});
  });

  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    const text = 'A,B,C\n"x, y","say ""hi""","two\nlines"\nlast,,\n';
    // The quoted line break makes the record span lines 2-3, so 'last' starts on line 4.
    expect(parseCsv(text).records).toEqual([
      {line: 2, fields: ["x, y", 'say "hi"', "two\nlines"]},
      {line: 4, fields: ["last", "", ""]}
    ]);
  });

  it("reads quoted records among unquoted ones, trailing commas, and a file with lone CR line ends", () => {
    // Unquoted records take a quicker path than quoted ones; both must agree on fields and lines.
    expect(parseCsv('A,B\nx,y,\n"p,q",r\r\n\n ,\ns,"t\nu"\nv,w').records).toEqual([
      {line: 2, fields: ["x", "y", ""]}, {line: 3, fields: ["p,q", "r"]}, {line: 5, fields: [" ", ""]},
      {line: 6, fields: ["s", "t\nu"]}, {line: 8, fields: ["v", "w"]}
    ]);
    expect(parseCsv("A,B\rx,y\r\rz,\r").records).toEqual([{line: 2, fields: ["x", "y"]}, {line: 4, fields: ["z", ""]}]);
  });

  it("recognises binary content", () => {
    expect(notCsvReason(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toMatch(/zip/);
    expect(notCsvReason(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toMatch(/Office/);
    expect(notCsvReason(new TextEncoder().encode("CHILD,DOB\n"))).toBeNull();
  });
});

describe("code lists by year", () => {
  it("SEX is 1/2 to 2023-24 and M/F/U from 2024-25", () => {
    expect(normaliseSex("1", 2024)).toBe("M");
    expect(normaliseSex("2", 2024)).toBe("F");
    expect(normaliseSex("U", 2025)).toBe("U");
    expect(checkCode("SEX", "1", 2025)?.rule).toBe("code_invalid_for_year");
    expect(checkCode("SEX", "M", 2024)?.rule).toBe("code_invalid_for_year");
    expect(checkCode("SEX", "X", 2024)?.rule).toBe("code_unknown");
  });

  it("PLACE codes follow their start dates and return years", () => {
    expect(checkCode("PLACE", "K3", 2024)?.rule).toBe("code_invalid_for_year");
    expect(checkCode("PLACE", "K3", 2025)).toBeNull();
    expect(checkCode("PLACE", "P2", 2024, "2023-10-27")).toBeNull();
    expect(checkCode("PLACE", "P2", 2024, "2023-10-28")?.rule).toBe("code_invalid_for_year");
    expect(checkCode("PLACE", "Z1", 2026, "2025-03-31")).toBeNull();
    expect(checkCode("PLACE", "Z1", 2026, "2025-04-01")?.rule).toBe("code_invalid_for_year");
    expect(checkCode("PLACE", "Z11", 2025)?.rule).toBe("code_invalid_for_year");
    expect(checkCode("PLACE", "Z11", 2026)).toBeNull();
    expect(checkCode("PLACE", "Q9", 2026)?.rule).toBe("code_unknown");
  });
});

describe("recognise", () => {
  const episodeColumns = "child,decom,rne,ls,cin,place,place_provider,dec,rec,reason_place_change,home_post,pl_post,urn".split(",");
  it("by name, or by columns when the name is not a table's", () => {
    expect(recognise("header.csv", ["CHILD"])).toMatchObject({spec: {name: "header"}, by: "name"});
    expect(recognise("Episodes 2024.csv", episodeColumns)).toMatchObject({spec: {name: "episodes"}, by: "columns"});
    expect(recognise("export.csv", ["CHILD", "SEX", "DOB", "DUC"])).toMatchObject({spec: {name: "uasc"}, by: "columns"});
    expect(recognise("export.csv", ["CHILD", "DOB"])).toBeNull();
  });
});

describe("DRN category map", () => {
  const dir = writeInput({"map.csv": "la,label,category\n887,Late SW report,documentation\n*,Family time,contact\n886,Oops,not_a_key\n"});
  const {map, problems} = readDrnMap(join(dir, "map.csv"));
  it("maps per LA, then any LA, then a label that is a key or its words", () => {
    expect(map.lookup("887", "late sw REPORT ")).toBe("documentation");
    expect(map.lookup("886", "Late SW report")).toBeNull();
    expect(map.lookup("886", "Family time")).toBe("contact");
    expect(map.lookup("886", "Drift and delay")).toBe("drift_and_delay");
    expect(map.lookup("886", "drift_and_delay")).toBe("drift_and_delay");
  });
  it("reports a mapping to a key that does not exist", () => {
    expect(problems).toEqual([{line: 4, column: "category", value: "not_a_key", message: "'not_a_key' is not a standard DRN category key"}]);
  });
});

describe("row validation", () => {
  // tryConvert skips zod for valid rows; it must accept exactly the rows zod accepts, as the same rows.
  const values = ["", "A1", "SW1", "XX1", "M", "F", "1", "2", "U", "WBRI", "C2", "S", "U4", "P2", "K3", "Z1", "Z11", "E11", "X1", "PN1", "N1",
    "PR1", "IN", "Y", "MANAGE", "A", "0.5", "3", "1500", "abc", "01/06/2015", "10/10/2023", "2023-10-28", "01/04/2025", "31/02/2024", "20/05/24"];
  const good: Record<string, string[]> = {
    CHILD: ["A1"], SEX: ["1", "M"], DOB: ["01/06/2015"], ETHNIC: ["WBRI"], DECOM: ["10/10/2023", "01/04/2025"], RNE: ["S"], LS: ["C2"],
    PLACE: ["U4", "P2", "K3", "Z1", "Z11"], DEC: ["", "2023-10-28"], REC: ["", "E11", "X1"], REVIEW: ["10/10/2023"], REVIEW_CODE: ["PN1"],
    SW_ID: ["SW1"], SW_DECOM: ["10/10/2023"], MISSING: ["M"], MIS_START: ["10/10/2023"], DRN_ID: ["A1"], RAISED: ["10/10/2023"],
    CATEGORY: ["Drift"], IRO_ID: ["A1"], START: ["10/10/2023"], FTE: ["", "0.5"], STAGE: ["", "3"], CAFCASS: ["", "Y"]
  };
  // A small deterministic generator, so a failure can be replayed.
  let seed = 1;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const one = (list: string[]) => list[Math.floor(next() * list.length)]!;
  it.each(CORE_TABLES.flatMap((t) => [2016, 2025, 2026].map((y) => [t, y] as const)))("%s %i: the same rows as zod", (table, year) => {
    const validator = validatorFor(table, year);
    let accepted = 0;
    for (let n = 0; n < 2000; n++) {
      const fields: Record<string, string> = {};
      // Mostly good values (blank for an optional column without a list), some of anything, some columns absent.
      for (const c of CORE_SPECS[table].columns) if (next() < 0.97) fields[c] = next() < 0.95 ? one(good[c] ?? [""]) : one(values);
      const fast = validator.tryConvert(fields);
      const zod = validator.schema.safeParse(fields);
      expect(zod.success).toBe(fast !== null);
      if (zod.success) expect(fast).toEqual(zod.data);
      if (fast) accepted++;
    }
    expect(accepted).toBeGreaterThan(20);   // the valid path is exercised too
  });
});
