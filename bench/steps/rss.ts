// Fallback when /usr/bin/time is missing: runs a step script in this process, then writes
// "<seconds> <max RSS in KB> <user s> <system s>" to the file given, as `time -f "%e %M %U %S"` would.
import {writeFileSync} from "node:fs";
import {pathToFileURL} from "node:url";

const [script, timeFile, ...rest] = process.argv.slice(2);
const started = performance.now();
process.argv = [process.argv[0]!, script!, ...rest];
process.on("exit", (code) => {
  const usage = process.resourceUsage();
  if (code === 0) writeFileSync(timeFile!, `${((performance.now() - started) / 1000).toFixed(2)} ${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}`);
});
await import(pathToFileURL(script!).href);
