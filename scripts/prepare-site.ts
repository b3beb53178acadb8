// Fills Observable Framework's own npm cache (src/.observablehq/cache/_npm/) from node_modules so
// `observable build` never fetches from cdn.jsdelivr.net: Framework checks that folder before the
// CDN, and picks unpinned versions from the folders present. Each package is bundled by esbuild
// for the browser, with its dependencies left as relative imports of their own cache entries (so
// Inputs and the stdlib share one htl), except the packages in `selfContained`.
// Relies on Framework 1.13 internals (dist/npm.js: `<name>@<version>/_esm.js`, subpath
// `x/y` -> `x/y._esm.js`); @observablehq/framework is pinned exactly for that reason.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import * as esbuild from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const npmCacheDir = join(root, "src", ".observablehq", "cache", "_npm");

// What pages may use through Framework's `npm:` or implicit imports (Plot, d3, Inputs, html, aq, Arrow).
const bundled = ["@observablehq/plot", "d3", "@observablehq/inputs", "htl", "arquero", "apache-arrow", "d3-dsv"];

// Libraries Framework's client names as lazy `npm:` imports. An empty folder lets Framework settle their
// version without asking the registry; they are never loaded unless a page uses them (ours don't).
const placeholders = [
  "react", "react-dom", "echarts", "lodash", "leaflet", "mapbox-gl", "topojson-client", "mermaid", "katex",
  "vega", "vega-lite", "vega-lite-api", "@uwdata/vgplot", "exceljs", "sql.js", "parquet-wasm",
  "@viz-js/viz", "@observablehq/duckdb", "@observablehq/sample-datasets"
];

// Bundled with every dependency inlined, as one module each. Plot imports the d3 umbrella: left as imports,
// a chart page loaded 30 d3-* modules (about 45 in all) before its first cell could run, and parsed all of d3
// where Plot uses about half (esbuild drops the rest when d3 is inlined: 385 KB instead of 490 KB of JS).
// A page that imports both Plot and d3 gets two copies of the d3 parts Plot uses; Plot keeps no state
// that d3 code outside it would need to share, and no public page imports d3 itself.
const selfContained = new Set(["@observablehq/plot", "d3"]);

interface Package { name: string; version: string; dir: string }

function packageName(specifier: string): {name: string; subpath: string} {
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  return {name, subpath: parts.slice(specifier.startsWith("@") ? 2 : 1).join("/")};
}

// Node's lookup: the nearest node_modules/<name> above the importing package.
function findPackage(name: string, fromDir: string): Package {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) {
      const pkg = JSON.parse(readFileSync(join(candidate, "package.json"), "utf8")) as {version: string};
      return {name, version: pkg.version, dir: candidate};
    }
    if (dirname(dir) === dir) throw new Error(`prepare-site: cannot find package ${name} from ${fromDir}`);
  }
}

function cacheFile(pkg: Package, subpath: string): string {
  return join(npmCacheDir, `${pkg.name}@${pkg.version}`, subpath ? `${subpath}._esm.js` : "_esm.js");
}

async function bundle(pkg: Package, subpath: string, queue: Array<{pkg: Package; subpath: string}>): Promise<void> {
  const out = cacheFile(pkg, subpath);
  const result = await esbuild.build({
    entryPoints: [subpath ? `${pkg.name}/${subpath}` : pkg.name],
    // The folder holding the node_modules the package was found in, so the entry resolves to that copy.
    absWorkingDir: pkg.dir.slice(0, -`/node_modules/${pkg.name}`.length),
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "error",
    plugins: selfContained.has(pkg.name) ? [] : [{
      name: "externalise-dependencies",
      setup(build) {
        build.onResolve({filter: /^[^./]/}, (args) => {
          // A CommonJS require() of an external would become a throwing shim in ESM output: inline those.
          if (args.kind === "entry-point" || args.kind === "require-call") return undefined;
          const {name, subpath: depPath} = packageName(args.path);
          if (name === pkg.name) return undefined;
          const dep = findPackage(name, args.resolveDir);
          queue.push({pkg: dep, subpath: depPath});
          let path = relative(dirname(out), cacheFile(dep, depPath)).split("\\").join("/");
          if (!path.startsWith(".")) path = `./${path}`;
          return {path, external: true};
        });
      }
    }]
  });
  mkdirSync(dirname(out), {recursive: true});
  writeFileSync(out, result.outputFiles[0]!.text);
}

function stamp(): string {
  // Rebuild the cache whenever the installed versions or this script change.
  const hash = createHash("sha256");
  hash.update(readFileSync(join(root, "package-lock.json")));
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  return hash.digest("hex");
}

export async function prepareSite(): Promise<{built: number; skipped: boolean}> {
  const stampFile = join(npmCacheDir, ".cic-prepared");
  const want = stamp();
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === want) return {built: 0, skipped: true};
  rmSync(npmCacheDir, {recursive: true, force: true});
  mkdirSync(npmCacheDir, {recursive: true});

  const queue = bundled.map((name) => ({pkg: findPackage(name, root), subpath: ""}));
  const done = new Set<string>();
  while (queue.length) {
    const {pkg, subpath} = queue.shift()!;
    const key = cacheFile(pkg, subpath);
    if (done.has(key)) continue;
    done.add(key);
    await bundle(pkg, subpath, queue);
  }
  for (const name of placeholders) {
    if (bundled.includes(name)) continue;
    let version = "0.0.0";
    try {
      version = findPackage(name, root).version;
    } catch {
      // not installed: any version will do, nothing loads it
    }
    mkdirSync(join(npmCacheDir, `${name}@${version}`), {recursive: true});
  }
  writeFileSync(stampFile, want);
  return {built: done.size, skipped: false};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {built, skipped} = await prepareSite();
  console.log(skipped ? "prepare-site: npm cache up to date" : `prepare-site: bundled ${built} modules into ${relative(root, npmCacheDir)}`);
}
