/**
 * `writeFixes` and the atomic writer: files come back as they were (BOM,
 * UTF-16, CRLF, mode, symbolic links), files without fixes are not touched, a
 * file that cannot be written is reported and the others are still written,
 * and a reader never sees half a file.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint, lintText } from '../../src/lint.js';
import { writeFixes } from '../../src/write-fixes.js';
import { writeFileAtomic } from '../../src/write-file.js';
import type { LintResult } from '../../src/types.js';

const BULLETS = '# Support policy\n\n## Escalation\n\n- Contact the support team.\n- Ask for a manager.\n';
const NUMBERED = '# Support policy\n\n## Escalation\n\n1. Contact the support team.\n2. Ask for a manager.\n';
const OPTIONS = { noConfig: true, rules: { 'policy-linked-from-footer': 'off' as const } };
const isRoot = process.getuid?.() === 0;

let temp: string;
let count = 0;
beforeAll(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-write-fixes-'));
});
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function folder(files: Record<string, string | Buffer>): string {
  const dir = path.join(temp, `case-${++count}`);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

async function fix(dir: string, patterns: string[] = ['.']): Promise<LintResult[]> {
  return writeFixes(await lint(patterns, { cwd: dir, ...OPTIONS, fix: true }));
}

function tempFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.tmp'));
}

describe('writeFixes', () => {
  it('writes the fixed text and reports what remains', async () => {
    const dir = folder({ 'a.md': BULLETS });
    const [result] = await fix(dir);
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(NUMBERED);
    expect(result!.output).toBe(NUMBERED);
    expect(result!.messages.some((m) => m.ruleId === 'escalation-list-ordered')).toBe(false);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('is idempotent: a second run finds nothing to fix and writes nothing', async () => {
    const dir = folder({ 'a.md': BULLETS });
    await fix(dir);
    const file = path.join(dir, 'a.md');
    const before = fs.statSync(file);
    const again = await lint(['.'], { cwd: dir, ...OPTIONS, fix: true });
    expect(again[0]).not.toHaveProperty('output');
    expect(again[0]!.fixableErrorCount + again[0]!.fixableWarningCount).toBe(0);
    await writeFixes(again);
    const after = fs.statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('keeps a UTF-8 BOM, CRLF line endings and adds no bare LF', async () => {
    const dir = folder({ 'crlf.md': Buffer.from(`\uFEFF${BULLETS.replace(/\n/g, '\r\n')}`, 'utf8') });
    await fix(dir);
    const bytes = fs.readFileSync(path.join(dir, 'crlf.md'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toBe(`\uFEFF${NUMBERED.replace(/\n/g, '\r\n')}`);
    expect(text).not.toMatch(/(?<!\r)\n/);
  });

  it('keeps UTF-16 files in UTF-16 with their BOM', async () => {
    const be = Buffer.from(`\uFEFF${BULLETS}`, 'utf16le').swap16();
    const dir = folder({ 'le.md': Buffer.from(`\uFEFF${BULLETS}`, 'utf16le'), 'be.md': be });
    await fix(dir);
    expect(fs.readFileSync(path.join(dir, 'le.md'))).toEqual(Buffer.from(`\uFEFF${NUMBERED}`, 'utf16le'));
    expect(fs.readFileSync(path.join(dir, 'be.md'))).toEqual(Buffer.from(`\uFEFF${NUMBERED}`, 'utf16le').swap16());
  });

  it('keeps the mode exactly, whatever the umask', async () => {
    const dir = folder({ 'shared.md': BULLETS, 'private.md': BULLETS });
    fs.chmodSync(path.join(dir, 'shared.md'), 0o666);
    fs.chmodSync(path.join(dir, 'private.md'), 0o600);
    await fix(dir);
    expect(fs.statSync(path.join(dir, 'shared.md')).mode & 0o7777).toBe(0o666);
    expect(fs.statSync(path.join(dir, 'private.md')).mode & 0o7777).toBe(0o600);
    expect(fs.readFileSync(path.join(dir, 'shared.md'), 'utf8')).toBe(NUMBERED);
  });

  it('never touches a file with no fix (same inode, same mtime)', async () => {
    const dir = folder({ 'clean.md': NUMBERED, 'bad.md': BULLETS });
    const clean = path.join(dir, 'clean.md');
    const past = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(clean, past, past);
    const before = fs.statSync(clean);
    const results = await fix(dir);
    expect(results.find((r) => r.filePath === clean)).not.toHaveProperty('output');
    const after = fs.statSync(clean);
    expect([after.ino, after.mtimeMs, after.size]).toEqual([before.ino, before.mtimeMs, before.size]);
    expect(fs.readFileSync(path.join(dir, 'bad.md'), 'utf8')).toBe(NUMBERED);
  });

  it('writes through a symbolic link, keeping the link', async () => {
    const dir = folder({ 'real/policy.md': BULLETS });
    fs.symlinkSync(path.join('real', 'policy.md'), path.join(dir, 'link.md'));
    await fix(dir, ['link.md']);
    expect(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'real/policy.md'), 'utf8')).toBe(NUMBERED);
  });

  it('reports a file it cannot write on that file, and writes the others', async () => {
    // The file was linted, then its path stopped being writable: its folder is now a file.
    // This fails for root too (ENOTDIR), unlike chmod.
    const dir = folder({ 'gone/a.md': BULLETS, 'b.md': BULLETS });
    const results = await lint(['.'], { cwd: dir, ...OPTIONS, fix: true });
    fs.rmSync(path.join(dir, 'gone'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'gone'), 'now a file');
    const written = await writeFixes(results);
    const failed = written.find((r) => r.filePath.endsWith(path.join('gone', 'a.md')))!;
    expect(failed.messages).toContainEqual({
      ruleId: null,
      severity: 2,
      message: 'Cannot write the fixes to this file: a part of its path is not a folder. The file was left as it was, so the problems --fix fixed in memory are still in it.',
      line: 1,
      column: 1,
    });
    expect(failed.errorCount).toBe(failed.messages.filter((m) => m.severity === 2).length);
    expect(failed.fatalErrorCount).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'b.md'), 'utf8')).toBe(NUMBERED);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('creates no file: a lintText result under a made-up name is reported, not written', async () => {
    const dir = folder({ 'keep.md': 'x' });
    const [result] = await lintText(BULLETS, { cwd: dir, filePath: 'new.md', ...OPTIONS, fix: true });
    expect(result!.output).toBe(NUMBERED);
    const [written] = await writeFixes([result!]);
    expect(written!.messages).toContainEqual(expect.objectContaining({ ruleId: null, message: expect.stringMatching(/^Cannot write the fixes to this file: the file or its folder no longer exists\./) }));
    expect(fs.existsSync(path.join(dir, 'new.md'))).toBe(false);
  });

  it.skipIf(isRoot)('reports a read-only file and leaves it as it was (not root: chmod works)', async () => {
    const dir = folder({ 'ro.md': BULLETS, 'rw.md': BULLETS });
    fs.chmodSync(path.join(dir, 'ro.md'), 0o444);
    const results = await fix(dir);
    expect(results.find((r) => r.filePath.endsWith('ro.md'))!.messages[0]!.message).toMatch(/^Cannot write the fixes to this file: permission denied/);
    expect(fs.readFileSync(path.join(dir, 'ro.md'), 'utf8')).toBe(BULLETS);
    expect(fs.readFileSync(path.join(dir, 'rw.md'), 'utf8')).toBe(NUMBERED);
  });
});

describe('writeFileAtomic', () => {
  it('leaves no temporary file, and the old file whole, when the rename fails', () => {
    const dir = folder({ 'target/inside.md': 'x' });
    // A non-empty folder where the file should go: the rename fails after the temporary file was written.
    expect(() => writeFileAtomic(path.join(dir, 'target'), 'new text')).toThrow();
    expect(tempFiles(dir)).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'target/inside.md'), 'utf8')).toBe('x');
  });

  it('refuses a read-only file only when asked to (as a plain write would)', () => {
    const dir = folder({ 'a.md': 'old' });
    const file = path.join(dir, 'a.md');
    writeFileAtomic(file, 'new', { respectReadOnly: true });
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
  });

  it('never lets a reader see a partial file', async () => {
    const dir = folder({});
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'big.md');
    const stop = path.join(dir, 'stop');
    const size = 4_000_000;
    const a = 'a'.repeat(size);
    const b = 'b'.repeat(size);
    fs.writeFileSync(file, a);
    const script = `
      const fs = require('node:fs');
      const [file, stop, size] = process.argv.slice(1);
      let reads = 0, bad = 0;
      process.stdout.write('ready\\n');
      while (!fs.existsSync(stop)) {
        const text = fs.readFileSync(file, 'latin1');
        reads++;
        const first = text[0];
        if (text.length !== Number(size) || (first !== 'a' && first !== 'b') || text.includes(first === 'a' ? 'b' : 'a')) bad++;
      }
      process.stdout.write(JSON.stringify({ reads, bad }));`;
    const reader = spawn(process.execPath, ['-e', script, file, stop, String(size)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    reader.stdout.setEncoding('utf8');
    await new Promise<void>((resolve) => reader.stdout.on('data', (chunk: string) => ((out += chunk), out.includes('ready\n') && resolve())));
    for (let i = 0; i < 40; i++) writeFileAtomic(file, i % 2 === 0 ? b : a);
    fs.writeFileSync(stop, '');
    await new Promise((resolve) => reader.on('close', resolve));
    const { reads, bad } = JSON.parse(out.slice(out.indexOf('\n') + 1)) as { reads: number; bad: number };
    expect(reads).toBeGreaterThan(0);
    expect(bad).toBe(0);
    expect(fs.readFileSync(file, 'latin1')).toBe(a);
    expect(tempFiles(dir)).toEqual([]);
  });
});
