// Fallback when /usr/bin/time is missing: runs a step script in this process, then writes
// "<seconds> <max RSS in KB>" to the file given, as `time -f "%e %M"` would.
import {writeFileSync} from "node:fs";
import {pathToFileURL} from "node:url";

const [script, timeFile, ...rest] = process.argv.slice(2);
const started = performance.now();
process.argv = [process.argv[0]!, script!, ...rest];
process.on("exit", (code) => {
  if (code === 0) writeFileSync(timeFile!, `${((performance.now() - started) / 1000).toFixed(2)} ${process.resourceUsage().maxRSS}`);
});
await import(pathToFileURL(script!).href);
