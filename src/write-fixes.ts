/**
 * `--fix`: writes the fixed text of each result back to its file, atomically
 * (temporary file + rename), as the file was: same encoding (UTF-8, or
 * UTF-16 with its BOM), BOM kept, line endings kept (fixes were made on the
 * text as read), mode kept. A file without fixed text is never touched.
 */
import fs from 'node:fs';
import type { LintMessage, LintResult } from './types.js';
import { toResult } from './engine/messages.js';
import { writeFileAtomic } from './write-file.js';

/** The encoding a file on disk is in, told from its first bytes (as `decode` in read-file.ts does). */
function encodingOnDisk(filePath: string): 'utf-8' | 'utf-16le' | 'utf-16be' {
  let fd: number | undefined;
  try {
    fd = fs.openSync(filePath, 'r');
    const head = Buffer.alloc(2);
    const read = fs.readSync(fd, head, 0, 2, 0);
    if (read === 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
    if (read === 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  } catch {
    // Not readable: the write will say why.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  return 'utf-8';
}

/** The bytes of `output` (which starts with U+FEFF when the file had a BOM) in the file's encoding. */
export function encodeOutput(output: string, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): Buffer {
  if (encoding === 'utf-8') return Buffer.from(output, 'utf8');
  const bytes = Buffer.from(output, 'utf16le');
  return encoding === 'utf-16be' ? bytes.swap16() : bytes;
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied (the file or its folder is read-only)';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOENT') return 'the file or its folder no longer exists';
  if (code === 'ENOTDIR') return 'a part of its path is not a folder';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EISDIR') return 'it is not a file';
  return (error as Error).message;
}

/**
 * Write each result's `output` (the text `fix` produced) to its file, which
 * must exist (nothing is created). A file that cannot be written is left as
 * it was and its result gets an error message saying so (not fatal); the
 * other files are still written.
 * @returns the results, with that message added to those whose file could not be written
 */
export async function writeFixes(results: readonly LintResult[]): Promise<LintResult[]> {
  return results.map((result) => {
    if (result.output === undefined) return result;
    try {
      // Only files that exist are written: a result of `lintText` under a made-up name creates nothing.
      if (!fs.statSync(result.filePath).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      writeFileAtomic(result.filePath, encodeOutput(result.output, encodingOnDisk(result.filePath)), { respectReadOnly: true });
      return result;
    } catch (error) {
      const message: LintMessage = {
        ruleId: null,
        severity: 2,
        message: `Cannot write the fixes to this file: ${reasonOf(error)}. The file was left as it was, so the problems --fix fixed in memory are still in it.`,
        line: 1,
        column: 1,
      };
      return { ...result, ...toResult(result.filePath, result.language, [...result.messages, message]) };
    }
  });
}
