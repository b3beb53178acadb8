// Runs council jobs sent by council-pool.ts, one at a time, in a worker thread.
import {parentPort} from "node:worker_threads";
import {ingestCouncil, type CouncilJob} from "./council-ingest.js";

parentPort!.on("message", (job: CouncilJob) => {
  try {
    parentPort!.postMessage({ok: true, shard: ingestCouncil(job)});
  } catch (error) {
    parentPort!.postMessage({ok: false, message: (error as Error).stack ?? String(error)});
  }
});
