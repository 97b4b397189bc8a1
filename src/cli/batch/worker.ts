/** A `check-all` worker thread: checks the units the pool sends, one at a time, and posts each result back. */
import { parentPort } from "node:worker_threads";
import { checkUnit, type UnitTask } from "./unit";

if (!parentPort) throw new Error("check-all worker: must run as a worker thread");
const port = parentPort;
port.on("message", (task: UnitTask) => {
  void checkUnit(task).then((result) => port.postMessage(result));
});
