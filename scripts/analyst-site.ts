// The analyst build's Framework root, .tmp/analyst-src: every public page and component of src/ plus the
// analyst pages of src-analyst/, as symlinks. The public build's root (src/) never holds an analyst page
// or loader, so it cannot publish one; Framework builds every .md under its root, listed or not.
// Node resolves a data loader's imports from its real path, so the symlinked loaders find loaders/ as usual.
import {cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {join} from "node:path";

export const analystMarker = "ANALYST-BUILD";

export function assembleAnalystRoot(root: string): string {
  const out = join(root, ".tmp", "analyst-src");
  rmSync(out, {recursive: true, force: true});
  mkdirSync(out, {recursive: true});
  const analystEntries = readdirSync(join(root, "src-analyst"));
  for (const name of analystEntries) symlinkSync(join(root, "src-analyst", name), join(out, name));
  for (const name of readdirSync(join(root, "src"))) {
    if (name === ".observablehq" || analystEntries.includes(name)) continue;
    symlinkSync(join(root, "src", name), join(out, name));
  }
  // A copy, not a link: Framework writes into its cache, and the public build's must stay its own.
  const npm = join(root, "src", ".observablehq", "cache", "_npm");
  if (existsSync(npm)) cpSync(npm, join(out, ".observablehq", "cache", "_npm"), {recursive: true});
  return out;
}

/** The file that marks a folder as an analyst build; scripts/publish.ts refuses any folder that has one. */
export function writeAnalystMarker(output: string, generated: string): void {
  writeFileSync(join(output, analystMarker),
    `OFFICIAL-SENSITIVE: not for publication.\nAnalyst build of ${generated}: it holds a pseudonymised child-level table.\n`);
}
