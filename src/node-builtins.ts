/**
 * Node built-ins that a run of one file does not need, loaded on first use:
 * imported eagerly, `node:crypto`, `node:worker_threads` and
 * `node:readline/promises` cost a few ms of every start-up (issue #7).
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export const nodeCrypto = (): typeof import('node:crypto') => load('node:crypto') as typeof import('node:crypto');
export const nodeWorkerThreads = (): typeof import('node:worker_threads') => load('node:worker_threads') as typeof import('node:worker_threads');
export const nodeReadline = (): typeof import('node:readline/promises') => load('node:readline/promises') as typeof import('node:readline/promises');
