import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {spawnSync} from "node:child_process";
import {gzipSync} from "node:zlib";
import {leakCheck} from "../../scripts/leak-check.js";
import {collectIdentifiers} from "../../loaders/disclosure/identifiers.js";
import {LeakCheckConfig} from "../../loaders/disclosure/config.js";

// Hand-made input: every identifier below is planted in the leaky folder in some form.
const ID = {
  child: "1000234", child2: "1000567", upn: "A123456789012", sw: "SW7654321", iro: "IRO4471",
  drn: "DRN-2024-017", urn: "SC123456", home: "ME7 1AB", placement: "CT1 2XY"
};
const ALL_VALUES = [...Object.values(ID), "ME71AB", "CT12XY", "04/03/2013", "2013-03-04", "23/11/2010", "2010-11-23", "15/06/2024", "2024-06-15"];

let root: string;
let input: string;
const rules = LeakCheckConfig.parse({});

function write(path: string, text: string | Buffer): void {
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "leak-check-"));
  input = join(root, "extracts");
  const year = join(input, "887", "2025");
  write(join(year, "header.csv"), "\uFEFFchild,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n" +
    `${ID.child},M,04/03/2013,WBRI,${ID.upn},,\r\n` +
    `${ID.child2},F,2010-11-23,WBRI,,1,15/06/2024\r\n` +
    `12,F,31/03/2012,WBRI,,,\r\n`);                         // CHILD "12" and a 31 March birthday: not scannable
  write(join(year, "episodes.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n" +
    `${ID.child},01/05/2024,S,C2,N1,U4,PR1,,,,"${ID.home}",${ID.placement},${ID.urn}\n` +
    `${ID.child2},01/06/2024,S,V2,N1,U6,PR1,,,,ME7,,XXXXXXX\n`);   // a district alone is not an address; XXXXXXX = no URN
  write(join(year, "sw_episodes.csv"), `CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\n${ID.child},04/03/2013,${ID.sw},01/05/2024,,\n`);
  write(join(year, "drn.csv"), `DRN_ID,CHILD,IRO_ID,RAISED,CATEGORY,STAGE,RESOLVED,CAFCASS\n${ID.drn},${ID.child},${ID.iro},02/07/2024,Drift,1,,N\n`);
});

afterAll(() => rmSync(root, {recursive: true, force: true}));

describe("collecting identifiers", () => {
  it("reads every kind, skips short values, districts and period-boundary birthdays", () => {
    const ids = collectIdentifiers(input, rules);
    expect(ids.files).toBe(4);
    expect(ids.tokens.get(ID.child)).toBe("CHILD");
    expect(ids.tokens.get(ID.upn)).toBe("UPN");
    expect(ids.tokens.get("ME71AB")).toBe("HOME_POST");
    expect(ids.phrases.get(ID.drn)).toBe("DRN_ID");
    expect([...ids.dates.entries()].sort()).toEqual([["2010-11-23", "DOB"], ["2013-03-04", "DOB"], ["2024-06-15", "MC_DOB"]]);
    // CHILD "12" (short), DOB 31/03/2012 (boundary), HOME_POST "ME7" (district only), URN XXXXXXX (placeholder).
    expect(ids.skipped).toEqual({CHILD: 1, DOB: 1, HOME_POST: 1, URN: 1});
  });
});

