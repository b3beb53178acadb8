// npm run generate-demo -- [--out DIR] [--seed N]
import {DEFAULT_SEED, generateDemo} from "./generate.js";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
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
