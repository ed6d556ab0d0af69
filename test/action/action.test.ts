/**
 * The GitHub Action as the runner runs it: `node dist/action.js` copied beside
 * `action.yml` with no node_modules, every input of action.yml set as an
 * `INPUT_*` variable (its default unless the workflow sets it), a workspace
 * that is a git repository, a pull_request event payload, and the files of
 * `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`. The workflow in the README gives
 * the inputs of the first test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeBlock, ROOT } from '../readme/readme-blocks.js';

const BAD = fs.readFileSync(path.join(ROOT, 'fixtures/policies/en/bad-customer-service.md'), 'utf8');
const GOOD = fs.readFileSync(path.join(ROOT, 'fixtures/policies/en/customer-service.md'), 'utf8');
const TAMIL_NO_CHANNEL = '# வாடிக்கையாளர் சேவை கொள்கை\n\n## புகார்கள்\n\nஒவ்வொரு புகாரும் 5 வேலை நாட்களுக்குள் தீர்க்கப்படும்.\n\n## தனியுரிமை\n\nஉங்கள் தனிப்பட்ட தகவல்களை உங்கள் கோரிக்கைக்கு பதிலளிக்க மட்டுமே பயன்படுத்துகிறோம்.\n';
/** Escalation problems are warnings here and the footer is not checked: BAD has 3 errors and 2 warnings. */
const CONFIG = 'extends: ["policylint:recommended"]\nrules:\n  escalation-list-ordered: warn\n  policy-linked-from-footer: off\n';

let temp: string;
let actionDir: string;
let actionYml: { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown>; runs: { using: string; main: string } };

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();
}

function write(dir: string, files: Record<string, string | null>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (content === null) fs.rmSync(file);
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }
  }
}

interface Repo {
  dir: string;
  base: string;
  head: string;
}

/**
 * main: policies/old-bad.md (bad), policies/good.md, notes/bad.md (bad, outside paths).
 * The pull request's branch then adds policies/new-bad.md and a Tamil policy with a
 * Tamil file name, edits good.md and notes, and main moves on (old-bad.md edited):
 * only the branch's own Markdown changes in policies/ are linted.
 */
function pullRequestRepo(name: string): Repo {
  const dir = path.join(temp, name);
  fs.mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q');
  write(dir, { 'policylint.config.yaml': CONFIG, 'policies/old-bad.md': BAD, 'policies/good.md': GOOD, 'notes/bad.md': BAD });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  git(dir, 'checkout', '-qb', 'feature');
  write(dir, {
    'policies/new-bad.md': BAD,
    'policies/கொள்கை.ta.md': TAMIL_NO_CHANNEL,
    'policies/good.md': `${GOOD}\n`,
    'policies/data.json': '{}\n',
    'notes/bad.md': `${BAD}\n`,
  });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'feature');
  const head = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', 'main');
  write(dir, { 'policies/old-bad.md': `${BAD}\nMore.\n` });
  git(dir, 'commit', '-qam', 'main moves on');
  const base = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', 'feature');
  return { dir, base, head };
}

function plainWorkspace(name: string, files: Record<string, string>): string {
  const dir = path.join(temp, name);
  write(dir, files);
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: string[];
}

/** Values of `name<<DELIMITER ... DELIMITER` (and plain `name=value`) lines of a GITHUB_OUTPUT file. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc !== null) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      outputs[lines[i]!.slice(0, lines[i]!.indexOf('='))] = lines[i]!.slice(lines[i]!.indexOf('=') + 1);
    }
  }
  return outputs;
}

/** Run the action as the runner does: `INPUT_<NAME>` for every input of action.yml (dashes kept, upper-cased). */
function runAction(workspace: string, inputs: Record<string, unknown>, event?: { name: string; payload: unknown }): Run {
  const runnerTemp = fs.mkdtempSync(path.join(temp, 'runner-'));
  const outputFile = path.join(runnerTemp, 'output');
  const summaryFile = path.join(runnerTemp, 'summary');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? os.homedir(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTION_PATH: actionDir,
  };
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const value = name in inputs ? inputs[name] : spec.default;
    // The runner passes every input as a string (YAML `true` becomes "true").
    env[`INPUT_${name.toUpperCase()}`] = value === undefined ? '' : String(value);
  }
  if (event !== undefined) {
    const eventFile = path.join(runnerTemp, 'event.json');
    fs.writeFileSync(eventFile, JSON.stringify(event.payload));
    env['GITHUB_EVENT_NAME'] = event.name;
    env['GITHUB_EVENT_PATH'] = eventFile;
  }
  const result = spawnSync(process.execPath, [path.join(actionDir, actionYml.runs.main)], { cwd: workspace, env, encoding: 'utf8' });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
    annotations: result.stdout.split('\n').filter((line) => /^::(error|warning|notice)[ :]/.test(line)),
  };
}

