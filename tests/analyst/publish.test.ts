// scripts/publish.ts on hand-made site folders: a public build is copied; a folder with the
// ANALYST-BUILD marker, the OFFICIAL-SENSITIVE banner, a robots noindex or a child-level file is refused,
// and nothing is written. (tests/browser/analyst.test.ts runs it on the real builds.)
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, it} from "vitest";
import {main, publish, publishProblems} from "../../scripts/publish.js";

let temp: string;
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), "cic-publish-test-"));
});
afterEach(() => rmSync(temp, {recursive: true, force: true}));

function site(name: string, files: Record<string, string>): string {
  const dir = join(temp, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, ".."), {recursive: true});
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const page = (extra = "") => `<!DOCTYPE html><html lang="en-GB"><head><link rel="icon" href="data:,">${extra}</head><body><p>Children in care</p></body></html>`;

describe("publish", () => {
  it("copies a public build", () => {
    const from = site("dist", {"index.html": page(), "legal-status.html": page(), "_file/data/overview.1234.json": "{}"});
    publish(from, join(temp, "out"));
    expect(readFileSync(join(temp, "out", "legal-status.html"), "utf8")).toBe(page());
    expect(existsSync(join(temp, "out", "_file", "data", "overview.1234.json"))).toBe(true);
  });

  it("refuses a folder with the analyst marker, and writes nothing", () => {
    const from = site("a", {"index.html": page(), "ANALYST-BUILD": "x"});
    expect(() => publish(from, join(temp, "out"))).toThrow(/ANALYST-BUILD marker/);
    expect(existsSync(join(temp, "out"))).toBe(false);
  });

  it("refuses an analyst build whose marker was lost: banner, noindex or the child table", () => {
    expect(publishProblems(site("b", {"index.html": page(), "x.html": `<p class="banner banner-analyst" role="note"><strong>OFFICIAL-SENSITIVE: not for publication.</strong></p>`})))
      .toEqual(["x.html: carries the OFFICIAL-SENSITIVE banner"]);
    expect(publishProblems(site("b2", {"index.html": page(), "y.html": `<p class="banner-analyst">Analyst build</p>`})))
      .toEqual(["y.html: carries the OFFICIAL-SENSITIVE banner"]);
    // A public page may name the banner in its code without carrying it (src/report.md does).
    expect(publishProblems(site("b3", {"index.html": page(`<script>const note = a ? "OFFICIAL-SENSITIVE, not for publication" : "";</script>`)}))).toEqual([]);
    expect(publishProblems(site("c", {"index.html": page(`<meta name="robots" content="noindex, nofollow">`)})))
      .toEqual(["index.html: marked noindex"]);
    expect(publishProblems(site("d", {"index.html": page(), "_file/analyst/children.abcd1234.json": "{}"})))
      .toEqual(["_file/analyst/children.abcd1234.json: analyst-only file"]);
  });

  it("refuses what is not a built site, and a destination that is not empty", () => {
    expect(publishProblems(join(temp, "missing"))[0]).toMatch(/is not a folder/);
    expect(publishProblems(site("e", {"about.html": page()}))[0]).toMatch(/no index.html/);
    const from = site("f", {"index.html": page()});
    site("full", {"keep.txt": "mine"});
    expect(() => publish(from, join(temp, "full"))).toThrow(/not empty/);
    expect(() => publish(from, join(from, "inside"))).toThrow(/outside/);
  });

  it("exits 1 with a usage line without --to, 0 when copied", async () => {
    expect(await main([])).toBe(1);
    const from = site("g", {"index.html": page()});
    expect(await main(["--from", from, "--to", join(temp, "copied")])).toBe(0);
    expect(await main([`--from=${site("h", {"index.html": page(), "ANALYST-BUILD": ""})}`, `--to=${join(temp, "no")}`])).toBe(1);
    expect(existsSync(join(temp, "no"))).toBe(false);
  });
});
