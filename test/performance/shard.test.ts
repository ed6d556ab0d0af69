/**
 * `shard` and `mergeShards`: the split is deterministic and stable (adding a
 * file moves no other), the shards together lint every file once, and merging
 * their JSON reports gives the unsharded results, the footer run rule included.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint, mergeShards } from '../../src/lint.js';
import { parseShard, shardOf } from '../../src/shard.js';
import { runCli } from '../../src/cli/cli.js';
import type { LintResult } from '../../src/types.js';
import { siteProject } from './site-project.js';

let temp: string;
beforeAll(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-shard-'));
});
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const names = Array.from({ length: 200 }, (_, i) => `policies/${i % 7}/policy-${i}.md`);

describe('shardOf', () => {
  it('is deterministic and depends only on the path relative to cwd', () => {
    const a = names.map((name) => shardOf(path.join('/a', name), '/a', 4));
    const b = names.map((name) => shardOf(path.join('/elsewhere/b', name), '/elsewhere/b', 4));
    expect(a).toEqual(b);
    expect(new Set(a)).toEqual(new Set([1, 2, 3, 4]));
    // Known values: the split must not change between versions or machines.
    expect(shardOf('/x/policies/privacy.md', '/x', 3)).toBe(shardOf('/y/policies/privacy.md', '/y', 3));
  });

  it('adding files moves no other file', () => {
    const before = new Map(names.map((name) => [name, shardOf(path.join('/r', name), '/r', 5)]));
    const more = [...names, 'new/one.md', 'policies/0/zzz.md', 'a.md'];
    for (const name of more) if (before.has(name)) expect(shardOf(path.join('/r', name), '/r', 5)).toBe(before.get(name));
  });

  it('parses i/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(() => parseShard('0/4')).toThrow(/--shard/);
    expect(() => parseShard('5/4')).toThrow(/--shard/);
    expect(() => parseShard('x')).toThrow(/--shard/);
  });
});

async function shards(cwd: string, count: number): Promise<LintResult[][]> {
  const reports: LintResult[][] = [];
  for (let index = 1; index <= count; index++) reports.push(await lint([], { cwd, shard: { index, count }, concurrency: 'off' }));
  return reports;
}

describe('lint with shard, and mergeShards', () => {
  it('shards cover every file once; adding a file moves no other file between shards', async () => {
    const dir = siteProject(path.join(temp, 'cover'));
    const all = (await lint([], { cwd: dir })).map((r) => r.filePath).sort();
    const reports = await shards(dir, 3);
    expect(reports.flat().map((r) => r.filePath).sort()).toEqual(all);
    const where = new Map(reports.flatMap((report, i) => report.map((r) => [r.filePath, i] as const)));
    fs.writeFileSync(path.join(dir, 'policies/added.md'), '# Added\n');
    const after = await shards(dir, 3);
    for (const [i, report] of after.entries()) for (const r of report) if (where.has(r.filePath)) expect(where.get(r.filePath)).toBe(i);
  });

  it('merging the JSON reports of the shards equals the unsharded run, footer rule included', async () => {
    const dir = siteProject(path.join(temp, 'merge'));
    const unsharded = await lint([], { cwd: dir });
    const footer = unsharded.flatMap((r) => r.messages.filter((m) => m.ruleId === 'policy-linked-from-footer'));
    expect(footer.length).toBeGreaterThan(0);
    for (const count of [1, 2, 3, 5]) {
      const reports = await shards(dir, count);
      // Shards do not run run rules.
      expect(reports.flat().some((r) => r.messages.some((m) => m.ruleId === 'policy-linked-from-footer'))).toBe(false);
      const fromJson = reports.map((report) => JSON.parse(JSON.stringify(report)) as LintResult[]);
      expect(await mergeShards(fromJson, { cwd: dir })).toEqual(unsharded);
    }
  });

  it('policylint merge: the CLI merges shard reports into the unsharded report', async () => {
    const dir = siteProject(path.join(temp, 'cli'));
    const io = (out: string[], err: string[]) => ({ stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), cwd: dir, isTTY: false, env: {} });
    const expected: string[] = [];
    const expectedCode = await runCli(['--format', 'json'], io(expected, []));
    for (const i of [1, 2, 3]) expect([0, 1]).toContain(await runCli(['--shard', `${i}/3`, '--format', 'json', '-o', `shard-${i}.json`], io([], [])));
    const merged: string[] = [];
    const err: string[] = [];
    const code = await runCli(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--format', 'json'], io(merged, err));
    expect(err.join('')).toBe('');
    expect(code).toBe(expectedCode);
    expect(JSON.parse(merged.join(''))).toEqual(JSON.parse(expected.join('')));
    // Not shard reports: a usage error.
    fs.writeFileSync(path.join(dir, 'plain.json'), expected.join(''));
    const usage: string[] = [];
    expect(await runCli(['merge', 'plain.json'], io([], usage))).toBe(2);
    expect(usage.join('')).toMatch(/not from a shard/);
  });
});
