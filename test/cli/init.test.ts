/**
 * `policylint init`, run as a user runs it (a spawned `node dist/cli.js` in
 * temp folders, stdin not a terminal), plus the interactive path with a
 * stubbed question function.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempProjects } from '../support/temp-project.js';
import { loadConfig } from '../../src/config/load-config.js';
import { runInit, renderConfig } from '../../src/cli/init.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const FIXTURES = path.join(ROOT, 'fixtures/policies');
let temp: string;

function run(args: string[], cwd: string, input?: string) {
  // stdin is a pipe (or closed): not a terminal, so init must ask nothing and not wait.
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', input: input ?? '', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const project = tempProjects('init');

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const CONFIG = 'policylint.config.yaml';

beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it)');
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-init-'));
});

describe('policylint init', () => {
  it('writes a commented config that loads, with the languages found and the footer partial', async () => {
    const dir = project({
      'policies/en/customer-service.md': fixture('en/customer-service.md'),
      'policies/refunds.md': '---\nlang: en\n---\n# Refunds\n',
      'policies/ta/policy.md': '# வாடிக்கையாளர் சேவை கொள்கை\n\nமின்னஞ்சல் மூலம் புகார் அளிக்கலாம்.\n',
      '_includes/footer.html': '<footer><a href="/privacy/">Privacy</a></footer>\n',
    });
    const result = run(['init'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Wrote ${CONFIG}:`);
    expect(result.stdout).toContain('language  auto (languages found: en (2), ta (1))');
    expect(result.stdout).toContain('footer    _includes/footer.html');

    const text = fs.readFileSync(path.join(dir, CONFIG), 'utf8');
    expect(text).toContain('# languages found: en (2), ta (1)\nlanguage: auto\n');
    expect(text).toContain('settings:\n');
    expect(text).toContain('  footer:\n    - _includes/footer.html\n');
    // Every key is explained: the file opens with comments and each block starts with one.
    expect(text.split('\n').filter((l) => l.startsWith('#')).length).toBeGreaterThan(15);
    expect(parseYaml(text)).toEqual({ extends: ['policylint:recommended'], language: 'auto', settings: { footer: ['_includes/footer.html'] } });

    const config = await loadConfig({ cwd: dir });
    expect(config.filePath).toBe(path.join(dir, CONFIG));
    expect(config.language).toBe('auto');
    expect(config.settings.footer).toEqual([path.join(dir, '_includes/footer.html')]);
    expect(Object.keys(config.rules)).toEqual(['privacy-statement-present', 'complaint-process-defined', 'escalation-list-ordered', 'policy-linked-from-footer']);

    // And policylint runs with it.
    const lint = run(['--format', 'json'], dir);
    expect(lint.stderr).toBe('');
    expect([0, 1]).toContain(lint.code);
  });

  it('sets the language when every document is in one, and comments the footer out when there is none', async () => {
    const dir = project({
      'a.md': '---\nlang: th\n---\n# นโยบาย\n',
      'b.md': '# นโยบายการบริการลูกค้า\n\nติดต่อเราทางอีเมล\n',
      'node_modules/x/readme.md': '# English readme\n',
    });
    expect(run(['init', '--yes'], dir).code).toBe(0);
    const text = fs.readFileSync(path.join(dir, CONFIG), 'utf8');
    expect(text).toContain('# languages found: th (2)\nlanguage: th\n');
    expect(text).toContain('# No footer partial was found');
    expect(text).toContain('# settings:\n#   footer:\n#     - _includes/footer.html\n');
    expect(parseYaml(text)).toEqual({ extends: ['policylint:recommended'], language: 'th' });
    const config = await loadConfig({ cwd: dir });
    expect(config.language).toBe('th');
    expect(config.settings).toEqual({});
  });

  it('works in an empty folder', async () => {
    const dir = project();
    const result = run(['init'], dir);
    expect(result.code).toBe(0);
    const text = fs.readFileSync(path.join(dir, CONFIG), 'utf8');
    expect(text).toContain('# No Markdown documents were found here');
    await expect(loadConfig({ cwd: dir })).resolves.toMatchObject({ language: 'auto' });
  });

  it('never overwrites a config: names it, writes nothing, exits with 2', () => {
    for (const name of ['policylint.config.yaml', '.policylintrc.json', 'policylint.config.mjs']) {
      const content = name.endsWith('.json') ? '{"rules": {}}\n' : name.endsWith('.mjs') ? 'export default {};\n' : 'language: en\n';
      const dir = project({ [name]: content, 'a.md': '# A\n' });
      const result = run(['init', '--yes'], dir);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`policylint: ${name} already exists in this folder; policylint init never overwrites a config. Edit it, or remove it and run policylint init again.\n`);
      expect(fs.readFileSync(path.join(dir, name), 'utf8')).toBe(content);
      expect(fs.readdirSync(dir).sort()).toEqual([name, 'a.md'].sort());
    }
  });

  it('asks nothing when stdin is not a terminal, even with answers waiting on it', () => {
    const dir = project({ 'a.md': '# Refunds\n' });
    const result = run(['init'], dir, 'y\ny\n');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/\?/);
    const text = fs.readFileSync(path.join(dir, CONFIG), 'utf8');
    expect(text).toContain('# frontmatter:\n');
    expect(parseYaml(text)).not.toHaveProperty('frontmatter');
  });

  it('rejects unknown options and prints its help', () => {
    const dir = project();
    const bad = run(['init', '--force'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^policylint: Unknown option '--force'.*Run policylint init --help/);
    expect(fs.existsSync(path.join(dir, CONFIG))).toBe(false);
    const help = run(['init', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: policylint init [--yes]');
    expect(run(['--help'], dir).stdout).toContain('policylint init [--yes]');
  });

  it('on a terminal asks for the footer and about frontmatter checks', async () => {
    const dir = project({ 'site/footer.html': '<footer></footer>\n', 'policy.md': '# Policy\n' });
    const questions: string[] = [];
    const answers = ['site/footer.html', 'y'];
    const out: string[] = [];
    const code = await runInit([], { cwd: dir, isTTY: true, stdout: (t) => out.push(t), stderr: (t) => out.push(t) }, {
      interactive: true,
      ask: async (question) => {
        questions.push(question);
        return answers.shift() ?? '';
      },
    });
    expect(code).toBe(0);
    expect(questions).toEqual([
      'Site footer partial that links your policies (empty: none): ',
      "Check each document's frontmatter (title, owner, dates) with the default schema? [y/N] ",
    ]);
    const text = fs.readFileSync(path.join(dir, CONFIG), 'utf8');
    expect(parseYaml(text)).toMatchObject({ settings: { footer: ['site/footer.html'] }, frontmatter: { files: ['**/*.md'] } });
    const config = await loadConfig({ cwd: dir });
    expect(config.rules['frontmatter-schema']).toEqual({ severity: 2, options: { files: ['**/*.md'] } });

    // --yes skips the questions.
    const other = project();
    const asked: string[] = [];
    await runInit(['--yes'], { cwd: other, isTTY: true, stdout: () => undefined, stderr: () => undefined }, { interactive: true, ask: async (q) => (asked.push(q), '') });
    expect(asked).toEqual([]);
  });

  it('quotes paths that YAML would misread', () => {
    const text = renderConfig({ survey: { counts: [], unknown: 0, found: 0, read: 0 }, footers: ['_includes/footer #1.html'], frontmatter: false });
    expect(parseYaml(text)).toMatchObject({ settings: { footer: ['_includes/footer #1.html'] } });
  });
});
