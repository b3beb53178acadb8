// Runs one pipeline step as a child process and reports its wall time and peak memory. Peak memory
// comes from /usr/bin/time (GNU time: the largest resident set of the child and anything it waited
// for, so a build's `observable build` grandchild counts too); without it, from the child's own
// process.resourceUsage() via bench/steps/rss.ts, which sees only that process.
import {spawn} from "node:child_process";
import {existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync} from "node:fs";
import {loadavg} from "node:os";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const gnuTime = "/usr/bin/time";

export interface StepResult {
  seconds: number;               // wall clock
  cpuSeconds: number;            // user + system, the whole process tree: less sensitive to a busy machine than wall time
  maxRssMb: number;
  load: number;                  // 1-minute load average when the step ended
}

export interface StepOptions {
  script: string;                 // a .ts file, relative to the project
  args?: string[];
  env?: Record<string, string>;
  log: string;                    // stdout and stderr of the step
}

/** Runs `node --import tsx <script> <args>`; rejects when the step fails, naming its log. */
export async function runStep(o: StepOptions): Promise<StepResult> {
  mkdirSync(dirname(o.log), {recursive: true});
  const timeFile = `${o.log}.time`;
  rmSync(timeFile, {force: true});
  const node = [process.execPath, "--import", "tsx"];
  const withTime = existsSync(gnuTime);
  const command = withTime
    ? [gnuTime, "-f", "%e %M %U %S", "-o", timeFile, ...node, join(root, o.script), ...(o.args ?? [])]
    : [...node, join(root, "bench", "steps", "rss.ts"), join(root, o.script), timeFile, ...(o.args ?? [])];
  const out = openSync(o.log, "w");
  const started = process.hrtime.bigint();
  const exitCode = await new Promise<number>((done, fail) => {
    const child = spawn(command[0]!, command.slice(1), {cwd: root, env: {...process.env, ...o.env}, stdio: ["ignore", out, out]});
    child.on("error", fail);
    child.on("exit", (code) => done(code ?? 1));
  });
  closeSync(out);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (exitCode !== 0) throw new Error(`${o.script} failed (exit ${exitCode}); see ${o.log}`);
  // GNU time may print a note first ("Command exited with..."): the figures are the last line.
  const [seconds, rssKb, user, system] = readFileSync(timeFile, "utf8").trim().split("\n").at(-1)!.split(/\s+/).map(Number);
  return {seconds: withTime ? seconds ?? wall : wall, cpuSeconds: (user ?? 0) + (system ?? 0), maxRssMb: Math.round((rssKb ?? 0) / 1024), load: loadavg()[0]!};
}

/**
 * For `npm run build`: Framework's cache (src/.observablehq) is shared by every build in the working tree, so a
 * build running beside another can fail for that reason alone. Up to three tries; then null (reported as failed).
 */
export async function runStepRetry(o: StepOptions, log: (m: string) => void): Promise<StepResult | null> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return await runStep(o);
    } catch (error) {
      log(`${(error as Error).message} (attempt ${attempt} of 3)`);
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
  return null;
}
