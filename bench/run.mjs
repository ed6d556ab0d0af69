#!/usr/bin/env node
/**
 * npm run bench: lints the whole corpus with the recommended preset and
 * compares with a bare unified + remark-parse + remark-frontmatter parse of the
 * same files, measured in the same run (median of several rounds).
 *
 *   node bench/run.mjs [--corpus ../shared/corpus] [--rounds 5]
 *     [--only lint,others,cache,startup,scale] [--scale-modes off,auto]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { lint } from '../dist/index.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.resolve(here, '../../shared/corpus') },
    rounds: { type: 'string', default: '5' },
    only: { type: 'string' },
    'scale-modes': { type: 'string', default: 'off,auto' },
  },
});
const corpus = path.resolve(values.corpus);
const rounds = Math.max(1, Number(values.rounds));
const scaleModes = values['scale-modes'].split(',');
const index = JSON.parse(fs.readFileSync(path.join(corpus, 'index.json'), 'utf8'));
const files = index.map((entry) => path.join(corpus, entry.path));
const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);

async function bareParse() {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
  for (const file of files) processor.parse(await fs.promises.readFile(file, 'utf8'));
}

async function policylint(concurrency = 'off') {
  return lint(files, { cwd: corpus, noConfig: true, gitignore: false, concurrency });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function measure(task) {
  await task(); // warm-up: JIT, lexicon compilation, file cache
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Wall time of a command in a child process (ms); `ok` exit codes are accepted. */
function timeSpawn(command, args, options = {}) {
  const start = performance.now();
  const child = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28, ...options });
  const ms = performance.now() - start;
  if (child.error) throw child.error;
  return { ms, status: child.status, stderr: String(child.stderr ?? '') };
}

function spawnMedian(times, command, args, options) {
  timeSpawn(command, args, options); // warm-up
  return median(Array.from({ length: times }, () => timeSpawn(command, args, options).ms));
}

const node = process.execPath;
const cli = path.resolve(here, '../dist/cli.js');
const bin = (name) => path.resolve(here, '../node_modules/.bin', name);
const relative = files.map((file) => path.relative(corpus, file));
const only = values.only?.split(',');
const want = (name) => only === undefined || only.includes(name);
const rows = [
  ['files', String(files.length)],
  ['bytes', bytes.toLocaleString('en')],
];
const ratio = (ms, base) => `${ms.toFixed(0)} (${(ms / base).toFixed(2)}x)`;

const parseMs = want('lint') || want('others') ? await measure(bareParse) : NaN;
if (!Number.isNaN(parseMs)) rows.push(['bare parse, 1 thread (ms)', `${parseMs.toFixed(0)} (1.00x)`]);
let problems = 0;
if (want('lint')) {
  const lintMs = await measure(() => policylint('off'));
  rows.push(['policylint, 1 thread (ms)', ratio(lintMs, parseMs)]);
  const autoMs = await measure(() => policylint('auto'));
  rows.push([`policylint --concurrency auto (ms, ${poolSizeNote()})`, ratio(autoMs, parseMs)]);
  const results = await policylint('off');
  problems = results.reduce((n, r) => n + r.errorCount + r.warningCount, 0);
  rows.push(['problems found', String(problems)]);
  rows.push(['fatal (unreadable) files', String(results.reduce((n, r) => n + r.fatalErrorCount, 0))]);
}
if (want('others')) {
  // Other linters, each once (after one warm-up), on the same files.
  // The preset by absolute path: remark resolves plugin names from the corpus folder, outside this project.
  const preset = path.resolve(here, '../node_modules/remark-preset-lint-recommended/index.js');
  const remarkArgs = ['--use', preset, '--no-config', '--no-ignore', '--no-stdout', '--quiet', ...relative];
  const check = timeSpawn(bin('remark'), remarkArgs, { cwd: corpus });
  if (/Cannot process file|Cannot find/.test(check.stderr)) throw new Error(`remark-cli failed: ${check.stderr.slice(0, 500)}`);
  const remarkMs = spawnMedian(1, bin('remark'), remarkArgs, { cwd: corpus });
  rows.push(['remark-cli + preset-lint-recommended (ms)', ratio(remarkMs, parseMs)]);
  const mdlMs = spawnMedian(1, bin('markdownlint-cli2'), relative.map((file) => `:${file}`), { cwd: corpus });
  rows.push(['markdownlint-cli2, default rules (ms)', ratio(mdlMs, parseMs)]);
  const cliMs = spawnMedian(1, node, [cli, '--no-config', '--no-gitignore', '--format', 'json', '-o', path.join(os.tmpdir(), 'policylint-bench.json'), ...relative], { cwd: corpus });
  rows.push(['policylint CLI, auto (ms, spawn)', ratio(cliMs, parseMs)]);
}
if (want('cache')) {
  const location = path.join(os.tmpdir(), `policylint-bench-cache-${process.pid}`);
  const args = [cli, '--no-config', '--no-gitignore', '--cache', '--cache-location', location, '--format', 'json', '-o', path.join(os.tmpdir(), 'policylint-bench.json'), ...relative];
  timeSpawn(node, args, { cwd: corpus }); // fills the cache
  const warmMs = spawnMedian(5, node, args, { cwd: corpus });
  fs.rmSync(location, { force: true });
  rows.push(['warm --cache re-run, whole corpus (ms, spawn)', warmMs.toFixed(0)]);
}
if (want('startup')) {
  const small = path.resolve(here, '../fixtures/policies/en/bad-customer-service.md');
  const emptyMs = spawnMedian(15, node, ['-e', '']);
  const oneMs = spawnMedian(15, node, [cli, '--no-config', small]);
  rows.push(['node -e "" (ms, median of 15 spawns)', emptyMs.toFixed(0)]);
  rows.push(['CLI start-up, one small file (ms, median of 15)', `${oneMs.toFixed(0)} (+${(oneMs - emptyMs).toFixed(0)} over node)`]);
}
if (want('scale')) {
  // 1x, 2x, 4x of the corpus: copies of the files under a temporary folder, each run in its own process.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-scale-'));
  const list = [];
  for (const k of [1, 2, 4]) {
    while (list.length < files.length * k) {
      const copy = list.length / files.length;
      for (const file of relative) {
        const target = path.join(dir, `copy${copy}`, file);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.copyFileSync(path.join(corpus, file), target);
        list.push(target);
      }
    }
    const listFile = path.join(dir, `list-${k}.json`);
    fs.writeFileSync(listFile, JSON.stringify(list));
    for (const concurrency of scaleModes) {
      const child = spawnSync(node, [path.join(here, 'child.mjs'), listFile, dir, concurrency], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (child.status !== 0) throw new Error(child.stderr);
      const { ms, rssMb } = JSON.parse(child.stdout);
      rows.push([`${k}x corpus (${list.length} files), ${concurrency === 'off' ? '1 thread' : `--concurrency ${concurrency}`}: ms / peak RSS MB`, `${ms.toFixed(0)} / ${rssMb.toFixed(0)}`]);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
rows.push(['rounds (in-process medians)', String(rounds)]);
rows.push(['node', process.version]);
rows.push(['load average at the end (1 min)', os.loadavg()[0].toFixed(2)]);

function poolSizeNote() {
  return `${Math.max(2, os.availableParallelism() - 1)} workers`;
}

const width = Math.max(...rows.map(([k]) => k.length));
console.log(`| ${'measure'.padEnd(width)} | value |`);
console.log(`| ${'-'.repeat(width)} | ----- |`);
for (const [key, value] of rows) console.log(`| ${key.padEnd(width)} | ${value} |`);
