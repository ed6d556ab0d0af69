/**
 * Bytes to text: decodes UTF-8 (with or without BOM) and UTF-16 with a BOM,
 * refuses binary files and invalid UTF-8 with a clear reason, and records the
 * BOM and line endings so a fix can write the file back as it was.
 */
import fs from 'node:fs/promises';
import { DocumentError } from './errors.js';

export interface DecodedFile {
  /** The text without its BOM. */
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  bom: boolean;
  lineEnding: '\n' | '\r\n';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Files larger than this are refused with a fatal message, not linted: real
 * policies are tens of kilobytes (the corpus's largest is 260 KB), while one
 * megabyte of Markdown takes the parser about 2 s and linting about 3 to 5 s,
 * growing with the size, so a 50 MB file would hold a pre-commit hook for minutes.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Byte offset of the first invalid UTF-8 sequence, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return i;
}

export function decode(bytes: Uint8Array): DecodedFile {
  let text: string;
  let encoding: DecodedFile['encoding'] = 'utf-8';
  let bom = false;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    bom = true;
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    bom = true;
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = bom ? bytes.subarray(3) : bytes;
    if (body.includes(0)) throw new DocumentError('This is a binary file, not a text document (it contains NUL bytes).');
    try {
      text = utf8.decode(body);
    } catch {
      throw new DocumentError(`The file is not valid UTF-8 (first invalid byte at offset ${firstInvalidUtf8(body) + (bom ? 3 : 0)}). Save it as UTF-8.`);
    }
  }
  const crlf = text.indexOf('\r\n');
  const lf = text.indexOf('\n');
  return { text, encoding, bom, lineEnding: crlf >= 0 && crlf === lf - 1 ? '\r\n' : '\n' };
}

/** @throws {DocumentError} when the file cannot be read or decoded */
export async function readDocumentFile(filePath: string): Promise<DecodedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'the file does not exist (was it deleted during the run?)'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'EISDIR' ? 'it is a directory'
      : code === 'ELOOP' ? 'a symbolic link loop'
      : (cause as Error).message;
    throw new DocumentError(`Cannot read the file: ${reason}.`);
  }
  if (bytes.length > MAX_FILE_BYTES) {
    throw new DocumentError(`The file is too large to lint (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB). Split it into smaller documents.`);
  }
  return decode(bytes);
}
