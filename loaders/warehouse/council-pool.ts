// Ingests councils in parallel: one worker thread per core (a council's ingest is JavaScript, one
// core each), results in job order so the report and the tables come out as a serial run would.
import {availableParallelism} from "node:os";
import {Worker} from "node:worker_threads";
import {ingestCouncil, type CouncilJob, type CouncilShard} from "./council-ingest.js";

const entry = new URL("./worker-entry.mjs", import.meta.url);
const workerModule = new URL("./council-worker.ts", import.meta.url).href;

/** Workers to use by default: CIC_INGEST_WORKERS, else one per core. */
export function defaultWorkers(): number {
  const given = Number(process.env.CIC_INGEST_WORKERS);
  return Number.isInteger(given) && given > 0 ? given : availableParallelism();
}

/**
 * `weights` (e.g. bytes of input): heaviest councils are started first, so the last to finish is a
 * small one and no core idles while another works through a county.
 */
export async function ingestCouncils(jobs: CouncilJob[], workers = defaultWorkers(), weights?: number[]): Promise<CouncilShard[]> {
  const count = Math.min(workers, jobs.length);
  // In-process when there is nothing to share out: a worker costs ~0.3 s to start.
  if (count <= 1) return jobs.map(ingestCouncil);
  const results: CouncilShard[] = new Array(jobs.length);
  const order = jobs.map((_, i) => i);
  if (weights) order.sort((a, b) => weights[b]! - weights[a]! || a - b);
  let next = 0;
  const run = () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(entry, {workerData: {module: workerModule}});
    let current = -1;
    const give = () => {
      if (next >= jobs.length) {
        void worker.terminate().then(() => resolve());
        return;
      }
      current = order[next++]!;
      worker.postMessage(jobs[current]);
    };
    worker.on("message", (reply: {ok: true; shard: CouncilShard} | {ok: false; message: string}) => {
      if (!reply.ok) {
        next = jobs.length;   // stop handing out work; the other workers finish their current council
        void worker.terminate();
        reject(new Error(`ingest of LA ${jobs[current]!.la} failed: ${reply.message}`));
        return;
      }
      results[current] = reply.shard;
      give();
    });
    worker.on("error", (error) => {
      next = jobs.length;
      reject(new Error(`ingest worker for LA ${jobs[current]?.la ?? "?"} crashed: ${error.message}`));
    });
    give();
  });
  await Promise.all(Array.from({length: count}, run));
  return results;
}
