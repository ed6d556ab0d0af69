/**
 * A worker thread of `lint` (`--concurrency`): it loads the config itself from
 * the options in `workerData`, then does the file phase (read, build the
 * model, file rules, collect) for each file path it is sent and replies with
 * the `DocumentOutcome` (plain data). The run phase stays in the main thread.
 * Built by tsup as `dist/worker.js`.
 */
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigResolver } from './config/config-resolver.js';
import { readDocumentFile } from './read-file.js';
import { DocumentError } from './errors.js';
import { fatalMessage } from './engine/messages.js';
import { lintAndFix } from './engine/fix-document.js';
import { recordingExists } from './cache.js';
import type { WorkerInit, WorkerReply, WorkerTask } from './engine/worker-protocol.js';

const init = workerData as WorkerInit;
const port = parentPort!;
const configs = ConfigResolver.create(init.load);
const known = new Map<string, boolean>();
const exists = (target: string): boolean => {
  let answer = known.get(target);
  if (answer === undefined) {
    answer = fs.existsSync(target);
    known.set(target, answer);
  }
  return answer;
};

async function lintFile(task: WorkerTask): Promise<WorkerReply> {
  const { filePath } = task;
  try {
    const config = await (await configs).forFile(filePath);
    const decoded = await readDocumentFile(filePath);
    const probe = recordingExists(exists);
    const fixing = init.fix ? { lineEnding: decoded.lineEnding } : null;
    const { outcome, output } = lintAndFix(decoded.text, { filePath, config, root: init.root, cwd: init.cwd, exists: probe.exists }, fixing);
    return output === undefined
      ? { id: task.id, outcome, asked: probe.asked }
      : { id: task.id, outcome, output: (decoded.bom ? '\uFEFF' : '') + output, asked: probe.asked };
  } catch (error) {
    // The same message as in the main thread's loop (lint.ts).
    const message = error instanceof DocumentError ? error.message : `Cannot lint the file: ${(error as Error).message}`;
    return { id: task.id, outcome: { filePath, language: 'und', messages: [fatalMessage(message)], collected: {}, directives: [] }, failed: true };
  }
}

port.on('message', (task: WorkerTask) => {
  void lintFile(task).then((reply) => port.postMessage(reply));
});
