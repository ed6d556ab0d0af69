/**
 * `policylint merge` with SARIF shard reports: a shard's `--format sarif` log
 * carries what merge needs (the shard record in each artifact's property bag),
 * so SARIF shards, or JSON and SARIF shards together, merge to the same report
 * as JSON shards, the footer run rule included; other logs are refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { sarif } from '../../src/formatters/index.js';
import { readSarifLog, type SarifLog } from '../../src/merge/read-sarif.js';
import { readShardReport } from '../../src/merge/read-report.js';
import { ReportError } from '../../src/merge/report-error.js';
import type { LintResult } from '../../src/types.js';
import { tempProjects } from '../support/temp-project.js';
import { CWD, RESULTS } from '../formatters/result-set.js';
import { siteProject } from './site-project.js';

const project = tempProjects('merge-sarif');
const FOOTER = 'policy-linked-from-footer';

/** The site of the shard tests, with a file that cannot be read (a fatal message). */
function site(): string {
  const dir = siteProject(project());
  fs.writeFileSync(path.join(dir, 'policies/broken.md'), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]));
  return dir;
}

async function run(dir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), cwd: dir, isTTY: false, env: {} });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** One shard per format given, shard i written as `--format <format>` to shard-<i>.<format>. */
async function writeShards(dir: string, formats: ReadonlyArray<'json' | 'sarif'>): Promise<string[]> {
  const files: string[] = [];
  for (const [i, format] of formats.entries()) {
    const file = `shard-${i + 1}.${format}`;
    const shard = await run(dir, ['--shard', `${i + 1}/${formats.length}`, '--format', format, '-o', file]);
    expect(shard.stderr).toBe('');
    expect([0, 1]).toContain(shard.code);
    files.push(file);
  }
  return files;
}

/** `policylint merge <files> --format json`, parsed. */
async function merge(dir: string, files: string[]): Promise<{ code: number; results: LintResult[] }> {
  const merged = await run(dir, ['merge', ...files, '--format', 'json']);
  expect(merged.stderr).toBe('');
  return { code: merged.code, results: JSON.parse(merged.stdout) as LintResult[] };
}

function footerMessages(results: readonly LintResult[]): string[] {
  return results.flatMap((r) => r.messages.filter((m) => m.ruleId === FOOTER).map((m) => `${r.filePath}:${m.line}:${m.message}`));
}

