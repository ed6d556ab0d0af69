/**
 * `cache`: an unchanged file is not linted again (counted by wrapping
 * `lintDocument`), and any change that could change its results (content,
 * config, config file, version, a path a rule looked at) makes it linted
 * again; a corrupt cache file is ignored with one warning; run rules still run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { lintDocument } from '../../src/engine/lint-document.js';
import { lint, type LintOptions } from '../../src/lint.js';
import { cacheKey, CACHE_FORMAT, DEFAULT_CACHE_FILE, resolveCacheLocation, stableStringify } from '../../src/cache.js';
import { loadConfig } from '../../src/config/load-config.js';
import { VERSION } from '../../src/version.js';
import { writeFixes } from '../../src/write-fixes.js';

vi.mock('../../src/engine/lint-document.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/engine/lint-document.js')>();
  return { ...actual, lintDocument: vi.fn(actual.lintDocument) };
});

const linted = vi.mocked(lintDocument);
/** Files the file phase linted since the last reset. */
const lintedFiles = () => linted.mock.calls.map(([, options]) => path.basename(options.filePath)).sort();

const GOOD = '# Support policy\n\n## Complaints\n\nWrite to complaints@example.com. We answer within 5 business days.\n\n## Privacy\n\nWe use your data only to answer you.\n';
const BULLETS = '# Support policy\n\n## Escalation\n\n- Contact the support team.\n- Ask for a manager.\n';
const CONFIG = 'extends: ["policylint:recommended"]\nrules:\n  policy-linked-from-footer: off\n';

let temp: string;
let count = 0;
let warnings: string[] = [];
beforeAll(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-cache-'));
});
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));
beforeEach(() => {
  linted.mockClear();
  warnings = [];
});

