// A worker thread's entry. Workers do not inherit tsx's loader from the main thread, so it is
// registered here before the TypeScript worker module is imported.
import {workerData} from "node:worker_threads";
import {register} from "tsx/esm/api";

register();
await import(workerData.module);
