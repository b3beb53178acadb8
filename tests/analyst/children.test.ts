// The child-level table over tests/measures/fixtures/stability (Kent 886; that file's header explains each
// child). Children are told apart by birth month (all twelve differ). Worked by hand for 2024-25
// (1 April 2024 - 31 March 2025):
//   P1  born 2012-03: 13 at 31 March -> 10_15. Open episode P U6 C2 from 2024-10-01, 22 miles, OUT ->
//       care_order, foster_other, 20_plus, outside. Placements in year 2 (stability test). Period of care
//       from 2023-05-01 (X1 chain): 366 days to 2024-05-01 + 334 to 2025-03-31 = 700. Not started or ceased in year.
//   P2  born 2014-06: B K2 C2 from 2024-11-01, 8 miles IN -> care_order, childrens_homes_secure, 5_10,
//       inside; 3 placements -> 3+. Period from 2024-01-01: 366 + 89 = 455 days; started before the year.
//   P11 born 2010-10: S U6 V2 2024-03-01, ceased E4A 2024-06-01; back S U4 2024-09-01, P U6 2024-12-01 ->
//       s20, foster_other, 0_5; 3 placements; period from 2024-09-01: 30+31+30+31+31+28+30 = 211 days;
//       started in the year and ceased (the first period) in the year.
//   P10 born 2011-08: B R1 C1 from 2024-11-01, 40 miles -> interim_care_order, residential_other, 20_plus; 4 placements.
//   P7  born 2009-03: 16 at 31 March -> 16_17.
//   P14 born 2009-06: S 2024-05-01 ceased the same day (E4A), S 2024-08-01 -> 242 days, started and ceased in year.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {childRows, childrenFile, keyMaker} from "../../loaders/analyst/children.js";
import {ChildrenFile, type ChildRow} from "../../loaders/analyst/schema.js";
import {buildFixture, type Built} from "../measures/helpers.js";

let b: Built;
let rows: ChildRow[];
beforeAll(async () => {
  b = await buildFixture("stability");
  rows = await childRows(b.conn);
});
afterAll(() => b?.close());

const child = (year: string, birth: string) => {
  const hits = rows.filter((r) => r.year === year && r.birth_month === birth);
  expect(hits).toHaveLength(1);
  return hits[0]!;
};

describe("the child-level table (fixtures/stability)", () => {
  it("has one row per child in care at 31 March, as cla_count", () => {
    const y2025 = rows.filter((r) => r.year === "2024-25");
    expect(y2025).toHaveLength(b.value("886", "2024-25", "cla_count", "at_end")!);
    expect(y2025).toHaveLength(12);
    expect(rows.filter((r) => r.year === "2023-24")).toHaveLength(b.value("886", "2023-24", "cla_count", "at_end")!);
  });

  it("works out each field as the hand-worked children say", () => {
    expect(child("2024-25", "2012-03")).toMatchObject({age: 13, age_band: "10_15", gender: "male", ethnicity_group: "white", ethnicity_code: "WBRI",
      legal_status_group: "care_order", legal_status_code: "C2", placement_type_group: "foster_other", placement_type_code: "U6",
      uasc: false, placements: 2, placements_3plus: false, distance_band: "20_plus", outside_la: true, days_in_care: 700,
      started_in_year: false, ceased_in_year: false});
    expect(child("2024-25", "2014-06")).toMatchObject({age: 10, gender: "female", legal_status_group: "care_order",
      placement_type_group: "childrens_homes_secure", placement_type_code: "K2", placements: 3, placements_3plus: true,
      distance_band: "5_10", outside_la: false, days_in_care: 455, started_in_year: false});
    expect(child("2024-25", "2010-10")).toMatchObject({legal_status_group: "s20", legal_status_code: "V2", placements: 3,
      placements_3plus: true, distance_band: "0_5", days_in_care: 211, started_in_year: true, ceased_in_year: true});
    expect(child("2024-25", "2011-08")).toMatchObject({legal_status_group: "interim_care_order", placement_type_group: "residential_other",
      distance_band: "20_plus", placements: 4});
    expect(child("2024-25", "2009-03")).toMatchObject({age: 16, age_band: "16_17"});
    expect(child("2024-25", "2009-06")).toMatchObject({days_in_care: 242, started_in_year: true, ceased_in_year: true});
  });

  it("keeps a child's random key across years of one build, and draws new keys each build", async () => {
    expect(child("2023-24", "2012-03").key).toBe(child("2024-25", "2012-03").key);
    const keys2025 = rows.filter((r) => r.year === "2024-25").map((r) => r.key);
    expect(new Set(keys2025).size).toBe(12);
    const again = await childRows(b.conn);
    const before = new Set(rows.map((r) => r.key));
    expect(again.some((r) => before.has(r.key))).toBe(false);
  });

  it("writes no identifier: no CHILD, UPN, postcode, URN or full date of birth in the file", () => {
    const text = JSON.stringify(childrenFile(rows, {generated: "2025-01-01T00:00:00Z", synthetic: true}));
    for (const id of ["P1", "P2", "P10", "P11", "P14"]) expect(text).not.toMatch(new RegExp(`"${id}"`));
    expect(text).not.toMatch(/CT1 1AA|ME1 1AA|SC000003|2012-03-03|03\/03\/2012/);
    expect(Object.keys(ChildrenFile.parse(JSON.parse(text)).columns)).not.toContain("child");
  });

  it("makes keys that are random tokens, not the CHILD id", () => {
    const keyOf = keyMaker();
    const a = keyOf("886", "P1");
    expect(a).toMatch(/^k[0-9a-f]{12}$/);
    expect(keyOf("886", "P1")).toBe(a);
    expect(keyOf("887", "P1")).not.toBe(a);
    expect(keyMaker()("886", "P1")).not.toBe(a);
  });
});
