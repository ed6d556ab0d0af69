/**
 * The bad-input matrix (docs/robustness.md): one `lint()` run over a folder
 * holding every bad file and one good policy; each bad file gets its exact
 * outcome and the good one (and its re-encoded copies) is linted normally.
 * Then the cases that need a process: SIGINT during `--fix`, two `--fix`
 * runs at once, and a file deleted during a CLI run.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import type { LintResult } from '../../src/types.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const GOOD = fs.readFileSync(path.join(ROOT, 'fixtures/policies/en/customer-service.md'), 'utf8');
const isRoot = process.getuid?.() === 0;
const ESCALATION_ONLY = 'rules:\n  escalation-list-ordered: error\n';
const BULLETS = '# Support policy\n\n## Escalation\n\n- Contact the support team.\n- Ask for a manager.\n';
const NUMBERED = '# Support policy\n\n## Escalation\n\n1. Contact the support team.\n2. Ask for a manager.\n';
const SPACED_NAME = 'päth with spaces தமிழ் 日本 ملف.md';

let temp: string;
beforeAll(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-hardening-'));
});
afterAll(() => {
  fs.rmSync(temp, { recursive: true, force: true });
});

function write(dir: string, name: string, content: string | Uint8Array): void {
  fs.writeFileSync(path.join(dir, name), content);
}

const ALIAS_BOMB = [
  '---',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((key, i) => `${key}: &${key} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  '---',
  '',
  '# Policy',
  '',
].join('\n');

describe('the bad-input matrix, in one lint() run', () => {
  let results: Map<string, LintResult>;
  let elapsed: number;
  let dir: string;

  beforeAll(async () => {
    dir = path.join(temp, 'matrix');
    fs.mkdirSync(dir);
    write(dir, 'good.md', GOOD);
    write(dir, 'invalid-utf8.md', Buffer.concat([Buffer.from('# Policy\n\nabc '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]));
    write(dir, 'utf16le-bom.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]));
    write(dir, 'utf16be-bom.md', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GOOD, 'utf16le').swap16()]));
    write(dir, 'utf8-bom.md', `\uFEFF${GOOD}`);
    write(dir, 'crlf.md', GOOD.replace(/\n/g, '\r\n'));
    write(dir, 'mixed-eol.md', GOOD.split('\n').map((line, i) => line + (i % 2 === 1 ? '\r\n' : '\n')).join('').slice(0, -1));
    write(dir, 'binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    write(dir, 'empty.md', '');
    write(dir, 'big.md', Buffer.alloc(50 * 1024 * 1024, 'Policy text.\n'));
    write(dir, 'deep-list.md', `${'- '.repeat(10_000)}item\n`);
    write(dir, 'deep-indented-list.md', Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'));
    write(dir, 'deep-quote.md', `${'>'.repeat(10_000)} deep\n`);
    write(dir, 'alias-bomb.md', ALIAS_BOMB);
    write(dir, 'frontmatter-list.md', '---\n- a\n- b\n---\n\n# Policy\n');
    write(dir, 'frontmatter-scalar.md', '---\njust a string\n---\n\n# Policy\n');
    write(dir, 'frontmatter-unterminated.md', '---\ntitle: Refunds\n\n# Refund policy\n\nWe refund.\n');
    write(dir, 'deleted.md', GOOD);
    write(dir, 'unreadable.md', GOOD);
    fs.chmodSync(path.join(dir, 'unreadable.md'), 0);
    fs.symlinkSync('loop-b.md', path.join(dir, 'loop-a.md'));
    fs.symlinkSync('loop-a.md', path.join(dir, 'loop-b.md'));
    write(dir, SPACED_NAME, GOOD);
    const started = performance.now();
    const list = await lint(['.'], {
      cwd: dir,
      noConfig: true,
      concurrency: 'off',
      // Called after discovery and before the first read: the file is deleted during the run.
      onProgress: (done) => {
        if (done === 0) fs.rmSync(path.join(dir, 'deleted.md'));
      },
    });
    elapsed = performance.now() - started;
    results = new Map(list.map((result) => [path.basename(result.filePath), result]));
  }, 60_000);

  const fatal = (name: string) => {
    const result = results.get(name)!;
    expect(result, name).toBeDefined();
    expect(result.fatalErrorCount, name).toBe(1);
    expect(result.messages, name).toHaveLength(1);
    return result.messages[0]!;
  };
  // The footer rule runs across files and reports its missing footer on one of them only.
  const cleanMessages = (name: string) => results.get(name)!.messages.filter((m) => m.ruleId !== 'policy-linked-from-footer').map(({ ruleId, message, line, column, endLine, endColumn }) => ({ ruleId, message, line, column, endLine, endColumn }));

  it('lints every file, lists each once, and is fast', () => {
    expect([...results.keys()].sort()).toEqual(
      [
        'alias-bomb.md', 'big.md', 'binary.md', 'crlf.md', 'deep-indented-list.md', 'deep-list.md', 'deep-quote.md', 'deleted.md', 'empty.md',
        'frontmatter-list.md', 'frontmatter-scalar.md', 'frontmatter-unterminated.md', 'good.md', 'invalid-utf8.md', 'mixed-eol.md',
        SPACED_NAME, 'unreadable.md', 'utf16be-bom.md', 'utf16le-bom.md', 'utf8-bom.md',
      ].sort(),
    );
    expect(elapsed).toBeLessThan(20_000);
  });

  it('lints the good policy normally', () => {
    const good = results.get('good.md')!;
    expect(good.language).toBe('en');
    expect(good.fatalErrorCount).toBe(0);
    expect(good.errorCount).toBe(0);
  });

  it('reads UTF-8 with BOM, UTF-16 with BOM, CRLF, mixed line endings and a non-Latin path with spaces like the good policy', () => {
    for (const name of ['utf8-bom.md', 'utf16le-bom.md', 'utf16be-bom.md', 'crlf.md', 'mixed-eol.md', SPACED_NAME]) {
      expect(results.get(name)!.language, name).toBe('en');
      expect(cleanMessages(name), name).toEqual(cleanMessages('good.md'));
    }
  });

  it('refuses invalid UTF-8 and binary files with one fatal message', () => {
    expect(fatal('invalid-utf8.md').message).toBe('The file is not valid UTF-8 (first invalid byte at offset 14). Save it as UTF-8.');
    expect(fatal('binary.md').message).toBe('This is a binary file, not a text document (it contains NUL bytes).');
  });

  it('lints an empty file as a document with no content', () => {
    const empty = results.get('empty.md')!;
    expect(empty.fatalErrorCount).toBe(0);
    expect(empty.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual(EMPTY_EXPECTED);
  });

  it('refuses a 50 MB file with a message naming the size limit', () => {
    expect(fatal('big.md').message).toBe('The file is too large to lint (50.0 MB; the limit is 1 MB). Split it into smaller documents.');
  });

  it('refuses 10,000-deep lists and block quotes with one fatal message; 300-deep indentation too', () => {
    expect(fatal('deep-list.md')).toMatchObject({ line: 1, message: 'Lists or block quotes nest too deeply (about 10000 levels; the limit is 256), so the file was not linted.' });
    expect(fatal('deep-quote.md')).toMatchObject({ line: 1, message: 'Lists or block quotes nest too deeply (about 10000 levels; the limit is 256), so the file was not linted.' });
    expect(fatal('deep-indented-list.md')).toMatchObject({ line: 300, message: 'Lists or block quotes nest too deeply (about 300 levels; the limit is 256), so the file was not linted.' });
  });

  it('stops a YAML alias bomb and frontmatter that is not a mapping', () => {
    expect(fatal('alias-bomb.md')).toMatchObject({ line: 1, message: 'Frontmatter YAML cannot be read: Excessive alias count indicates a resource exhaustion attack' });
    expect(fatal('frontmatter-list.md')).toMatchObject({ line: 1, message: 'Frontmatter must be a mapping of keys to values, found a list' });
    expect(fatal('frontmatter-scalar.md')).toMatchObject({ line: 1, message: 'Frontmatter must be a mapping of keys to values, found a string' });
  });

  it('lints unterminated frontmatter as Markdown (a thematic break, then text)', () => {
    const result = results.get('frontmatter-unterminated.md')!;
    expect(result.fatalErrorCount).toBe(0);
    expect(result.language).toBe('en');
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual(UNTERMINATED_EXPECTED);
  });

  it('reports a file deleted during the run, and an unreadable file', () => {
    expect(fatal('deleted.md').message).toBe('Cannot read the file: the file does not exist (was it deleted during the run?).');
    if (isRoot) {
      // root reads any file: it is linted as the good policy.
      expect(cleanMessages('unreadable.md')).toEqual(cleanMessages('good.md'));
    } else {
      expect(fatal('unreadable.md').message).toBe('Cannot read the file: permission denied.');
    }
  });

  it('skips a symbolic link loop when searching a folder, and names it when asked for it', async () => {
    expect(results.has('loop-a.md')).toBe(false);
    await expect(lint(['loop-a.md'], { cwd: dir, noConfig: true })).rejects.toThrow('No such file or folder: loop-a.md');
  });
});

const EMPTY_EXPECTED: unknown[] = [
  ['complaint-process-defined', 1, 1],
  ['privacy-statement-present', 1, 1],
];
const UNTERMINATED_EXPECTED: unknown[] = [
  ['complaint-process-defined', 4],
  ['privacy-statement-present', 4],
];

describe('--fix through the CLI, interrupted or run twice at once', () => {
  const FILES = 800;
  const makeProject = (name: string): string => {
    const dir = path.join(temp, name);
    fs.mkdirSync(dir);
    write(dir, 'policylint.config.yaml', ESCALATION_ONLY);
    // Plus one large fixable file (a long bullet list, under the size limit).
    const long = `# Support policy\n\n## Escalation\n\n${Array.from({ length: 2000 }, (_, i) => `- Step ${i}: contact the support team.`).join('\n')}\n`;
    write(dir, 'large.md', long);
    for (let i = 0; i < FILES; i++) write(dir, `p${String(i).padStart(3, '0')}.md`, BULLETS);
    return dir;
  };
  const check = (dir: string, allFixed: boolean) => {
    const names = fs.readdirSync(dir);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    let fixed = 0;
    for (const name of names.filter((n) => /^p\d+\.md$/.test(n))) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      expect([BULLETS, NUMBERED], name).toContain(text);
      if (text === NUMBERED) fixed++;
    }
    const large = fs.readFileSync(path.join(dir, 'large.md'), 'utf8');
    expect(large.includes('\n- Step 0:') !== large.includes('\n1. Step 0:')).toBe(true);
    if (allFixed) expect(fixed).toBe(FILES);
    return fixed;
  };
  const start = (dir: string) => {
    const child = spawn(process.execPath, [CLI, '--fix', '.'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exit = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
    return { child, exit };
  };

  it('SIGINT while --fix writes leaves every file whole (old or new) and no temporary file', async () => {
    const dir = makeProject('sigint');
    const { child, exit } = start(dir);
    // Send SIGINT as soon as the first file is written (a temporary file appears or a file changes).
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const names = fs.readdirSync(dir);
        if (names.some((n) => n.endsWith('.tmp')) || fs.readFileSync(path.join(dir, 'p000.md'), 'utf8') !== BULLETS || child.exitCode !== null) {
          clearInterval(timer);
          child.kill('SIGINT');
          resolve();
        }
      }, 1);
    });
    const { code, stderr } = await exit;
    // 130: interrupted while writing (the writes were finished first); 0: the run ended before the signal arrived.
    expect([0, 130]).toContain(code);
    if (code === 130) expect(stderr).toContain('policylint: interrupted; the fixes were written.');
    check(dir, true);
  }, 60_000);

  it('SIGINT before the writes leaves every file as it was', async () => {
    const dir = makeProject('sigint-early');
    const { child, exit } = start(dir);
    setTimeout(() => child.kill('SIGINT'), 50);
    const { code } = await exit;
    expect(code === null || code === 130 || code === 0).toBe(true);
    check(dir, false);
  }, 60_000);

  it('two --fix runs at once on the same files both succeed and leave each file fixed once', async () => {
    const dir = makeProject('twice');
    const [a, b] = await Promise.all([start(dir).exit, start(dir).exit]);
    expect([a.code, b.code]).toEqual([0, 0]);
    check(dir, true);
    expect(fs.readFileSync(path.join(dir, 'large.md'), 'utf8')).toContain('\n2000. Step 1999: contact the support team.\n');
  }, 60_000);

  it('a path with spaces and non-Latin characters works on the command line', () => {
    const dir = path.join(temp, 'named');
    fs.mkdirSync(dir);
    write(dir, 'policylint.config.yaml', ESCALATION_ONLY);
    write(dir, SPACED_NAME, BULLETS);
    const result = spawnSync(process.execPath, [CLI, '--fix', SPACED_NAME], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, SPACED_NAME), 'utf8')).toBe(NUMBERED);
  });
});
