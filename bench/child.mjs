/**
 * One measured policylint run in its own process (for peak RSS and scaling):
 *   node bench/child.mjs <list.json> <cwd> <concurrency>
 * Prints {"ms":…, "rssMb":…, "problems":…} as JSON.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { lint } from '../dist/index.js';

const [list, cwd, concurrency] = process.argv.slice(2);
const files = JSON.parse(fs.readFileSync(list, 'utf8'));
const start = performance.now();
const results = await lint(files, { cwd, noConfig: true, gitignore: false, concurrency: /^\d+$/.test(concurrency) ? Number(concurrency) : concurrency });
const ms = performance.now() - start;
const problems = results.reduce((n, r) => n + r.errorCount + r.warningCount, 0);
console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, problems, files: results.length }));
