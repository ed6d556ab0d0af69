/**
 * Messages between `lint` and its worker threads (`--concurrency`). Everything
 * here is plain data: the config is passed as the options to load it with, and
 * each worker loads it itself.
 */
import type { LoadConfigOptions } from '../config/load-config.js';
import type { DocumentOutcome } from './lint-document.js';

export interface WorkerInit {
  /** How to load the config (plain data: no functions). */
  load: LoadConfigOptions;
  cwd: string;
  /** The project root the main thread computed. */
  root: string;
  /** Fix every fixable message (a fix filter function cannot cross threads: such runs stay in the main thread). */
  fix: boolean;
}

export interface WorkerTask {
  id: number;
  filePath: string;
}

export type WorkerReply =
  | { id: number; outcome: DocumentOutcome; output?: string; asked: Record<string, boolean> }
  | { id: number; outcome: DocumentOutcome; failed: true };
