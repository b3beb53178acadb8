// A built site for the meeting-mode and report tests. Reuses a build the browser tests made
// (.tmp/browser-dist-<name>) when it is newer than every source it depends on; otherwise builds one with
// scripts/build.ts from a build folder (no warehouse: Framework only), into .tmp/<out>.
import {spawn} from "node:child_process";
import {existsSync, readdirSync, statSync} from "node:fs";
import {join, resolve} from "node:path";

export const root = resolve(import.meta.dirname, "..", "..");

function newest(paths: string[]): number {
  let time = 0;
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const name of readdirSync(p)) if (!name.startsWith(".")) walk(join(p, name));
    } else time = Math.max(time, s.mtimeMs);
  };
  for (const p of paths) walk(join(root, p));
  return time;
}

function fresh(dir: string, page: string): boolean {
  const file = join(dir, page);
  return existsSync(file) && statSync(file).mtimeMs > newest(["src/components", "src/data", `src/${page.replace(/\.html$/, ".md")}`, "src/style.css", "src/print.css", "src/committees.css", "observablehq.config.ts"]);
}

/** The folder of a built site that has `page` (e.g. 'report.html') and is up to date with the sources. */
// CIC_TEST_SITE=<folder> uses that build as it is (for page work: a site you have just built).
export async function builtSite(options: {reuse: string[]; buildDir: string; out: string; page: string}): Promise<string> {
  if (process.env.CIC_TEST_SITE) return resolve(root, process.env.CIC_TEST_SITE);
  for (const name of options.reuse) {
    const dir = join(root, ".tmp", name);
    if (fresh(dir, options.page)) return dir;
  }
  const out = join(root, ".tmp", options.out);
  if (fresh(out, options.page)) return out;
  const {CIC_BUILD_DIR: _b, CIC_OUTPUT: _o, ...env} = process.env;
  // Asynchronous, as in site.test.ts: a blocking build starves vitest's worker RPC.
  const child = spawn(join(root, "node_modules", ".bin", "tsx"), ["scripts/build.ts"], {cwd: root, env: {...env, CIC_BUILD_DIR: options.buildDir, CIC_OUTPUT: out}});
  let log = "";
  child.stdout.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr.on("data", (d: Buffer) => (log += d.toString()));
  const status = await new Promise<number | null>((done) => child.on("close", done));
  if (status !== 0) throw new Error(`site build failed:\n${log}`);
  return out;
}
