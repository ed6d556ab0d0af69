/**
 * Formatters through the built CLI (`node dist/cli.js`, built by `npx tsup --silent`):
 * `--format sarif` (schema-valid, rule metadata), `github`, `junit -o`, and
 * custom formatters loaded by path, with their errors as exit code 2.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const FIXTURES = path.join(ROOT, 'fixtures/policies');
const FORMATTER_FIXTURES = path.join(ROOT, 'test/formatters/fixtures');
const QUIET_FOOTER = 'rules:\n  policy-linked-from-footer: off\nextends: ["policylint:recommended"]\n';
let dir: string;

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_WORKSPACE: '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npx tsup --silent` (npm test does it)');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-formatters-cli-'));
  const files: Record<string, string | Buffer> = {
    'policylint.config.yaml': QUIET_FOOTER,
    'en/bad.md': fs.readFileSync(path.join(FIXTURES, 'en/bad-customer-service.md')),
    'ur/خدمت.md': fs.readFileSync(path.join(FIXTURES, 'ur/customer-service.md')),
    'custom.mjs': fs.readFileSync(path.join(FORMATTER_FIXTURES, 'custom.mjs')),
    'throws.mjs': fs.readFileSync(path.join(FORMATTER_FIXTURES, 'throws.mjs')),
  };
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('policylint --format', () => {
  it('sarif: a schema-valid SARIF 2.1.0 log with rule metadata and relative URIs', () => {
    const { code, stdout, stderr } = run(['--format', 'sarif', 'en', 'ur']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const log = JSON.parse(stdout) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri?: string }> } }; results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }>; columnKind: string }>;
    };
    expect(ajv.validate(schema, log), JSON.stringify(ajv.errors)).toBe(true);
    const [sarifRun] = log.runs;
    expect(sarifRun!.columnKind).toBe('utf16CodeUnits');
    expect(sarifRun!.tool.driver.rules.find((r) => r.id === 'complaint-process-defined')?.helpUri).toMatch(/^https:\/\/.*complaint-process-defined\.md$/);
    expect(sarifRun!.results.length).toBe(5);
    expect(new Set(sarifRun!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set(['en/bad.md']));
    expect(sarifRun!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
  });

  it('github: workflow commands with paths relative to GITHUB_WORKSPACE', () => {
    const { code, stdout } = run(['--format', 'github', 'en/bad.md'], { GITHUB_WORKSPACE: path.dirname(dir) });
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(new RegExp(`^::error file=${path.basename(dir)}/en/bad\\.md,line=5,col=1,endLine=5,endColumn=\\d+,title=complaint-process-defined::`));
  });

  it('junit with -o: the report goes to the file', () => {
    const { code, stdout } = run(['--format', 'junit', '-o', 'report.xml', 'en', 'ur']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const xml = fs.readFileSync(path.join(dir, 'report.xml'), 'utf8');
    expect(xml).toContain('<testsuite name="policylint" tests="2" failures="1" errors="0"');
    expect(xml).toContain('<testcase classname="policylint" name="ur/خدمت.md" file="ur/خدمت.md" time="0"/>');
  });

  it('./custom.mjs: a custom formatter module, given the rule metadata', () => {
    const { code, stdout, stderr } = run(['--format', './custom.mjs', 'en', 'ur']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('custom: 2 files');
    expect(lines[1]).toBe(`${path.join('en', 'bad.md')}:5:1 complaint-process-defined <https://github.com/policylint/policylint/blob/main/rules/complaint-process-defined.md>`);
  });

  it('a missing or failing custom formatter is a usage error (exit 2) that names it', () => {
    const missing = run(['--format', './missing.mjs', 'en']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^policylint: Cannot load the formatter "\.\/missing\.mjs": there is no file \/.*missing\.mjs\.\n$/);
    const throws = run(['--format', './throws.mjs', 'en']);
    expect(throws).toMatchObject({ code: 2, stdout: '' });
    expect(throws.stderr).toMatch(/^policylint: The formatter "\.\/throws\.mjs" \(.*throws\.mjs\) failed: cannot format today\.\n$/);
    const unknown = run(['--format', 'sariff', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^policylint: Unknown format "sariff"\. Use one of: stylish, json, sarif, github, junit, markdown; /);
  });

  it('lists the formats in --help', () => {
    expect(run(['--help']).stdout).toContain('stylish (default), json, sarif, github,\n                            junit, markdown, or a formatter module');
  });
});
