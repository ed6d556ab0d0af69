/**
 * Progress for long runs: one line on stderr that updates in place
 * ("policylint: 120/450 files"), shown only when stderr is a terminal and the
 * run has more than `threshold` files, and cleared when the run ends. Never on
 * stdout, so machine formats stay clean.
 */

export interface ProgressOptions {
  /** Whether stderr is a terminal. */
  isTTY: boolean;
  /** Writes to stderr. */
  write: (text: string) => void;
  /** Show progress only for more files than this (default 200). */
  threshold?: number;
  /** Least time between two updates of the line, in ms (default 100). */
  interval?: number;
  /** The clock (for tests). */
  now?: () => number;
}

export interface Progress {
  /** Files done out of the total; the line is redrawn at most every `interval` ms, and at the last file. */
  update(done: number, total: number): void;
  /** Erase the line, if shown (before other output on stderr); the next update draws it again. */
  clear(): void;
  /** Erase the line for good. */
  end(): void;
}

/** Carriage return, then erase to the end of the line. */
export const CLEAR_LINE = '\r\u001b[K';

export function createProgress(options: ProgressOptions): Progress {
  const threshold = options.threshold ?? 200;
  const interval = options.interval ?? 100;
  const now = options.now ?? Date.now;
  let shown = false;
  let ended = false;
  let last = -Infinity;
  const clear = () => {
    if (!shown) return;
    options.write(CLEAR_LINE);
    shown = false;
  };
  return {
    update(done, total) {
      if (ended || !options.isTTY || total <= threshold) return;
      const time = now();
      if (shown && done < total && time - last < interval) return;
      last = time;
      const percent = Math.floor((done / total) * 100);
      options.write(`${CLEAR_LINE}policylint: ${done}/${total} files (${percent}%)`);
      shown = true;
    },
    clear,
    end() {
      clear();
      ended = true;
    },
  };
}
