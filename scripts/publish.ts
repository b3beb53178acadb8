// npm run publish -- --from DIR --to DEST   copies a public build (default --from dist) for publishing.
// npm run preview                            serves the public dist/ on 127.0.0.1:PORT (default 3000).
// Both refuse an analyst build: a folder with the ANALYST-BUILD marker (scripts/analyst-site.ts), or any
// page carrying the OFFICIAL-SENSITIVE banner or a robots noindex, or a child-level data file. The marker
// alone would do for our own builds; the other checks catch a marker lost in a copy.
import {cpSync, existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join, relative, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";
import {analystMarker} from "./analyst-site.js";
import {startServer} from "./serve.js";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) out.push(...files(file));
    else out.push(file);
  }
  return out;
}

/** Why a folder must not be published, one line per reason; empty when it is a public build. */
export function publishProblems(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [`${dir} is not a folder`];
  if (!existsSync(join(dir, "index.html"))) return [`${dir} has no index.html: not a built site`];
  const problems: string[] = [];
  if (existsSync(join(dir, analystMarker))) problems.push(`${analystMarker} marker found: this is an analyst build`);
  for (const file of files(dir)) {
    const name = relative(dir, file);
    if (/(^|[\\/])analyst[\\/]children\b/.test(name) || /cohort-explorer/.test(name)) problems.push(`${name}: analyst-only file`);
    if (!file.endsWith(".html")) continue;
    const html = readFileSync(file, "utf8");
    // The banner element itself: a public page may mention the words in its code (src/report.md does).
    if (/class="[^"]*\bbanner-analyst\b/.test(html) || /<strong>OFFICIAL-SENSITIVE/i.test(html)) problems.push(`${name}: carries the OFFICIAL-SENSITIVE banner`);
    if (/<meta\s+name="robots"[^>]*noindex/i.test(html)) problems.push(`${name}: marked noindex`);
  }
  return problems;
}

export function publish(from: string, to: string): void {
  const source = resolve(from);
  const dest = resolve(to);
  const problems = publishProblems(source);
  if (problems.length) throw new Error(`refusing to publish ${from}:\n  ${problems.slice(0, 20).join("\n  ")}`);
  if (dest === source || dest.startsWith(source + sep) || source.startsWith(dest + sep)) throw new Error("--to must be outside --from");
  if (existsSync(dest) && readdirSync(dest).length) throw new Error(`${to} is not empty; publish into a new or empty folder`);
  cpSync(source, dest, {recursive: true});
}

function argument(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

export async function main(args: string[]): Promise<number> {
  try {
    if (args.includes("--preview")) {
      // Only ever the public dist/: SITE_DIR is deliberately not honoured here.
      const dir = join(root, "dist");
      const problems = publishProblems(dir);
      if (problems.length) throw new Error(`refusing to preview dist/:\n  ${problems.slice(0, 20).join("\n  ")}`);
      const port = Number(process.env.PORT ?? 3000);
      await startServer({root: dir, port});
      console.log(`preview: http://127.0.0.1:${port}/ (the public build in dist/; Ctrl-C to stop)`);
      return -1;
    }
    const to = argument(args, "--to");
    if (!to) throw new Error("usage: npm run publish -- --from DIR --to DEST");
    const from = argument(args, "--from") ?? "dist";
    publish(from, to);
    console.log(`publish: copied ${from} to ${to}`);
    return 0;
  } catch (error) {
    console.error(`publish: ${(error as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const code = await main(process.argv.slice(2));
  if (code >= 0) process.exit(code);
}
