/**
 * `--fix`, `--fix-dry-run`, `--stdin` and `--cache` through the built CLI
 * (`node dist/cli.js`), as users, editors and CI run it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const FIX_FIXTURES = path.join(ROOT, 'fixtures/fix');
const QUIET_FOOTER = 'rules:\n  policy-linked-from-footer: off\nextends: ["policylint:recommended"]\n';
/** Only the fixable rule, so the short test documents have no other problems. */
const ESCALATION_ONLY = 'rules:\n  escalation-list-ordered: error\n';
const BULLETS = '# Support policy\n\n## Escalation\n\n- Contact the support team.\n- Ask for a manager.\n';
const NUMBERED = '# Support policy\n\n## Escalation\n\n1. Contact the support team.\n2. Ask for a manager.\n';
const isRoot = process.getuid?.() === 0;

let temp: string;
let count = 0;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string, options: { input?: string | Buffer; uid?: number } = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...(options.input === undefined ? {} : { input: options.input }),
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function project(files: Record<string, string | Buffer>): string {
  const dir = path.join(temp, `case-${++count}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function git(args: string[], cwd: string) {
  return spawnSync('git', ['-c', 'user.name=policylint', '-c', 'user.email=policylint@example.com', '-c', 'core.autocrlf=false', ...args], { cwd, encoding: 'utf8' });
}

type JsonResult = { filePath: string; language: string; output?: string; errorCount: number; messages: Array<{ ruleId: string | null; messageId?: string; message: string; fix?: unknown }> };
const parse = (stdout: string) => JSON.parse(stdout) as JsonResult[];
const byName = (results: JsonResult[]) => Object.fromEntries(results.map((r) => [path.basename(r.filePath), r]));

beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it)');
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-fix-cli-'));
});
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('policylint --fix', () => {
  const inputs = fs.readdirSync(FIX_FIXTURES).filter((name) => name.endsWith('.md') && !name.endsWith('.expected.md') && name !== 'README.md');

  it('has a fixture for each expected file', () => {
    expect(inputs.length).toBeGreaterThan(0);
    for (const name of inputs) expect(fs.existsSync(path.join(FIX_FIXTURES, name.replace(/\.md$/, '.expected.md')))).toBe(true);
  });

  it('fixes the fixtures into their expected files (git diff --no-index --exit-code), then is idempotent', () => {
    const dir = project({ 'policylint.config.yaml': QUIET_FOOTER });
    expect(git(['init', '-q'], dir).status).toBe(0);
    for (const name of inputs) fs.copyFileSync(path.join(FIX_FIXTURES, name), path.join(dir, name));
    expect(git(['add', '.'], dir).status).toBe(0);
    expect(git(['commit', '-q', '-m', 'fixtures'], dir).status).toBe(0);

    const first = run(['--fix', '--format', 'json', ...inputs], dir);
    expect(first.stderr).toBe('');
    for (const name of inputs) {
      const diff = git(['diff', '--no-index', '--exit-code', path.join(FIX_FIXTURES, name.replace(/\.md$/, '.expected.md')), name], dir);
      expect(diff.stdout, `${name} after --fix differs from its expected file`).toBe('');
      expect(diff.status).toBe(0);
    }
    // What remains is reported: the multi-line bullet list cannot be fixed safely.
    const remaining = byName(parse(first.stdout))['support.md']!.messages.filter((m) => m.ruleId === 'escalation-list-ordered');
    expect(remaining).toEqual([expect.objectContaining({ messageId: 'notOrdered' })]);
    expect(remaining[0]!.fix).toBeUndefined();
    // Only the fixed files changed, as git sees it.
    expect(git(['diff', '--name-only'], dir).stdout.trim().split('\n').sort()).toEqual([...inputs].sort());

    const stats = inputs.map((name) => fs.statSync(path.join(dir, name)));
    const second = run(['--fix', '--format', 'json', ...inputs], dir);
    expect(second.code).toBe(first.code);
    expect(parse(second.stdout).every((r) => r.output === undefined && r.messages.every((m) => m.fix === undefined))).toBe(true);
    inputs.forEach((name, i) => {
      const after = fs.statSync(path.join(dir, name));
      expect([after.ino, after.mtimeMs]).toEqual([stats[i]!.ino, stats[i]!.mtimeMs]);
    });
  });

  it('keeps CRLF, a BOM and the mode, and leaves files without fixes alone', () => {
    const dir = project({ 'policylint.config.yaml': ESCALATION_ONLY, 'crlf.md': Buffer.from(`\uFEFF${BULLETS.replace(/\n/g, '\r\n')}`), 'clean.md': NUMBERED });
    fs.chmodSync(path.join(dir, 'crlf.md'), 0o640);
    const clean = path.join(dir, 'clean.md');
    const past = new Date('2021-06-01T00:00:00Z');
    fs.utimesSync(clean, past, past);
    const before = fs.statSync(clean);
    expect(run(['--fix'], dir)).toMatchObject({ code: 0, stderr: '' });
    const bytes = fs.readFileSync(path.join(dir, 'crlf.md'));
    expect(bytes.equals(Buffer.from(`\uFEFF${NUMBERED.replace(/\n/g, '\r\n')}`))).toBe(true);
    expect(bytes.toString('utf8')).not.toMatch(/(?<!\r)\n/);
    expect(fs.statSync(path.join(dir, 'crlf.md')).mode & 0o777).toBe(0o640);
    const after = fs.statSync(clean);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('--fix-dry-run shows the fixed text in "output" and writes nothing', () => {
    const dir = project({ 'policylint.config.yaml': ESCALATION_ONLY, 'a.md': BULLETS });
    const { code, stdout } = run(['--fix-dry-run', '--format', 'json'], dir);
    expect(code).toBe(0);
    const [result] = parse(stdout);
    expect(result!.output).toBe(NUMBERED);
    expect(result!.messages).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(BULLETS);
    // Stylish prints what remains, and still writes nothing.
    expect(run(['--fix-dry-run'], dir)).toMatchObject({ code: 0, stdout: '✔ No problems in 1 file checked.\n' });
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(BULLETS);
  });

  it('with --quiet fixes errors only', () => {
    const dir = project({ 'policylint.config.yaml': 'rules:\n  escalation-list-ordered: warn\n', 'a.md': BULLETS });
    expect(run(['--fix', '--quiet'], dir).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(BULLETS);
    run(['--fix'], dir);
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(NUMBERED);
  });

  it('reports a read-only file and a file in a read-only folder, fixes the others, and does not crash', () => {
    // Root writes through chmod 444, so as root the CLI runs as `nobody` (uid 65534), for whom the modes hold.
    const dir = project({ 'policylint.config.yaml': ESCALATION_ONLY, 'ro.md': BULLETS, 'rw.md': BULLETS, 'locked/inside.md': BULLETS });
    fs.chmodSync(path.join(dir, 'ro.md'), 0o444);
    fs.chmodSync(path.join(dir, 'rw.md'), 0o666);
    fs.chmodSync(path.join(dir, 'locked/inside.md'), 0o666);
    fs.chmodSync(path.join(dir, 'locked'), 0o555);
    if (isRoot) {
      fs.chmodSync(dir, 0o777);
      for (let d = path.dirname(dir); d.startsWith(temp); d = path.dirname(d)) fs.chmodSync(d, 0o755);
    }
    const { code, stdout, stderr } = run(['--fix', '--format', 'json'], dir, isRoot ? { uid: 65534 } : {});
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const results = byName(parse(stdout));
    for (const name of ['ro.md', 'inside.md']) {
      expect(results[name]!.messages).toContainEqual(
        expect.objectContaining({ ruleId: null, severity: 2, message: expect.stringMatching(/^Cannot write the fixes to this file: permission denied/) }),
      );
      expect(results[name]!.messages.every((m) => (m as { fatal?: boolean }).fatal !== true)).toBe(true);
    }
    expect(fs.readFileSync(path.join(dir, 'ro.md'), 'utf8')).toBe(BULLETS);
    expect(fs.readFileSync(path.join(dir, 'locked/inside.md'), 'utf8')).toBe(BULLETS);
    expect(fs.readFileSync(path.join(dir, 'rw.md'), 'utf8')).toBe(NUMBERED);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    fs.chmodSync(path.join(dir, 'locked'), 0o755);
  });

  it('refuses --fix with --stdin, and --fix with --fix-dry-run', () => {
    const dir = project({});
    expect(run(['--fix', '--stdin'], dir, { input: BULLETS })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'policylint: --fix cannot write to standard input; use --fix-dry-run --format json to get the fixed text.\n',
    });
    expect(run(['--fix', '--fix-dry-run'], dir)).toMatchObject({ code: 2, stderr: 'policylint: --fix and --fix-dry-run cannot be used together.\n' });
  });
});

describe('policylint --stdin', () => {
  it('lints standard input, named <text>.md by default', () => {
    const dir = project({ 'policylint.config.yaml': QUIET_FOOTER });
    const { code, stdout } = run(['--stdin', '--format', 'json'], dir, { input: BULLETS });
    expect(code).toBe(1);
    const [result] = parse(stdout);
    expect(result).toMatchObject({ filePath: path.join(dir, '<text>.md'), language: 'en' });
    expect(result!.messages.map((m) => m.messageId)).toContain('notOrdered');
  });

  it('takes the name, and so the language, from --stdin-filename', () => {
    const dir = project({ 'policylint.config.yaml': QUIET_FOOTER });
    const text = '# Refunds\n\nWe refund within 14 days.\n';
    expect(parse(run(['--stdin', '--format', 'json'], dir, { input: text }).stdout)[0]!.language).toBe('en');
    const [named] = parse(run(['--stdin', '--stdin-filename', 'policies/refunds.ta.md', '--format', 'json'], dir, { input: text }).stdout);
    expect(named).toMatchObject({ filePath: path.join(dir, 'policies/refunds.ta.md'), language: 'ta' });
    const stylish = run(['--stdin', '--stdin-filename', 'policy.ta.md'], dir, { input: BULLETS });
    expect(stylish.stdout.split('\n')[0]).toBe('policy.ta.md');
  });

  it('--fix-dry-run --format json gives the fixed text, keeping CRLF and BOM', () => {
    const dir = project({ 'policylint.config.yaml': QUIET_FOOTER });
    const [result] = parse(run(['--stdin', '--fix-dry-run', '--format', 'json'], dir, { input: BULLETS }).stdout);
    expect(result!.output).toBe(NUMBERED);
    const [crlf] = parse(run(['--stdin', '--fix-dry-run', '--format', 'json'], dir, { input: `\uFEFF${BULLETS.replace(/\n/g, '\r\n')}` }).stdout);
    expect(crlf!.output).toBe(`\uFEFF${NUMBERED.replace(/\n/g, '\r\n')}`);
  });

  it('gives input that is not UTF-8 a fatal message, and refuses misuse', () => {
    const dir = project({ 'policylint.config.yaml': QUIET_FOOTER });
    const { code, stdout } = run(['--stdin', '--stdin-filename', 'x.md', '--format', 'json'], dir, { input: Buffer.from('# Caf\xe9\n', 'latin1') });
    expect(code).toBe(1);
    expect(parse(stdout)[0]!.messages).toEqual([expect.objectContaining({ fatal: true, message: 'The file is not valid UTF-8 (first invalid byte at offset 5). Save it as UTF-8.' })]);
    expect(run(['--stdin-filename', 'x.md'], dir)).toMatchObject({ code: 2, stderr: 'policylint: --stdin-filename names the text read with --stdin; add --stdin.\n' });
    expect(run(['--stdin', 'a.md'], dir, { input: '' })).toMatchObject({ code: 2, stderr: 'policylint: --stdin lints standard input; do not name files with it (got a.md).\n' });
  });
});

describe('policylint --cache', () => {
  it('uses the cache on the second run (a planted result shows), and keeps machine output clean', () => {
    const dir = project({ 'policylint.config.yaml': QUIET_FOOTER, 'a.md': BULLETS });
    const first = run(['--cache', '--format', 'json'], dir);
    expect(first.stderr).toBe('');
    const cacheFile = path.join(dir, '.policylintcache');
    const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { files: Record<string, { outcome: { messages: Array<{ message: string }> } }> };
    const entry = cache.files[path.join(dir, 'a.md')]!;
    entry.outcome.messages[0]!.message = 'PLANTED IN THE CACHE';
    fs.writeFileSync(cacheFile, JSON.stringify(cache));
    const second = run(['--cache', '--format', 'json'], dir);
    expect(parse(second.stdout)[0]!.messages.map((m) => m.message)).toContain('PLANTED IN THE CACHE');
    // Without --cache the file is linted.
    expect(run(['--format', 'json'], dir).stdout).not.toContain('PLANTED');
    // A changed file is linted again.
    fs.appendFileSync(path.join(dir, 'a.md'), '\nMore text.\n');
    expect(run(['--cache', '--format', 'json'], dir).stdout).not.toContain('PLANTED');
  });

  it('warns once about a corrupt cache file and lints normally', () => {
    const dir = project({ 'policylint.config.yaml': QUIET_FOOTER, 'a.md': BULLETS });
    const expected = run(['--format', 'json'], dir);
    fs.writeFileSync(path.join(dir, '.policylintcache'), '{"policylintCache": 1, "fil');
    const { code, stdout, stderr } = run(['--cache', '--format', 'json'], dir);
    expect(code).toBe(expected.code);
    expect(stdout).toBe(expected.stdout);
    expect(stderr).toMatch(new RegExp(`^policylint: ignoring the cache file ${path.join(dir, '.policylintcache').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: it is not valid JSON \\([^\\n]*\\)\\n$`));
    // The cache was rewritten: the next run is quiet.
    expect(run(['--cache', '--format', 'json'], dir).stderr).toBe('');
  });

  it('puts the cache in --cache-location (a file or a folder)', () => {
    const dir = project({ 'policylint.config.yaml': ESCALATION_ONLY, 'a.md': NUMBERED, 'tmp/.keep': '' });
    expect(run(['--cache', '--cache-location', 'tmp'], dir).code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'tmp/.policylintcache'))).toBe(true);
    expect(run(['--cache', '--cache-location', 'my-cache.json'], dir).code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'my-cache.json'))).toBe(true);
    expect(fs.existsSync(path.join(dir, '.policylintcache'))).toBe(false);
  });

  it('prints the new options in --help', () => {
    const help = run(['--help'], ROOT).stdout;
    for (const flag of ['--fix ', '--fix-dry-run', '--stdin ', '--stdin-filename <name>', '--cache ', '--cache-location <path>']) expect(help).toContain(flag);
  });
});
