// The build's last step (scripts/build.ts checkNoIdentifiers) on a real built site: a child's ID
// planted in a page must fail the build and delete the output, so a leaky site can be neither
// served nor published; the same site without it passes.
import {cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {describe, expect, it} from "vitest";
import {checkNoIdentifiers} from "../../scripts/build.js";
import {builtSite, root} from "./harness.js";

const buildDir = join(root, ".tmp", "build");   // the real site's build folder (harness.ts)

describe("the build's leak check on the built demo site", () => {
  it("passes the site as built, and deletes it and fails once a child's ID is planted in a page", {timeout: 600_000}, async () => {
    const dist = await builtSite("real");
    const info = JSON.parse(readFileSync(join(buildDir, "build-info.json"), "utf8")) as {input: string};
    const header = readFileSync(join(resolve(root, info.input), "887", "2025", "header.csv"), "utf8").split(/\r?\n/);
    const child = header[1]!.split(",")[0]!;
    expect(child.length).toBeGreaterThan(3);

    const clean = join(mkdtempSync(join(tmpdir(), "leaky-")), "site");
    cpSync(dist, clean, {recursive: true});
    await checkNoIdentifiers(clean, buildDir, false);
    expect(existsSync(join(clean, "index.html"))).toBe(true);

    const leaky = join(mkdtempSync(join(tmpdir(), "leaky-")), "site");
    cpSync(dist, leaky, {recursive: true});
    const page = join(leaky, "stability.html");
    writeFileSync(page, readFileSync(page, "utf8").replace("</main>", `<p>Child ${child} moved three times</p></main>`));
    await expect(checkNoIdentifiers(leaky, buildDir, false)).rejects.toThrow(/leak check: 1 input identifier\(s\) in the output, which was deleted/);
    expect(existsSync(leaky)).toBe(false);
  });
});
