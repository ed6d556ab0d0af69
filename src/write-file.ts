/**
 * Atomic writes: the new content goes to a temporary file beside the target,
 * then replaces it in one rename, so a reader (or a crash) never sees half a file.
 * The file keeps its mode (exactly, whatever the umask) and, where the process
 * may set them, its owner and group; a symbolic link is written through, not replaced.
 */
import fs from 'node:fs';
import path from 'node:path';
import { nodeCrypto } from './node-builtins.js';

export interface WriteFileAtomicOptions {
  /**
   * Fail with EACCES, as a plain write would, when the existing file is not
   * writable by this process (a rename alone would replace a read-only file).
   */
  respectReadOnly?: boolean;
}

export function writeFileAtomic(target: string, content: string | Uint8Array, options: WriteFileAtomicOptions = {}): void {
  let real = target;
  let stat: fs.Stats | undefined;
  try {
    real = fs.realpathSync(target);
    stat = fs.statSync(real);
  } catch {
    // A new file gets the default mode.
  }
  if (stat !== undefined && options.respectReadOnly === true) fs.accessSync(real, fs.constants.W_OK);
  const temp = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.${nodeCrypto().randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    // `wx`: never write through something already at the temporary name.
    const fd = fs.openSync(temp, 'wx', stat === undefined ? 0o666 : stat.mode & 0o777);
    created = true;
    try {
      fs.writeFileSync(fd, content);
      if (stat !== undefined) {
        if (stat.uid !== process.getuid?.() || stat.gid !== process.getgid?.()) {
          try {
            fs.fchownSync(fd, stat.uid, stat.gid);
          } catch {
            // Only root may give a file away; the new file is then the writer's.
          }
        }
        fs.fchmodSync(fd, stat.mode & 0o7777);
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, real);
  } catch (error) {
    if (created) fs.rmSync(temp, { force: true });
    throw error;
  }
}