describe("leak check", () => {
  it("finds identifiers planted in HTML, JSON, a source map, reformatted dates and postcodes", async () => {
    const dist = join(root, "leaky");
    write(join(dist, "index.html"), `<p>Child ${ID.child} moved.</p>`);
    write(join(dist, "_file", "data", "cohort.json"), JSON.stringify({rows: [{upn: ID.upn.toLowerCase()}]}));
    write(join(dist, "_observablehq", "app.js.map"), JSON.stringify({sourcesContent: [`const worker = "${ID.sw}";`]}));
    write(join(dist, "_file", "data", "dob.json"), `{"dob":"2013-03-04T00:00:00.000Z"}`);   // 04/03/2013 as ISO
    write(join(dist, "places.html"), "<td>ME71AB</td><td>ct1&nbsp;2xy</td>");             // no space; lower case
    write(join(dist, "_observablehq", "minisearch.json"), `{"t":"dispute ${ID.drn} raised by ${ID.iro}"}`);
    write(join(dist, "chart.js"), `const born = ${Date.UTC(2010, 10, 23)}; // "15 June 2024" and ${ID.urn}`);
    write(join(dist, "table.csv.gz"), gzipSync(`child,dob\n${ID.child2},11/23/2010\n`));
    const hits = await leakCheck({dir: dist, input, rules});
    const found = hits.map((h) => `${h.file.replaceAll("\\", "/")} ${h.kind} ${h.form}`).sort();
    expect(found).toEqual([
      "_file/data/cohort.json UPN token",
      "_file/data/dob.json DOB yyyy-mm-dd",
      "_observablehq/app.js.map SW_ID token",
      "_observablehq/minisearch.json DRN_ID token",
      "_observablehq/minisearch.json IRO_ID token",
      "chart.js DOB epoch",
      "chart.js MC_DOB d month yyyy",
      "chart.js URN token",
      "index.html CHILD token",
      "places.html HOME_POST postcode without space",
      "places.html PL_POST postcode with space",
      "table.csv.gz CHILD token",
      "table.csv.gz DOB mm/dd/yyyy"
    ]);
    for (const h of hits) {
      expect(h.redacted).toMatch(/^.{2}\*\*\*$/);
      for (const v of ALL_VALUES) expect(JSON.stringify(h)).not.toContain(v);
    }
  });

  it("passes a clean folder with look-alike text", async () => {
    const dist = join(root, "clean");
    write(join(dist, "index.html"),
      "<p>10002345 children; 31/03/2025; 31 March 2012; 2013-03-05; ME7 area; SW76543210; 12 reviews; DRN-2024-0170; URN XXXXXXX</p>");
    write(join(dist, "data.json"), JSON.stringify({measures: [{la: "887", year: "2024-25", value: 12}]}));
    expect(await leakCheck({dir: dist, input, rules})).toEqual([]);
  });

  it("does not look for dates of birth inside library bundles, but still for identifiers there", async () => {
    const dist = join(root, "library");
    // d3-style calendar constants equal to a child's date of birth (04/03/2013) in npm and runtime bundles...
    write(join(dist, "_npm", "d3-dsv@3.0.1", "_esm.js"), `const test = "2013-03-04";`);
    write(join(dist, "_observablehq", "runtime.js"), `new Date(2013, 2, 4); // 04/03/2013`);
    // ...but the same date in our own component or a data file is a leak, and so is a CHILD id in a bundle.
    write(join(dist, "_import", "components", "figure.js"), `const d = "2013-03-04";`);
    write(join(dist, "_npm", "leaky@1.0.0", "_esm.js"), `const who = "${ID.child}";`);
    const found = (await leakCheck({dir: dist, input, rules})).map((h) => `${h.file.replaceAll("\\", "/")} ${h.kind}`).sort();
    expect(found).toEqual(["_import/components/figure.js DOB", "_npm/leaky@1.0.0/_esm.js CHILD"]);
  });

  it("refuses to pass when there is nothing to compare", async () => {
    const empty = join(root, "no-csv");
    mkdirSync(empty, {recursive: true});
    await expect(leakCheck({dir: join(root, "clean"), input: empty, rules})).rejects.toThrow(/no CSV files/);
    await expect(leakCheck({dir: join(root, "missing"), input, rules})).rejects.toThrow(/does not exist/);
  });

  it("the command exits 1 naming file and kind, and never prints a full identifier", () => {
    const dist = join(root, "leaky");
    const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
    const run = spawnSync(tsx, ["scripts/leak-check.ts", "--dir", dist, "--input", input], {encoding: "utf8"});
    const output = run.stdout + run.stderr;
    expect(run.status).toBe(1);
    expect(output).toContain("index.html: CHILD 10*** (token)");
    expect(output).toContain("not scanned");
    for (const v of ALL_VALUES) expect(output).not.toContain(v);
    const clean = spawnSync(tsx, ["scripts/leak-check.ts", "--dir", join(root, "clean")], {encoding: "utf8", env: {...process.env, CIC_INPUT: input}});
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain("passed");
  });
});
