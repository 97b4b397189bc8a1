/**
 * The worker threads of `check-all`: one per core by default, each checking one unit at a time, so memory stays that
 * of a few workbooks however many there are. A unit that takes too long or exhausts its worker's memory becomes a
 * failed result (with the reason) and the worker is replaced: no single file stops the run.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Bilingual } from "../../core/findings";
import type { UnitResult, UnitTask } from "./unit";

export interface PoolOptions {
  workers: number;
  /** Per unit; a unit still running after this is abandoned (its worker ended). */
  timeoutMs: number;
  /** V8 heap limit of each worker, in MB. */
  memoryMb: number;
}

/**
 * The worker's code: the bundle beside this one in build/cli once built (bin/cchc.js), or the TypeScript source
 * through tsx when the command runs from source (the tests, `tsx src/cli/main.ts`).
 */
function workerCode(): { code: string; eval: boolean } {
  if (__filename.endsWith(".ts")) {
    const tsx = require.resolve("tsx/cjs/api");
    const source = path.join(__dirname, "worker.ts");
    return { code: `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`, eval: true };
  }
  return { code: path.join(__dirname, "checkAllWorker.js"), eval: false };
}

const TIMED_OUT = (seconds: number): Bilingual => ({
  vi: `Kiểm tra quá ${seconds} giây nên đã dừng (tệp quá lớn hoặc bất thường)`,
  en: `Stopped after ${seconds} seconds (the file is too large or unusual)`,
});
const OUT_OF_MEMORY: Bilingual = {
  vi: "Tệp cần quá nhiều bộ nhớ để đọc (quá lớn hoặc bất thường)",
  en: "The file needs too much memory to read (too large or unusual)",
};
const CRASHED = (message: string): Bilingual => ({
  vi: `Lỗi khi kiểm tra: ${message}`,
  en: `Failed while checking: ${message}`,
});

interface Slot {
  worker: Worker;
  task: UnitTask | null;
  timer: NodeJS.Timeout | null;
  /** Set once the slot's worker is being replaced: its later events are ignored. */
  retired: boolean;
}

/**
 * Checks every task; `onStart` when a unit is handed to a worker, `onResult` (in completion order) when it is done.
 * Resolves when all are done.
 */
export function runPool(
  tasks: readonly UnitTask[],
  options: PoolOptions,
  onStart: (task: UnitTask) => void,
  onResult: (task: UnitTask, result: UnitResult) => void | Promise<void>,
): Promise<void> {
  const { code, eval: isEval } = workerCode();
  let next = 0;
  let remaining = tasks.length;
  const slots = new Set<Slot>();
  return new Promise<void>((resolve, reject) => {
    if (remaining === 0) return resolve();
    let failed = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      for (const s of slots) {
        s.retired = true;
        if (s.timer) clearTimeout(s.timer);
        void s.worker.terminate();
      }
      reject(e);
    };

    const finish = (slot: Slot, result: UnitResult) => {
      const task = slot.task;
      if (!task) return;
      if (slot.timer) clearTimeout(slot.timer);
      slot.task = null;
      slot.timer = null;
      Promise.resolve(onResult(task, result)).then(() => {
        remaining--;
        if (remaining === 0) {
          for (const s of slots) {
            s.retired = true;
            void s.worker.terminate();
          }
          resolve();
        } else if (!slot.retired) feed(slot);
      }, fail);
    };

    /** Ends a slot's worker and starts another in its place (after a timeout or a crash). */
    const replace = (slot: Slot, reason: Bilingual) => {
      if (slot.retired) return;
      slot.retired = true;
      slots.delete(slot);
      const task = slot.task;
      void slot.worker.terminate();
      if (next < tasks.length) feed(spawn());
      if (task) finish(slot, { id: task.id, status: "failed", reason });
    };

    const feed = (slot: Slot) => {
      if (failed || next >= tasks.length) return;
      const task = tasks[next++];
      slot.task = task;
      slot.timer = setTimeout(() => replace(slot, TIMED_OUT(Math.round(options.timeoutMs / 1000))), options.timeoutMs);
      onStart(task);
      slot.worker.postMessage(task);
    };

    const spawn = (): Slot => {
      const worker = new Worker(code, {
        eval: isEval,
        resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
      });
      const slot: Slot = { worker, task: null, timer: null, retired: false };
      slots.add(slot);
      worker.on("message", (result: UnitResult) => {
        if (!slot.retired) finish(slot, result);
      });
      worker.on("error", (e: Error & { code?: string }) => {
        replace(slot, e.code === "ERR_WORKER_OUT_OF_MEMORY" ? OUT_OF_MEMORY : CRASHED(e.message));
      });
      worker.on("exit", (exitCode) => {
        if (!slot.retired) replace(slot, CRASHED(`exit ${exitCode}`));
      });
      return slot;
    };

    const count = Math.max(1, Math.min(options.workers, tasks.length));
    for (let i = 0; i < count; i++) feed(spawn());
  });
}
