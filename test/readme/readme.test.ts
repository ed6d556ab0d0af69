/**
 * The README's copy-paste examples, run as a user runs them: the command-line
 * transcript, the library API snippet, the remark snippet and remark-cli
 * config, in a project that has policylint installed. (The pre-commit and
 * GitHub Action examples run in test/pre-commit and test/action.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerProject, matchesTranscript, readmeBlock, readmeBlocks, ROOT } from './readme-blocks.js';
import { tempProjects } from '../support/temp-project.js';

const CLI = path.join(ROOT, 'dist/cli.js');
const BAD = fs.readFileSync(path.join(ROOT, 'fixtures/policies/en/bad-customer-service.md'), 'utf8');
const GOOD = fs.readFileSync(path.join(ROOT, 'fixtures/policies/en/customer-service.md'), 'utf8');
let temp: string;
const packsProject = tempProjects('readme-packs');

beforeAll(() => {
  for (const file of ['cli.js', 'index.js', 'remark.js']) {
    if (!fs.existsSync(path.join(ROOT, 'dist', file))) throw new Error(`dist/${file} is missing: run \`npm run build\` (npm test does it)`);
  }
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-readme-'));
});
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function node(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A project with policylint and `packages` installed, a policies/ folder and no footer to check. */
function project(name: string, packages: string[]): string {
  const dir = consumerProject(path.join(temp, name), packages);
  fs.mkdirSync(path.join(dir, 'policies'));
  fs.writeFileSync(path.join(dir, 'policies/refunds.md'), BAD);
  fs.writeFileSync(path.join(dir, 'policies/customer-service.md'), GOOD);
  return dir;
}

describe('README examples', () => {
  it('has the command-line transcript the CLI prints', () => {
    const transcripts = readmeBlocks().filter((block) => block.lang === 'text' && block.value.startsWith('$ npx policylint'));
    expect(transcripts.length).toBeGreaterThan(0);
    for (const block of transcripts) {
      const [command, ...expected] = block.value.split('\n');
      const args = command!.replace('$ npx policylint', '').trim().split(/\s+/).filter(Boolean);
      const run = node([CLI, ...args], ROOT);
      expect(run.code, `README.md:${block.line}`).toBe(1);
      const actual = run.stdout.replace(/\n$/, '').split('\n');
      expect(matchesTranscript(expected, actual), `README.md:${block.line} does not match the output:\n${run.stdout}`).toBe(true);
    }
  });

  it('runs the library API snippet', () => {
    const block = readmeBlocks().find((b) => b.lang === 'ts' && b.value.includes("from 'policylint'"));
    expect(block).toBeDefined();
    const dir = project('library', []);
    const js = ts.transpileModule(block!.value, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    fs.writeFileSync(path.join(dir, 'example.mjs'), js);
    const run = node(['example.mjs'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // `lintText('# Refunds\n', ...)`: a refunds page with no privacy statement.
    expect(run.stdout).toContain('privacy-statement-present');
  });

  it('runs the rule-packs config: each kind of document gets its pack', () => {
    const dir = packsProject({
      'policylint.config.yaml': readmeBlock('packs-config').value,
      'service.md': '# Customer service policy\n\nWe are here to help.\n',
      'privacy/notice.md': '# Privacy notice\n\nWe collect your e-mail address.\n',
      'terms/sale.md': '# Terms of sale\n\nPrices include VAT.\n',
    });
    const run = node([CLI, '--format', 'json', '.'], dir);
    expect(run.stderr).toBe('');
    const rules = Object.fromEntries(
      (JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>).map((r) => [path.relative(dir, r.filePath), new Set(r.messages.map((m) => m.ruleId))]),
    );
    expect(rules['service.md']).toContain('response-time-defined');
    expect(rules['service.md']).not.toContain('privacy-retention-period');
    expect(rules['privacy/notice.md']).toContain('privacy-retention-period');
    expect(rules['privacy/notice.md']).toContain('privacy-ccpa-opt-out-link');
    expect(rules['terms/sale.md']).toContain('withdrawal-right-14-days');
    expect(rules['terms/sale.md']).not.toContain('uk-right-to-reject-30-days');
  });

  it('runs the remark snippet: messages with rule ids, places and urls', () => {
    const block = readmeBlock('lint-refunds.mjs');
    const dir = project('remark', ['unified', 'remark-parse', 'remark-frontmatter', 'remark-stringify', 'vfile']);
    fs.writeFileSync(path.join(dir, 'lint-refunds.mjs'), block.value);
    const run = node(['lint-refunds.mjs'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const base = 'https://github.com/policylint/policylint/blob/main/rules/';
    expect(run.stdout.trim().split('\n')).toEqual([
      `5:1 complaint-process-defined ${base}complaint-process-defined.md`,
      `5:1 complaint-process-defined ${base}complaint-process-defined.md`,
      `11:1 escalation-list-ordered ${base}escalation-list-ordered.md`,
      `12:1 escalation-list-ordered ${base}escalation-list-ordered.md`,
      `15:1 privacy-statement-present ${base}privacy-statement-present.md`,
    ]);
  });

  it('runs remark-cli with the .remarkrc.mjs', () => {
    const dir = project('remark-cli', ['remark-frontmatter']);
    fs.writeFileSync(path.join(dir, '.remarkrc.mjs'), readmeBlock('.remarkrc.mjs').value);
    const command = readmeBlock('remark-cli').value.trim();
    expect(command.startsWith('npx remark ')).toBe(true);
    const args = command.replace('npx remark ', '').split(/\s+/);
    const run = node([path.join(ROOT, 'node_modules/remark-cli/cli.js'), ...args], dir);
    expect(run.code, run.stderr).toBe(1);
    // vfile-reporter: each file's problems with their place, rule id and source.
    const report = run.stderr.replace(/\u001b\[[0-9;]*m/g, '');
    expect(report).toMatch(/5:1-5:14\s+error\s+The complaints section "Complaints" does not say how to complain\..*complaint-process-defined\s+policylint/);
    expect(report).toMatch(/15:1-15:11\s+error\s+The privacy section "Privacy" is empty\..*privacy-statement-present\s+policylint/);
    // remark-cli lints each file on its own, so each gets the footer advice (no footer in this
    // project): a warning about the setup. The good policy has nothing else.
    const files = report.split(/\n(?=policies\/)/);
    const good = files.find((f) => f.startsWith('policies/customer-service.md'))!;
    const bad = files.find((f) => f.startsWith('policies/refunds.md'))!;
    expect(good.trim().split('\n')).toHaveLength(2);
    expect(good).toMatch(/1:1(-1:1)?\s+warning\s+No site footer was found.*policy-linked-from-footer\s+policylint/);
    expect(bad.match(/\berror\b/g)).toHaveLength(5);
    expect(report).toContain('5 errors, ⚠ 2 warnings');
  });

  it('keeps examples/github-workflow.yml the same as the README workflow', () => {
    expect(fs.readFileSync(path.join(ROOT, 'examples/github-workflow.yml'), 'utf8')).toBe(`${readmeBlock('.github/workflows/policylint.yml').value}\n`);
  });
});