function project(files: Record<string, string>): string {
  const dir = path.join(temp, `case-${++count}`);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function run(dir: string, options: LintOptions = {}, patterns: string[] = ['.']) {
  return lint(patterns, { cwd: dir, cache: true, onWarning: (line) => warnings.push(line), ...options });
}

const cacheFile = (dir: string) => path.join(dir, DEFAULT_CACHE_FILE);
const readCache = (dir: string) => JSON.parse(fs.readFileSync(cacheFile(dir), 'utf8')) as { policylintCache: number; version: string; key: string; files: Record<string, { hash: string }> };

describe('the lint cache', () => {
  it('does not lint an unchanged file again, and gives the same results', async () => {
    const dir = project({ 'policylint.config.yaml': CONFIG, 'a.md': GOOD, 'b.md': BULLETS });
    const first = await run(dir);
    expect(lintedFiles()).toEqual(['a.md', 'b.md']);
    const cache = readCache(dir);
    expect(cache).toMatchObject({ policylintCache: CACHE_FORMAT, version: VERSION });
    expect(Object.keys(cache.files).sort()).toEqual([path.join(dir, 'a.md'), path.join(dir, 'b.md')]);

    linted.mockClear();
    const second = await run(dir);
    expect(lintedFiles()).toEqual([]);
    expect(second).toEqual(first);
    expect(warnings).toEqual([]);
  });

  it('lints a file again when its content changes, and only that file', async () => {
    const dir = project({ 'policylint.config.yaml': CONFIG, 'a.md': GOOD, 'b.md': BULLETS });
    await run(dir);
    linted.mockClear();
    fs.writeFileSync(path.join(dir, 'b.md'), BULLETS.replace('manager', 'director'));
    await run(dir);
    expect(lintedFiles()).toEqual(['b.md']);
  });

  it('is keyed by content, not by time: touching a file keeps its entry', async () => {
    const dir = project({ 'policylint.config.yaml': CONFIG, 'a.md': GOOD });
    await run(dir);
    linted.mockClear();
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(dir, 'a.md'), later, later);
    await run(dir);
    expect(lintedFiles()).toEqual([]);
  });

  it('lints everything again when the config changes (file, rule options or --rule)', async () => {
    const dir = project({ 'policylint.config.yaml': CONFIG, 'a.md': GOOD });
    await run(dir);

    linted.mockClear();
    fs.writeFileSync(path.join(dir, 'policylint.config.yaml'), `${CONFIG}  escalation-list-ordered: [error, {checkOrder: false}]\n`);
    await run(dir);
    expect(lintedFiles()).toEqual(['a.md']);

    linted.mockClear();
    const results = await run(dir, { rules: { 'privacy-statement-present': 'warn' } });
    expect(lintedFiles()).toEqual(['a.md']);
    expect(results[0]!.errorCount).toBe(0);

    linted.mockClear();
    // A comment in the config file changes nothing resolved, but the file's text is in the key
    // (declarative rules keep their definition there).
    fs.appendFileSync(path.join(dir, 'policylint.config.yaml'), '# reviewed\n');
    await run(dir, { rules: { 'privacy-statement-present': 'warn' } });
    expect(lintedFiles()).toEqual(['a.md']);
  });

  it('lints everything again under another policylint version or cache format', async () => {
    const dir = project({ 'policylint.config.yaml': CONFIG, 'a.md': GOOD });
    await run(dir);
    const cache = readCache(dir);
    fs.writeFileSync(cacheFile(dir), JSON.stringify({ ...cache, version: '0.0.1-older' }));
    linted.mockClear();
    await run(dir);
    expect(lintedFiles()).toEqual(['a.md']);
    expect(readCache(dir).version).toBe(VERSION);
    expect(warnings).toEqual([]);

    fs.writeFileSync(cacheFile(dir), JSON.stringify({ ...readCache(dir), policylintCache: CACHE_FORMAT + 1 }));
    linted.mockClear();
    await run(dir);
    expect(lintedFiles()).toEqual(['a.md']);
  });

  it('keys runs by version, rules and config', async () => {
    const config = await loadConfig({ noConfig: true });
    const base = { version: '1.0.0', config, root: '/p', cwd: '/p' };
    const key = cacheKey(base);
    expect(cacheKey({ ...base })).toBe(key);
    expect(cacheKey({ ...base, version: '1.0.1' })).not.toBe(key);
    expect(cacheKey({ ...base, config: await loadConfig({ noConfig: true, ruleOverrides: { 'escalation-list-ordered': 'warn' } }) })).not.toBe(key);
    expect(cacheKey({ ...base, site: { baseUrl: 'https://example.com' } })).not.toBe(key);
    expect(stableStringify({ b: 1, a: { d: 2, c: 3 } })).toBe(stableStringify({ a: { c: 3, d: 2 }, b: 1 }));
  });

  it('lints a file again when a path a rule relied on appears or goes', async () => {
    const policy = '# Customer service\n\nRead our [privacy policy](privacy.md).\n';
    const dir = project({ 'policylint.config.yaml': CONFIG, 'service.md': policy });
    const broken = await run(dir, {}, ['service.md']);
    expect(broken[0]!.messages.map((m) => m.messageId)).toContain('brokenLink');
    linted.mockClear();
    await run(dir, {}, ['service.md']);
    expect(lintedFiles()).toEqual([]);

    fs.writeFileSync(path.join(dir, 'privacy.md'), '# Privacy policy\n\nWe keep little.\n');
    const fixed = await run(dir, {}, ['service.md']);
    expect(lintedFiles()).toEqual(['service.md']);
    expect(fixed[0]!.messages.map((m) => m.messageId)).not.toContain('brokenLink');
  });

  it('ignores a corrupt cache file with one warning and lints normally', async () => {
    const dir = project({ 'policylint.config.yaml': CONFIG, 'a.md': GOOD, 'b.md': BULLETS });
    const expected = await lint(['.'], { cwd: dir });
    const cases: Array<[string, RegExp]> = [
      ['{"policylintCache": 1, "files": {', /: it is not valid JSON \(/],
      ['[1, 2, 3]', /: it is not a policylint cache file$/],
      ['\u0000\u0001binary', /: it is not valid JSON \(/],
    ];
    for (const [content, reason] of cases) {
      fs.writeFileSync(cacheFile(dir), content);
      warnings = [];
      linted.mockClear();
      expect(await run(dir)).toEqual(expected);
      expect(warnings).toEqual([expect.stringMatching(new RegExp(`^policylint: ignoring the cache file ${cacheFile(dir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${reason.source}`))]);
      expect(lintedFiles()).toEqual(['a.md', 'b.md']);
      // The cache is written again, whole.
      expect(Object.keys(readCache(dir).files)).toHaveLength(2);
    }

    // A valid cache with one malformed entry is not trusted either.
    const cache = readCache(dir);
    const [first] = Object.keys(cache.files);
    fs.writeFileSync(cacheFile(dir), JSON.stringify({ ...cache, files: { ...cache.files, [first!]: { hash: 42 } } }));
    warnings = [];
    linted.mockClear();
    expect(await run(dir)).toEqual(expected);
    expect(warnings).toEqual([`policylint: ignoring the cache file ${cacheFile(dir)}: its entry for ${first} is malformed`]);
    expect(lintedFiles()).toEqual(['a.md', 'b.md']);
  });

  it('warns, and still returns results, when the cache file cannot be written', async () => {
    const dir = project({ 'policylint.config.yaml': CONFIG, 'a.md': GOOD, blocker: 'a file, not a folder' });
    const results = await run(dir, { cacheLocation: 'blocker/cache.json' });
    expect(results).toHaveLength(1);
    expect(warnings).toEqual([
      `policylint: cannot write the cache file ${path.join(dir, 'blocker', 'cache.json')}: a part of its path is not a folder`,
    ]);
  });

  it('drops entries of files that no longer exist, and keeps those not linted this time', async () => {
    const dir = project({ 'policylint.config.yaml': CONFIG, 'a.md': GOOD, 'b.md': BULLETS, 'c.md': GOOD });
    await run(dir);
    fs.rmSync(path.join(dir, 'b.md'));
    await run(dir, {}, ['a.md']);
    expect(Object.keys(readCache(dir).files).sort()).toEqual([path.join(dir, 'a.md'), path.join(dir, 'c.md')]);
  });

  it('puts the cache where cacheLocation says: a file, or .policylintcache in a folder', async () => {
    const dir = project({ 'policylint.config.yaml': CONFIG, 'a.md': GOOD, 'caches/.keep': '' });
    expect(resolveCacheLocation(undefined, dir)).toBe(path.join(dir, '.policylintcache'));
    expect(resolveCacheLocation('caches', dir)).toBe(path.join(dir, 'caches', '.policylintcache'));
    expect(resolveCacheLocation('new-folder/', dir)).toBe(path.join(dir, 'new-folder', '.policylintcache'));
    expect(resolveCacheLocation('my.cache', dir)).toBe(path.join(dir, 'my.cache'));
    await run(dir, { cacheLocation: 'caches' });
    await run(dir, { cacheLocation: 'new-folder/' });
    expect(fs.existsSync(path.join(dir, 'caches', '.policylintcache'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'new-folder', '.policylintcache'))).toBe(true);
    expect(fs.existsSync(cacheFile(dir))).toBe(false);
  });

  it('still runs the run rules (the footer) with cached data', async () => {
    const dir = project({ 'a.md': GOOD, 'b.md': GOOD });
    const footer = (results: Awaited<ReturnType<typeof lint>>) => results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'policy-linked-from-footer');
    expect(footer(await run(dir))).toHaveLength(1);
    linted.mockClear();
    expect(footer(await run(dir))).toHaveLength(1);
    expect(lintedFiles()).toEqual([]);
  });

  it('with fix: a file with fixes is fixed even when cached, and the fixed file is then a cache hit', async () => {
    const dir = project({ 'policylint.config.yaml': CONFIG, 'b.md': BULLETS });
    await run(dir);
    linted.mockClear();
    const fixed = await writeFixes(await run(dir, { fix: true }));
    expect(fixed[0]!.output).toContain('1. Contact');
    expect(linted.mock.calls.length).toBeGreaterThan(1);
    linted.mockClear();
    const again = await run(dir, { fix: true });
    expect(lintedFiles()).toEqual([]);
    expect(again[0]).not.toHaveProperty('output');
    expect(again[0]!.messages.some((m) => m.fix !== undefined)).toBe(false);
  });
});
