#!/usr/bin/env node
/**
 * npm run bench: lints the whole corpus with the recommended preset and
 * compares with a bare unified + remark-parse + remark-frontmatter parse of the
 * same files, measured in the same run (median of several rounds).
 *
 *   node bench/run.mjs [--corpus ../shared/corpus] [--rounds 5]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
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
  },
});
const corpus = path.resolve(values.corpus);
const rounds = Math.max(1, Number(values.rounds));
const index = JSON.parse(fs.readFileSync(path.join(corpus, 'index.json'), 'utf8'));
const files = index.map((entry) => path.join(corpus, entry.path));
const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);

async function bareParse() {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
  for (const file of files) processor.parse(await fs.promises.readFile(file, 'utf8'));
}

async function policylint() {
  return lint(files, { cwd: corpus, noConfig: true, gitignore: false });
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

const parseMs = await measure(bareParse);
const lintMs = await measure(policylint);
const results = await policylint();
const problems = results.reduce((n, r) => n + r.errorCount + r.warningCount, 0);
const fatal = results.reduce((n, r) => n + r.fatalErrorCount, 0);
const rssMb = process.resourceUsage().maxRSS / 1024;

const rows = [
  ['files', String(files.length)],
  ['bytes', bytes.toLocaleString('en')],
  ['bare parse (ms, median)', parseMs.toFixed(0)],
  ['policylint recommended (ms, median)', lintMs.toFixed(0)],
  ['ratio lint / bare parse', (lintMs / parseMs).toFixed(2)],
  ['throughput (MB/s)', (bytes / 1e6 / (lintMs / 1000)).toFixed(1)],
  ['problems found', String(problems)],
  ['fatal (unreadable) files', String(fatal)],
  ['peak RSS (MB)', rssMb.toFixed(0)],
  ['rounds', String(rounds)],
  ['node', process.version],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`| ${'measure'.padEnd(width)} | value |`);
console.log(`| ${'-'.repeat(width)} | ----- |`);
for (const [key, value] of rows) console.log(`| ${key.padEnd(width)} | ${value} |`);
