/**
 * The pre-commit hook with the real `pre-commit` tool: a snapshot of this
 * working tree (uncommitted files included) is committed to a temporary hook
 * repository, a project uses it through the README's `.pre-commit-config.yaml`,
 * and `git commit` fails on a bad policy, then passes once it is fixed.
 * pre-commit installs the hook as it does for users (npm install, npm pack,
 * npm install -g into its own node environment), once, in a fresh cache.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { readmeBlock, ROOT } from '../readme/readme-blocks.js';

function onPath(command: string): string | null {
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

const PRE_COMMIT = onPath('pre-commit');
const SKIP_REASON = 'SKIPPED: the `pre-commit` tool is not on PATH (Debian: apt-get install pre-commit; .ci/run installs it), so the hook was NOT tested';
if (PRE_COMMIT === null) console.warn(`\n[test/pre-commit] ${SKIP_REASON}\n`);

const BAD = fs.readFileSync(path.join(ROOT, 'fixtures/policies/en/bad-customer-service.md'), 'utf8');
const GOOD = fs.readFileSync(path.join(ROOT, 'fixtures/policies/en/customer-service.md'), 'utf8');
let temp: string | undefined;
afterAll(() => {
  if (temp !== undefined) fs.rmSync(temp, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).trim();
}

/** This working tree as it is now (tracked and untracked files, not ignored ones), committed to a new repository. */
function snapshotRepository(target: string): string {
  fs.mkdirSync(target, { recursive: true });
  const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of files) {
    const from = path.join(ROOT, file);
    if (!fs.existsSync(from)) continue; // deleted but not yet staged
    fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    fs.copyFileSync(from, path.join(target, file));
  }
  git(target, 'init', '-q');
  git(target, 'add', '-A');
  git(target, 'commit', '-qm', 'snapshot of the working tree');
  return git(target, 'rev-parse', 'HEAD');
}

describe('pre-commit hook', () => {
  it.skipIf(PRE_COMMIT === null)(
    `.pre-commit-hooks.yaml with the real pre-commit: a bad policy fails the commit, the fixed one passes${PRE_COMMIT === null ? ` — ${SKIP_REASON}` : ''}`,
    () => {
      temp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-pre-commit-')));
      const hooks = parseYaml(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
      expect(hooks).toEqual([expect.objectContaining({ id: 'policylint', entry: 'policylint', language: 'node', types: ['markdown'] })]);

      const hookRepo = path.join(temp, 'policylint');
      const rev = snapshotRepository(hookRepo);

      // The README's .pre-commit-config.yaml, pointed at the snapshot.
      const config = parseYaml(readmeBlock('.pre-commit-config.yaml').value) as { repos: Array<{ repo: string; rev: string; hooks: Array<{ id: string }> }> };
      expect(config.repos).toHaveLength(1);
      expect(config.repos[0]!.hooks.map((h) => h.id)).toEqual(['policylint']);
      config.repos[0]!.repo = hookRepo;
      config.repos[0]!.rev = rev;

      const project = path.join(temp, 'project');
      fs.mkdirSync(project);
      git(project, 'init', '-q');
      git(project, 'config', 'user.name', 'Test');
      git(project, 'config', 'user.email', 'test@example.com');
      fs.writeFileSync(path.join(project, '.pre-commit-config.yaml'), stringifyYaml(config));
      fs.writeFileSync(path.join(project, 'policylint.config.yaml'), 'extends: ["policylint:recommended"]\nrules:\n  policy-linked-from-footer: off\n');

      const env = { ...process.env, PRE_COMMIT_HOME: path.join(temp, 'cache'), NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' };
      const run = (command: string, ...args: string[]) => {
        const result = spawnSync(command, args, { cwd: project, env, encoding: 'utf8' });
        return { code: result.status, output: `${result.stdout}${result.stderr}` };
      };

      const install = run(PRE_COMMIT!, 'install', '--install-hooks');
      expect(install.code, install.output).toBe(0);

      // A bad policy: the commit fails with policylint's report.
      fs.writeFileSync(path.join(project, 'refunds.md'), BAD);
      run('git', 'add', '-A');
      const failed = run('git', 'commit', '-m', 'Add the refunds policy');
      expect(failed.code, failed.output).not.toBe(0);
      expect(failed.output).toMatch(/policylint\.+Failed/);
      expect(failed.output).toContain('refunds.md');
      expect(failed.output).toMatch(/5:1\s+error\s+The complaints section "Complaints" does not say how to complain\..*complaint-process-defined/);
      expect(failed.output).toContain('privacy-statement-present');
      expect(() => git(project, 'rev-parse', '--verify', '-q', 'HEAD')).toThrow(); // nothing was committed

      // Fixed: the commit passes.
      fs.writeFileSync(path.join(project, 'refunds.md'), GOOD);
      run('git', 'add', '-A');
      const passed = run('git', 'commit', '-m', 'Add the refunds policy');
      expect(passed.code, passed.output).toBe(0);
      expect(passed.output).toMatch(/policylint\.+Passed/);

      // A commit with no Markdown file does not run the hook.
      fs.writeFileSync(path.join(project, 'data.json'), '{}\n');
      run('git', 'add', '-A');
      const other = run('git', 'commit', '-m', 'Data');
      expect(other.code, other.output).toBe(0);
      expect(other.output).toMatch(/policylint\.+\(no files to check\)Skipped/);
    },
    600_000,
  );
});
