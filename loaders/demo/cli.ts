// npm run generate-demo -- [--out DIR] [--seed N]
// npm run generate-demo -- --scale N [--years Y] ... (many councils, for the bench: see scale-cli.ts)
import {DEFAULT_SEED, generateDemo} from "./generate.js";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv.includes("--scale")) {
  // Many councils for benchmarking: loaders/demo/scale-cli.ts.
  const {scaleCli} = await import("./scale-cli.js");
  await scaleCli(process.argv.slice(2)).then(() => process.exit(0), (error: Error) => { console.error(error.message); process.exit(1); });
}

const out = option("out") ?? "data/extracts";
const seedText = option("seed");
const seed = seedText === undefined ? DEFAULT_SEED : Number(seedText);
if (!Number.isInteger(seed)) {
  console.error(`--seed must be a whole number, not '${seedText}'`);
  process.exit(1);
}
const started = Date.now();
const worlds = await generateDemo({out, seed});
for (const w of worlds) console.log(`LA ${w.la}: ${w.children.length} children, ${w.drns.length} DRNs`);
console.log(`synthetic demo extracts written to ${out} (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)}s`);
