#!/usr/bin/env node
/**
 * Precision sample for docs/accuracy.md: lints the corpus documents of some
 * kinds with one preset and prints a deterministic sample of findings and of
 * passes ((document, rule) pairs with no finding) to read by hand.
 *
 *   npm run build
 *   node scripts/sample-findings.mjs --preset privacy --kinds privacy [--n 30] [--corpus ../shared/corpus] [--dist dist] [--json]
 *
 * The sample is ordered by a hash of path and rule, so it is stable across
 * runs and does not favour any source folder.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    preset: { type: 'string' },
    kinds: { type: 'string' },
    n: { type: 'string', default: '30' },
    corpus: { type: 'string', default: path.resolve(repo, '../shared/corpus') },
    json: { type: 'boolean', default: false },
    dist: { type: 'string', default: path.join(repo, 'dist') },
  },
});
const n = Number(values.n);
if (values.preset === undefined || values.kinds === undefined || !Number.isInteger(n) || n < 1) {
  console.error('usage: node scripts/sample-findings.mjs --preset <name> --kinds <kind,kind> [--n 30] [--corpus dir] [--dist dir] [--json]');
  process.exit(2);
}

const { lint, getPreset } = await import(pathToFileURL(path.resolve(values.dist, 'index.js')).href);
const kinds = new Set(values.kinds.split(','));
const index = JSON.parse(fs.readFileSync(path.join(values.corpus, 'index.json'), 'utf8'));
const files = index.filter((doc) => kinds.has(doc.kind) && /\.(md|markdown)$/i.test(doc.path)).map((doc) => doc.path);

const config = { root: true, extends: [`policylint:${values.preset}`], rules: { 'policy-linked-from-footer': 'off' } };
const results = await lint(files, { cwd: values.corpus, noConfig: true, config, concurrency: 'off' });
const rules = Object.keys(getPreset(values.preset)?.rules ?? {});

const hash = (text) => crypto.createHash('sha1').update(text).digest('hex');
const findings = [];
const passes = [];
for (const result of results) {
  const file = path.relative(values.corpus, result.filePath);
  for (const message of result.messages) {
    if (message.ruleId === null || message.ruleId === 'policy-linked-from-footer') continue;
    findings.push({ file, language: result.language, line: message.line, rule: message.ruleId, messageId: message.messageId, message: message.message });
  }
  for (const rule of rules) {
    if (rule === 'policy-linked-from-footer') continue;
    if (!result.messages.some((m) => m.ruleId === rule) && !result.messages.some((m) => m.fatal)) passes.push({ file, language: result.language, rule });
  }
}
const sample = (items) => [...items].sort((a, b) => hash(`${a.file}#${a.rule}#${a.line ?? ''}`).localeCompare(hash(`${b.file}#${b.rule}#${b.line ?? ''}`))).slice(0, n);
const out = { preset: values.preset, kinds: [...kinds], documents: results.length, findings: findings.length, passes: passes.length, findingSample: sample(findings), passSample: sample(passes) };
if (values.json) {
  console.log(JSON.stringify(out, null, 2));
} else {
  console.log(`policylint:${out.preset} over ${out.documents} documents (${out.kinds.join(', ')}): ${out.findings} findings, ${out.passes} passes`);
  const byRule = {};
  for (const f of findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  console.log('findings per rule:', JSON.stringify(byRule));
  console.log('\n## Findings sample');
  for (const f of out.findingSample) console.log(`- ${f.file}:${f.line} [${f.language}] ${f.rule}/${f.messageId}`);
  console.log('\n## Passes sample');
  for (const p of out.passSample) console.log(`- ${p.file} [${p.language}] ${p.rule}`);
}