function pullRequest(repo: Repo) {
  return { name: 'pull_request', payload: { action: 'synchronize', number: 7, pull_request: { number: 7, base: { sha: repo.base, ref: 'main' }, head: { sha: repo.head, ref: 'feature' } } } };
}

/** Annotated files and lines: `file:line severity title`. */
function annotated(run: Run): string[] {
  return run.annotations
    .map((line) => /^::(error|warning) file=([^,]+),line=(\d+).*?,title=([^:,]+)::/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${decodeURIComponent(m[2]!)}:${m[3]} ${m[1]} ${m[4]}`);
}

beforeAll(() => {
  const bundle = path.join(ROOT, 'dist/action.js');
  if (!fs.existsSync(bundle)) throw new Error('dist/action.js is missing: run `npm run build` (npm test does it)');
  temp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-action-')));
  actionYml = parseYaml(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as typeof actionYml;
  // The action's repository as the runner checks it out: action.yml and the bundle, no node_modules.
  actionDir = path.join(temp, 'action');
  fs.mkdirSync(path.join(actionDir, path.dirname(actionYml.runs.main)), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'action.yml'), path.join(actionDir, 'action.yml'));
  fs.copyFileSync(bundle, path.join(actionDir, actionYml.runs.main));
});
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('action.yml', () => {
  it('runs dist/action.js on node20 and declares the inputs and outputs', () => {
    expect(actionYml.runs).toEqual({ using: 'node20', main: 'dist/action.js' });
    expect(Object.keys(actionYml.inputs).sort()).toEqual(['config', 'fail-on', 'format', 'only-changed', 'paths']);
    expect(Object.keys(actionYml.outputs).sort()).toEqual(['errors', 'warnings']);
    expect(actionYml.inputs['fail-on']!.default).toBe('error');
    expect(actionYml.inputs['only-changed']!.default).toBe('false');
  });
});

describe('GitHub Action', () => {
  it('runs the README workflow on a pull request: annotations, summary and outputs for the changed policies only', () => {
    const workflow = parseYaml(readmeBlock('.github/workflows/policylint.yml').value) as {
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
    };
    const step = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((s) => s.uses?.startsWith('policylint/policylint@'));
    expect(step?.with).toMatchObject({ paths: 'policies/', 'only-changed': true });
    const repo = pullRequestRepo('readme-workflow');
    const run = runAction(repo.dir, step!.with!, pullRequest(repo));

    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(annotated(run)).toEqual([
      'policies/new-bad.md:5 error complaint-process-defined',
      'policies/new-bad.md:5 error complaint-process-defined',
      'policies/new-bad.md:11 warning escalation-list-ordered',
      'policies/new-bad.md:12 warning escalation-list-ordered',
      'policies/new-bad.md:15 error privacy-statement-present',
      'policies/கொள்கை.ta.md:3 error complaint-process-defined',
    ]);
    expect(run.stdout).toContain('::error file=policies/new-bad.md,line=5,col=1,endLine=5,endColumn=14,title=complaint-process-defined::The complaints section');
    expect(run.outputs).toEqual({ errors: '4', warnings: '2' });
    // The job summary: the Markdown report, with every problem and its rule.
    expect(run.summary).toContain('policylint');
    expect(run.summary).toContain('new-bad.md');
    expect(run.summary).toContain('கொள்கை.ta.md');
    expect(run.summary).toContain('[complaint-process-defined](https://github.com/policylint/policylint/blob/main/rules/complaint-process-defined.md)');
    expect(run.summary).not.toContain('old-bad.md');
    expect(run.summary).not.toContain('notes/');
    // The default format, stylish, is printed in the log too.
    expect(run.stdout).toContain('✖ 6 problems (4 errors, 2 warnings) in 3 files'); // good.md changed too
  });

  it('lints every file in paths without only-changed', () => {
    const repo = pullRequestRepo('all-files');
    const run = runAction(repo.dir, { paths: 'policies/' }, pullRequest(repo));
    expect(run.code).toBe(1);
    expect(new Set(annotated(run).map((a) => a.split(':')[0]))).toEqual(new Set(['policies/new-bad.md', 'policies/old-bad.md', 'policies/கொள்கை.ta.md']));
    expect(run.outputs).toEqual({ errors: '7', warnings: '4' });
  });

  it('takes several paths separated by spaces or new lines', () => {
    const repo = pullRequestRepo('several-paths');
    const run = runAction(repo.dir, { paths: 'policies/new-bad.md\nnotes/bad.md  policies/good.md', 'only-changed': 'false' });
    expect(new Set(annotated(run).map((a) => a.split(':')[0]))).toEqual(new Set(['policies/new-bad.md', 'notes/bad.md']));
    expect(run.outputs).toEqual({ errors: '6', warnings: '4' });
  });

  it('fails on errors, warnings or never, as fail-on says', () => {
    const dir = plainWorkspace('fail-on', {
      'policylint.config.yaml': CONFIG,
      'errors.md': BAD,
      'good.md': GOOD,
      // Only the escalation problems, which are warnings here.
      'warnings.md': GOOD.replace(/\n1\. /g, '\n- ').replace(/\n[23]\. /g, '\n- '),
    });
    const cases: Array<[string, string, number]> = [
      ['good.md', 'error', 0],
      ['good.md', 'warning', 0],
      ['good.md', 'never', 0],
      ['warnings.md', 'error', 0],
      ['warnings.md', 'warning', 1],
      ['warnings.md', 'never', 0],
      ['errors.md', 'error', 1],
      ['errors.md', 'warning', 1],
      ['errors.md', 'never', 0],
    ];
    for (const [file, failOn, code] of cases) {
      const run = runAction(dir, { paths: file, 'fail-on': failOn });
      expect(run.code, `${file} with fail-on ${failOn}:\n${run.stdout}`).toBe(code);
      const expected = { 'good.md': ['0', '0'], 'warnings.md': ['0', '1'], 'errors.md': ['3', '2'] }[file]!;
      expect(run.outputs).toEqual({ errors: expected[0], warnings: expected[1] });
      expect(run.stdout.includes('::error::policylint found')).toBe(code === 1);
    }
    const warned = runAction(dir, { paths: 'warnings.md', 'fail-on': 'warning' });
    expect(warned.stdout).toContain('::error::policylint found 1 warning(s), and fail-on is warning.');
    expect(annotated(warned)).toEqual([expect.stringMatching(/^warnings\.md:\d+ warning escalation-list-ordered$/)]);
  });

  it('uses the config input and the format input', () => {
    const dir = plainWorkspace('config-format', {
      'strict/policylint.yaml': 'extends: ["policylint:recommended"]\nrules:\n  escalation-list-ordered: error\n  policy-linked-from-footer: off\n',
      'policylint.config.yaml': CONFIG,
      'errors.md': BAD,
    });
    const strict = runAction(dir, { paths: 'errors.md', config: 'strict/policylint.yaml', format: 'json' });
    expect(strict.outputs).toEqual({ errors: '5', warnings: '0' });
    const json = strict.stdout.split('\n').find((line) => line.startsWith('[{'));
    expect(JSON.parse(json!)[0]).toMatchObject({ errorCount: 5, warningCount: 0 });
    const annotationsOnly = runAction(dir, { paths: 'errors.md', format: 'github' });
    expect(annotationsOnly.stdout).not.toContain('✖');
    expect(annotated(annotationsOnly)).toHaveLength(5);
  });

  it('stops with one ::error:: line for a bad input, config or history', () => {
    const repo = pullRequestRepo('bad-inputs');
    const bad = (inputs: Record<string, string>, event?: { name: string; payload: unknown }) => {
      const run = runAction(repo.dir, inputs, event);
      expect(run.code, run.stdout).toBe(2);
      expect(run.outputs).toEqual({});
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
      expect(errors).toHaveLength(1);
      return errors[0]!;
    };
    expect(bad({ 'fail-on': 'sometimes' })).toBe('::error::policylint: Input "fail-on" is "sometimes"; use error, warning or never.');
    expect(bad({ 'only-changed': 'yes' })).toBe('::error::policylint: Input "only-changed" is "yes"; use true or false.');
    expect(bad({ format: 'fancy' })).toContain('Unknown format "fancy"');
    expect(bad({ config: 'missing.yaml' })).toContain('missing.yaml: config file not found');
    expect(bad({ paths: 'nowhere/' })).toContain('No such file or folder: nowhere/');
    expect(bad({ 'only-changed': 'true' })).toContain('only-changed needs the event payload, but GITHUB_EVENT_PATH is not set');
    // A shallow clone does not have the base commit.
    const shallow = bad({ 'only-changed': 'true' }, pullRequest({ ...repo, base: 'f'.repeat(40) }));
    expect(shallow).toContain('only-changed: git cannot compare ffffffffffff...');
    expect(shallow).toContain('fetch-depth: 0');
  });

  it('passes when no Markdown file in paths changed', () => {
    const repo = pullRequestRepo('nothing-changed');
    git(repo.dir, 'checkout', '-qb', 'docs-only', repo.base);
    write(repo.dir, { 'notes/other.md': BAD, 'policies/data.json': '[]\n' });
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-qm', 'notes');
    const head = git(repo.dir, 'rev-parse', 'HEAD');
    const run = runAction(repo.dir, { paths: 'policies/', 'only-changed': 'true', 'fail-on': 'warning' }, pullRequest({ ...repo, head }));
    expect(run.code, run.stdout).toBe(0);
    expect(run.annotations).toEqual([]);
    expect(run.outputs).toEqual({ errors: '0', warnings: '0' });
    expect(run.summary).toContain('No changed Markdown files to lint in policies/');
  });

  it('lints what a push changed, and everything for an event with no base', () => {
    const repo = pullRequestRepo('push');
    const push = runAction(repo.dir, { paths: 'policies', 'only-changed': 'true' }, { name: 'push', payload: { before: repo.base, after: repo.head } });
    expect(new Set(annotated(push).map((a) => a.split(':')[0]))).toEqual(new Set(['policies/new-bad.md', 'policies/கொள்கை.ta.md']));
    const manual = runAction(repo.dir, { paths: 'policies', 'only-changed': 'true' }, { name: 'workflow_dispatch', payload: { inputs: {} } });
    expect(manual.stdout).toContain('::notice::only-changed: the workflow_dispatch event names no base commit; linting every file in paths.');
    expect(manual.outputs).toEqual({ errors: '7', warnings: '4' });
  });
});

describe('release workflow', () => {
  const release = () =>
    parseYaml(fs.readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } };
      jobs: { dist: { steps: Array<{ name?: string; run?: string; env?: Record<string, string> }> } };
    };
  const step = (name: string) => {
    const found = release().jobs.dist.steps.find((s) => s.name === name);
    if (found?.run === undefined) throw new Error(`release.yml has no step "${name}" with a run script`);
    return found.run;
  };

  it('builds and tests, checks the bare bundle, then commits dist/ to the tag and the major branch', () => {
    expect(release().on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(step('Build and test')).toContain('npm ci && npm test');

    // The bundle check, as the step runs it: dist/action.js alone in a folder.
    const runnerTemp = fs.mkdtempSync(path.join(temp, 'release-runner-'));
    const checkout = path.join(temp, 'release-checkout');
    fs.mkdirSync(path.join(checkout, 'dist'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'dist/action.js'), path.join(checkout, 'dist/action.js'));
    const check = spawnSync('bash', ['-euo', 'pipefail', '-c', step('Check the action bundle runs without node_modules')], {
      cwd: checkout,
      env: { PATH: process.env['PATH'] ?? '', HOME: os.homedir(), RUNNER_TEMP: runnerTemp },
      encoding: 'utf8',
    });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('title=privacy-statement-present');

    // The commit-and-push step, against a bare "origin".
    const origin = path.join(temp, 'origin.git');
    git(temp, 'init', '-q', '--bare', origin);
    git(checkout, 'init', '-q');
    write(checkout, { '.gitignore': 'dist/\nnode_modules/\n', 'action.yml': fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8') });
    git(checkout, 'add', '-A');
    git(checkout, 'commit', '-qm', 'v1.2.3');
    const tagged = git(checkout, 'rev-parse', 'HEAD');
    git(checkout, 'tag', 'v1.2.3');
    git(checkout, 'remote', 'add', 'origin', origin);
    git(checkout, 'push', '-q', 'origin', 'main', 'v1.2.3');
    const commit = spawnSync('bash', ['-euo', 'pipefail', '-c', step('Commit dist/ to the release tag and the major branch')], {
      cwd: checkout,
      env: { PATH: process.env['PATH'] ?? '', HOME: os.homedir(), TAG: 'v1.2.3' },
      encoding: 'utf8',
    });
    expect(commit.status, commit.stdout + commit.stderr).toBe(0);
    const tag = git(origin, 'rev-parse', 'v1.2.3^{commit}');
    expect(git(origin, 'rev-parse', 'refs/heads/v1')).toBe(tag);
    expect(git(origin, 'rev-parse', `${tag}^`)).toBe(tagged);
    expect(git(origin, 'ls-tree', '-r', '--name-only', tag).split('\n')).toEqual(['.gitignore', 'action.yml', 'dist/action.js']);
    // main is untouched: dist/ is only on the release commit.
    expect(git(origin, 'rev-parse', 'refs/heads/main')).toBe(tagged);
  });
});
