// The machine a bench ran on, for the report header.
import {execFileSync} from "node:child_process";
import {cpus, totalmem, availableParallelism} from "node:os";

export interface Machine { cores: number; cpu: string; memoryGb: number; node: string; os: string; chromium: string | null }

function chromiumVersion(): string | null {
  try {
    return execFileSync("/usr/bin/chromium", ["--version"], {encoding: "utf8", stdio: ["ignore", "pipe", "ignore"]}).trim();
  } catch {
    return null;
  }
}

export function machine(): Machine {
  let os = `${process.platform} ${process.arch}`;
  try {
    os = execFileSync("uname", ["-sr"], {encoding: "utf8"}).trim();
  } catch { /* uname is not everywhere */ }
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os,
    chromium: chromiumVersion()
  };
}
