/**
 * Atomic writes: the new content goes to a temporary file beside the target,
 * then replaces it in one rename, so a reader (or a crash) never sees half a file.
 */
import fs from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  let mode: number | undefined;
  try {
    mode = fs.statSync(target).mode & 0o7777;
  } catch {
    // A new file gets the default mode.
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temp, content, mode === undefined ? {} : { mode });
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
