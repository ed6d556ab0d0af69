/**
 * `concurrency`: the file phase in worker threads gives exactly the results of
 * the main thread (fixtures, a site with footer, a corpus sample), also with
 * the cache and with fixes. Both sides run the build (`dist/`, whose
 * `worker.js` the workers load; `npm test` builds first).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Both sides from the build, so the comparison is of threads, not of sources against a build.
import { lint, type LintOptions } from '../../dist/index.js';
import { AUTO_MIN_FILES, poolSize, workerEntry } from '../../src/engine/worker-pool.js';
import { siteProject } from './site-project.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');

let temp: string;
beforeAll(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-workers-'));
});
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

async function both(patterns: string[], options: LintOptions) {
  const off = await lint(patterns, { ...options, concurrency: 'off' });
  const workers = await lint(patterns, { ...options, concurrency: 2 });
  return { off, workers };
}

describe('concurrency', () => {
  it('finds the built worker entry', () => {
    expect(workerEntry()).not.toBeNull();
  });

  it('auto uses workers only for many files; off and 1 never', () => {
    expect(poolSize('auto', AUTO_MIN_FILES)).toBe(0);
    expect(poolSize('auto', AUTO_MIN_FILES + 1)).toBeGreaterThanOrEqual(2);
    expect(poolSize(undefined, 500)).toBeGreaterThanOrEqual(2);
    expect(poolSize('off', 500)).toBe(0);
    expect(poolSize(1, 500)).toBe(0);
    expect(poolSize(3, 2)).toBe(2);
  });

  it('fixtures: the same results with and without workers', async () => {
    const { off, workers } = await both(['fixtures/policies', 'fixtures/fix'], { cwd: ROOT });
    expect(off.length).toBeGreaterThan(5);
    expect(workers).toEqual(off);
  });

  it('a site with a footer config: the same results, run rule included', async () => {
    const dir = siteProject(path.join(temp, 'site'));
    const { off, workers } = await both([], { cwd: dir });
    expect(off.some((r) => r.messages.some((m) => m.ruleId === 'policy-linked-from-footer'))).toBe(true);
    expect(workers).toEqual(off);
  });

  it.skipIf(!fs.existsSync(path.join(CORPUS, 'index.json')))('a corpus sample: the same results', async () => {
    const index = JSON.parse(fs.readFileSync(path.join(CORPUS, 'index.json'), 'utf8')) as Array<{ path: string }>;
    const files = index.filter((_, i) => i % 15 === 0).map((entry) => path.join(CORPUS, entry.path));
    const { off, workers } = await both(files, { cwd: CORPUS, noConfig: true, gitignore: false });
    expect(workers).toEqual(off);
  }, 120_000);

  it('with the cache: a cold run in workers fills it, a warm run reuses it, results unchanged', async () => {
    const dir = siteProject(path.join(temp, 'cached'));
    const cacheLocation = path.join(temp, 'cache-file');
    const off = await lint([], { cwd: dir, concurrency: 'off' });
    const cold = await lint([], { cwd: dir, concurrency: 2, cache: true, cacheLocation });
    expect(cold).toEqual(off);
    const entries = Object.keys((JSON.parse(fs.readFileSync(cacheLocation, 'utf8')) as { files: object }).files);
    expect(entries).toHaveLength(off.length);
    const warm = await lint([], { cwd: dir, concurrency: 2, cache: true, cacheLocation });
    expect(warm).toEqual(off);
  });

  it('fix in memory: the same outputs with and without workers', async () => {
    const { off, workers } = await both(['fixtures/fix'], { cwd: ROOT, fix: true });
    expect(off.some((r) => r.output !== undefined)).toBe(true);
    expect(workers).toEqual(off);
  });
});
