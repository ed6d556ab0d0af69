/**
 * The built CLI, run as a user runs it: a spawned `node dist/cli.js` on real
 * files, checking exit codes, stdout, stderr and the JSON shape.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const FIXTURES = path.join(ROOT, 'fixtures/policies');
let temp: string;

function run(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(dir: string, files: Record<string, string | Buffer>): string {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function project(name: string, files: Record<string, string | Buffer>): string {
  return write(path.join(temp, name), files);
}

const GOOD = fs.readFileSync(path.join(FIXTURES, 'en/customer-service.md'), 'utf8');
/** No footer is configured in these projects: the footer rule's setup advice is a warning, turned off here. */
const QUIET_FOOTER = 'rules:\n  policy-linked-from-footer: off\nextends: ["policylint:recommended"]\n';

beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it)');
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-cli-'));
});
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('policylint CLI', () => {
  it('prints its version and help', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: policylint [options] [paths or globs...]');
  });

  it('exits 0 on a good policy and 1 with stylish output on a bad one', () => {
    const dir = project('good-bad', { 'policylint.config.yaml': QUIET_FOOTER, 'good.md': GOOD, 'bad.md': fs.readFileSync(path.join(FIXTURES, 'en/bad-customer-service.md')) });
    const good = run(['good.md'], dir);
    expect(good).toMatchObject({ code: 0, stderr: '' });
    expect(good.stdout).toBe('✔ No problems in 1 file checked.\n');
    const bad = run(['bad.md'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout.split('\n')).toEqual([
      'bad.md',
      expect.stringMatching(/^ {2}5:1 {3}error {4}The complaints section "Complaints" does not say how to complain\..* {2}complaint-process-defined$/),
      expect.stringMatching(/^ {2}5:1 {3}error {4}The complaints section "Complaints" does not say what happens next\..* {2}complaint-process-defined$/),
      expect.stringMatching(/^ {2}11:1 {2}error {4}The escalation list under "Escalation" is a bullet list\..* {2}escalation-list-ordered$/),
      expect.stringMatching(/^ {2}12:1 {2}error {4}Escalation step 2 "Speak to an agent\." goes down from step 1 "Speak to the manager\." \(role: manager before agent\)\..* {2}escalation-list-ordered$/),
      expect.stringMatching(/^ {2}15:1 {2}error {4}The privacy section "Privacy" is empty\..* {2}privacy-statement-present$/),
      '',
      '✖ 5 problems (5 errors, 0 warnings) in 1 file checked',
      '  1 problem can be fixed with the --fix option.',
      '',
    ]);
  });

  it('prints the JSON shape with positions, languages and fix data', () => {
    const dir = project('json', { 'policylint.config.yaml': QUIET_FOOTER, 'bad.md': fs.readFileSync(path.join(FIXTURES, 'en/bad-customer-service.md')), 'ta/good.md': fs.readFileSync(path.join(FIXTURES, 'ta/customer-service.md')) });
    const { code, stdout } = run(['--format', 'json'], dir);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as Array<Record<string, unknown> & { messages: Array<Record<string, unknown>> }>;
    expect(results.map((r) => [path.relative(dir, r.filePath as string), r.language, r.errorCount])).toEqual([
      ['bad.md', 'en', 5],
      [path.join('ta', 'good.md'), 'ta', 0],
    ]);
    expect(Object.keys(results[0]!).sort()).toEqual(['errorCount', 'fatalErrorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'language', 'messages', 'warningCount']);
    const bullet = results[0]!.messages.find((m) => m.messageId === 'notOrdered')!;
    expect(bullet).toMatchObject({ ruleId: 'escalation-list-ordered', severity: 2, line: 11, column: 1, endLine: 11, endColumn: 2 });
    expect(bullet.fix).toEqual({ range: [expect.any(Number), expect.any(Number)], text: '1. Speak to the manager.\n2. Speak to an agent.\n3.' });
  });

  it('reports the missing footer once per run, as a warning', () => {
    const dir = project('footer', { 'a.md': GOOD, 'b.md': GOOD });
    const { code, stdout } = run(['--format', 'json'], dir);
    expect(code).toBe(0);
    const messages = (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string; severity: number }> }>).flatMap((r) => r.messages);
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'policy-linked-from-footer', severity: 1 })]);
    expect(run(['--max-warnings', '0'], dir).code).toBe(1);
    expect(run(['--quiet'], dir).stdout).toBe('✔ No problems in 2 files checked.\n');
  });

  it('applies --rule over the config', () => {
    const dir = project('rule-flag', { 'policylint.config.yaml': QUIET_FOOTER, 'bad.md': '# Service\n\nHello.\n' });
    expect(run(['bad.md'], dir).code).toBe(1);
    expect(run(['bad.md', '--rule', 'privacy-statement-present: off', '--rule', 'complaint-process-defined: warn'], dir).code).toBe(0);
    const withOptions = run(['bad.md', '--format', 'json', '--rule', 'complaint-process-defined: [warn, {require: [channel]}]'], dir);
    expect(withOptions.code).toBe(1);
    expect(run(['bad.md', '--rule', 'no-such-rule: error'], dir)).toMatchObject({ code: 2, stderr: 'policylint: unknown rule "no-such-rule"\n' });
  });

  it('stops with exit 2 and a clear message on config mistakes', () => {
    const unknownRule = project('config-unknown-rule', { 'policylint.config.yaml': 'rules:\n  privacy-statment-present: error\n', 'a.md': GOOD });
    expect(run([], unknownRule)).toEqual({ code: 2, stdout: '', stderr: `policylint: ${path.join(unknownRule, 'policylint.config.yaml')}: unknown rule "privacy-statment-present" (did you mean "privacy-statement-present"?)\n` });
    const badOptions = project('config-bad-options', { '.policylintrc.json': '{"rules": {"complaint-process-defined": ["error", {"minSteps": 0, "colour": 1}]}}', 'a.md': GOOD });
    expect(run([], badOptions).stderr).toBe(
      `policylint: ${path.join(badOptions, '.policylintrc.json')}: invalid options for rule "complaint-process-defined": options: unknown property "colour"; options.minSteps: must be >= 1\n`,
    );
    const badYaml = project('config-bad-yaml', { 'policylint.config.yml': 'rules: [unclosed\n', 'a.md': GOOD });
    expect(run([], badYaml)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^policylint: .*policylint\.config\.yml: invalid YAML: /) });
    const badSeverity = project('config-bad-severity', { 'policylint.config.json': '{"rules": {"escalation-list-ordered": "critical"}}', 'a.md': GOOD });
    expect(run([], badSeverity).stderr).toBe(`policylint: ${path.join(badSeverity, 'policylint.config.json')}: config.rules.escalation-list-ordered: must be one of "off", "warn", "error", 0, 1, 2\n`);
    const unknownPreset = project('config-bad-preset', { 'policylint.config.yaml': 'extends: policylint:strictest\n', 'a.md': GOOD });
    expect(run([], unknownPreset).stderr).toContain('unknown preset "policylint:strictest" in extends (built-in presets: policylint:recommended, policylint:customer-service, policylint:complaints-iso10002, policylint:privacy, policylint:privacy-caloppa, policylint:privacy-ccpa, policylint:consumer-eu-uk, policylint:all)');
    expect(run(['--config', 'missing.yaml'], unknownPreset)).toMatchObject({ code: 2, stderr: `policylint: ${path.join(unknownPreset, 'missing.yaml')}: config file not found\n` });
  });

  it('stops with exit 2 on usage mistakes, without a stack trace', () => {
    expect(run(['no/such/dir'])).toMatchObject({ code: 2, stderr: 'policylint: No such file or folder: no/such/dir\n' });
    expect(run(['--format', 'xml', 'fixtures'])).toMatchObject({ code: 2, stderr: `policylint: Unknown format "xml". Use one of: stylish, json, sarif, github, junit, markdown; or a formatter module: a path such as ./my-formatter.js, or an npm package installed in ${ROOT}.\n` });
    expect(run(['--max-warnings', 'many'])).toMatchObject({ code: 2, stderr: 'policylint: --max-warnings takes a whole number, not "many".\n' });
    expect(run(['--bogus']).stderr).not.toMatch(/\n\s+at /);
  });

  it('gives an unreadable file a fatal message and lints the others', () => {
    const dir = project('bad-files', {
      'policylint.config.yaml': QUIET_FOOTER,
      'good.md': GOOD,
      'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'latin1.md': Buffer.from('# Caf\xe9\n', 'latin1'),
      'broken-frontmatter.md': '---\ntitle: [oops\n---\n# x\n',
      'utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]),
    });
    const { code, stdout } = run(['--format', 'json'], dir);
    expect(code).toBe(1);
    const byName = Object.fromEntries((JSON.parse(stdout) as Array<{ filePath: string; fatalErrorCount: number; errorCount: number; messages: Array<{ message: string; line: number }> }>).map((r) => [path.basename(r.filePath), r]));
    expect(byName['binary.md']!.messages).toEqual([{ ruleId: null, severity: 2, fatal: true, message: 'This is a binary file, not a text document (it contains NUL bytes).', line: 1, column: 1 }]);
    expect(byName['latin1.md']!.messages[0]!.message).toBe('The file is not valid UTF-8 (first invalid byte at offset 5). Save it as UTF-8.');
    expect(byName['broken-frontmatter.md']!.messages[0]).toMatchObject({ fatal: true, line: 2, message: expect.stringMatching(/^Frontmatter is not valid YAML/) });
    expect(byName['good.md']!.errorCount).toBe(0);
    expect(byName['utf16.md']!.errorCount).toBe(0);
  });

  it('searches folders for Markdown, skipping node_modules, .git and .gitignore', () => {
    const dir = project('discovery', {
      'policylint.config.yaml': QUIET_FOOTER,
      '.gitignore': 'drafts/\n',
      'docs/a.md': GOOD,
      'docs/b.markdown': GOOD,
      'docs/notes.txt': 'not markdown',
      'drafts/c.md': '# draft\n',
      'node_modules/pkg/README.md': '# x\n',
      'docs/sub/.gitignore': 'secret.md\n',
      'docs/sub/secret.md': '# x\n',
    });
    const files = (JSON.parse(run(['--format', 'json'], dir).stdout) as Array<{ filePath: string }>).map((r) => path.relative(dir, r.filePath));
    expect(files).toEqual([path.join('docs', 'a.md'), path.join('docs', 'b.markdown')]);
    const all = (JSON.parse(run(['--format', 'json', '--no-gitignore'], dir).stdout) as Array<{ filePath: string }>).map((r) => path.relative(dir, r.filePath));
    expect(all).toContain(path.join('drafts', 'c.md'));
    expect(run(['--format', 'json', 'docs/*.md'], dir).stdout).toContain('a.md');
  });

  it('lints the shipped fixtures in all five seed languages without fatal errors', () => {
    const { code, stdout } = run(['--format', 'json', '--rule', 'policy-linked-from-footer: off', 'fixtures/policies']);
    const results = JSON.parse(stdout) as Array<{ filePath: string; language: string; errorCount: number; fatalErrorCount: number }>;
    expect(code).toBe(1);
    expect(Object.fromEntries(results.map((r) => [path.relative(FIXTURES, r.filePath), [r.language, r.errorCount]]))).toEqual({
      [path.join('en', 'bad-customer-service.md')]: ['en', 5],
      [path.join('en', 'customer-service.md')]: ['en', 0],
      [path.join('hy', 'customer-service.md')]: ['hy', 0],
      [path.join('ta', 'customer-service.md')]: ['ta', 0],
      [path.join('th', 'customer-service.md')]: ['th', 0],
      [path.join('ur', 'customer-service.md')]: ['ur', 0],
    });
  });

  it('writes the report to --output-file and nothing to stdout', () => {
    const dir = project('output', { 'policylint.config.yaml': QUIET_FOOTER, 'a.md': GOOD });
    expect(run(['-f', 'json', '-o', 'out/report.json'], dir).code).toBe(2);
    fs.mkdirSync(path.join(dir, 'out'));
    expect(run(['-f', 'json', '-o', 'out/report.json'], dir)).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out/report.json'), 'utf8'))).toHaveLength(1);
  });
});