describe('policylint merge with SARIF reports', () => {
  it('SARIF shards merge to the same report as the same shards written as JSON', async () => {
    const dir = site();
    const unsharded = await run(dir, ['--format', 'json']);
    const fromJson = await merge(dir, await writeShards(dir, ['json', 'json', 'json']));
    const fromSarif = await merge(dir, await writeShards(dir, ['sarif', 'sarif', 'sarif']));
    expect(fromSarif).toEqual(fromJson);
    expect(fromSarif.results).toEqual(JSON.parse(unsharded.stdout));
    expect(fromSarif.code).toBe(unsharded.code);
    // The site has what a SARIF log must carry back: a fix, a fatal message and a disabled footer message.
    const messages = fromSarif.results.flatMap((r) => r.messages);
    expect(messages.some((m) => m.fix !== undefined)).toBe(true);
    expect(messages.some((m) => m.fatal === true)).toBe(true);
    expect(footerMessages(fromSarif.results).some((m) => m.includes('quiet.md'))).toBe(false);
  });

  it('merges JSON and SARIF shards together', async () => {
    const dir = site();
    const unsharded = await run(dir, ['--format', 'json']);
    for (const formats of [['sarif', 'json', 'sarif'], ['json', 'sarif']] as const) {
      const mixed = await merge(dir, await writeShards(dir, formats));
      expect(mixed.results).toEqual(JSON.parse(unsharded.stdout));
    }
  });

  it('runs the footer rule once, over all the SARIF shards', async () => {
    const dir = site();
    const files = await writeShards(dir, ['sarif', 'sarif', 'sarif']);
    for (const file of files) expect(fs.readFileSync(path.join(dir, file), 'utf8')).not.toContain(`"ruleId": "${FOOTER}"`);
    const unsharded = JSON.parse((await run(dir, ['--format', 'json'])).stdout) as LintResult[];
    const expected = footerMessages(unsharded);
    expect(expected.length).toBeGreaterThan(0);
    const merged = footerMessages((await merge(dir, files)).results);
    expect(merged).toEqual(expected);
    expect(new Set(merged).size).toBe(merged.length);
  });

  it('refuses a SARIF log from another tool, naming the file and the tool', async () => {
    const dir = site();
    const other = { version: '2.1.0', runs: [{ tool: { driver: { name: 'markdownlint' } }, results: [] }] };
    fs.writeFileSync(path.join(dir, 'other.sarif'), JSON.stringify(other));
    const [shard] = await writeShards(dir, ['sarif']);
    const refused = await run(dir, ['merge', shard!, 'other.sarif']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe('policylint: other.sarif is a SARIF log from "markdownlint", not from policylint: merge takes the reports of policylint --shard runs.\n');
    expect(() => readShardReport('other.sarif', dir)).toThrow(ReportError);
  });

  it('refuses a report that is neither JSON nor SARIF, and a SARIF log of a run without --shard', async () => {
    const dir = site();
    fs.writeFileSync(path.join(dir, 'object.json'), '{"version": "2.0.0", "runs": []}');
    const neither = await run(dir, ['merge', 'object.json']);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toBe(
      'policylint: object.json is neither a policylint JSON report nor a SARIF 2.1.0 log (run each shard with --shard <i>/<n> --format json or --format sarif).\n',
    );
    expect((await run(dir, ['--format', 'sarif', '-o', 'plain.sarif'])).stderr).toBe('');
    const plain = await run(dir, ['merge', 'plain.sarif']);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/^policylint: \S+ is not from a shard's report: run each shard with --shard <i>\/<n> --format json or --format sarif\.\n$/);
  });

  it('refuses a policylint SARIF log it cannot read back, without a stack trace', async () => {
    const dir = site();
    const log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'policylint' } }, artifacts: [{ location: { uri: 'a.md', uriBaseId: '%SRCROOT%' }, properties: { language: 'en' } }] }] };
    fs.writeFileSync(path.join(dir, 'edited.sarif'), JSON.stringify(log));
    const refused = await run(dir, ['merge', 'edited.sarif']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^policylint: edited\.sarif is not a SARIF log as policylint writes it: the artifact "a\.md" is not a file \(.*\)\.\n$/);
  });
});

describe('readSarifLog', () => {
  it('reads back the results of a shard, written as SARIF: paths, positions, severities, fixes, notifications, fixed texts', () => {
    // The shared formatter result set (UTF-16 columns, a fix, notifications), and a file outside the working directory with a fixed text.
    const outside: LintResult = { ...RESULTS[0]!, filePath: path.join(path.sep, 'srv', 'shared', 'privacy policy.md'), output: '\uFEFF# Privacy\n' };
    const shardResults = [...RESULTS, outside].map((r): LintResult => ({ ...r, shard: { index: 1, count: 2, messages: r.messages, collected: { footer: r.filePath }, directives: [] } }));
    const log = JSON.parse(sarif(shardResults, { cwd: CWD, color: false })) as SarifLog;
    expect(readSarifLog(log, 'shard.sarif')).toEqual(JSON.parse(JSON.stringify(shardResults)));
  });

  it('refuses a log with fields of the wrong type as a ReportError, not a TypeError', () => {
    const driver = { tool: { driver: { name: 'policylint' } } };
    for (const runs of [[null], [{ ...driver, artifacts: [null] }], [{ ...driver, results: {} }], [{ ...driver, results: [null] }]]) {
      expect(() => readSarifLog({ version: '2.1.0', runs } as unknown as SarifLog, 'edited.sarif')).toThrow(/^edited\.sarif is not a SARIF log as policylint writes it: /);
    }
  });
});
