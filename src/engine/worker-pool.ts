/**
 * A pool of worker threads for the file phase (`--concurrency`). Tasks go to
 * the worker with the fewest in flight; replies are matched by id.
 */
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { nodeWorkerThreads } from '../node-builtins.js';
import type { WorkerInit, WorkerReply } from './worker-protocol.js';

/** With `concurrency: 'auto'`, workers are used only for more files than this. */
export const AUTO_MIN_FILES = 50;

/** The default pool size: one worker per core but one (the main thread runs the run phase), at least 2. */
export function defaultPoolSize(): number {
  return Math.max(2, os.availableParallelism() - 1);
}

/** How many workers a run uses (0: lint in the main thread). */
export function poolSize(concurrency: number | 'auto' | 'off' | undefined, files: number): number {
  if (concurrency === 'off' || files < 2) return 0;
  if (concurrency === undefined || concurrency === 'auto') return files > AUTO_MIN_FILES ? Math.min(defaultPoolSize(), files) : 0;
  return concurrency <= 1 ? 0 : Math.min(Math.floor(concurrency), files);
}

/**
 * The worker entry, next to the running module (`dist/worker.js`); from the
 * sources (tests) the built one in `dist/`. Null when there is none.
 */
export function workerEntry(): URL | null {
  for (const candidate of [new URL('./worker.js', import.meta.url), new URL('../../dist/worker.js', import.meta.url), new URL('../dist/worker.js', import.meta.url)]) {
    try {
      if (candidate.protocol === 'file:' && fs.statSync(fileURLToPath(candidate)).isFile()) return candidate;
    } catch {
      // Not there.
    }
  }
  return null;
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly pending = new Map<number, { slot: Slot; resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor(entry: URL, size: number, init: WorkerInit) {
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new (nodeWorkerThreads().Worker)(entry, { workerData: init }), inFlight: 0 };
      slot.worker.on('message', (reply: WorkerReply) => {
        const task = this.pending.get(reply.id);
        if (task === undefined) return;
        this.pending.delete(reply.id);
        slot.inFlight--;
        task.resolve(reply);
      });
      const fail = (error: Error) => {
        for (const [id, task] of this.pending) {
          if (task.slot !== slot) continue;
          this.pending.delete(id);
          task.reject(error);
        }
      };
      slot.worker.on('error', fail);
      slot.worker.on('exit', (code) => fail(new Error(`a worker thread stopped (exit code ${code})`)));
      return slot;
    });
  }

  /** Lint one file in a worker. */
  run(filePath: string): Promise<WorkerReply> {
    let slot = this.slots[0]!;
    for (const candidate of this.slots) if (candidate.inFlight < slot.inFlight) slot = candidate;
    const id = this.nextId++;
    slot.inFlight++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { slot, resolve, reject });
      slot.worker.postMessage({ id, filePath });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
