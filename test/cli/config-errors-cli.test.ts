/** Malformed configs stop the built CLI with exit code 2 and one line naming the file, the place and the problem. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-config-errors-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));
let counter = 0;

function run(files: Record<string, string>) {
  const dir = path.join(temp, `p${counter++}`);
  for (const [name, content] of Object.entries({ 'a.md': '# Policy\n', ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  const result = spawnSync(process.execPath, [CLI], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.replaceAll(dir, '.') };
}

const CASES: Array<[string, Record<string, string>, string]> = [
  ['bad YAML', { 'policylint.config.yaml': 'rules: [oops\n' }, './policylint.config.yaml: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1'],
  ['a wrong type', { 'policylint.config.yaml': 'extends: 3\n' }, './policylint.config.yaml: config.extends: must be string; config.extends: must be array'],
  ['an unknown key', { 'policylint.config.yaml': 'rulez: {}\n' }, './policylint.config.yaml: config: unknown property "rulez"'],
  ['an unknown preset', { 'policylint.config.yaml': 'extends: ["policylint:strict"]\n' }, './policylint.config.yaml: unknown preset "policylint:strict" in extends (built-in presets: policylint:recommended, policylint:customer-service, policylint:complaints-iso10002, policylint:privacy, policylint:privacy-caloppa, policylint:privacy-ccpa, policylint:consumer-eu-uk, policylint:all)'],
  ['cyclic extends', { 'policylint.config.yaml': 'extends: ./a.yaml\n', 'a.yaml': 'extends: ./policylint.config.yaml\n' }, './a.yaml: extends forms a cycle: policylint.config.yaml -> a.yaml -> policylint.config.yaml'],
  ['a bad glob', { 'policylint.config.yaml': 'ignores: ["drafts/[old"]\n' }, './policylint.config.yaml: config.ignores.0: the pattern "drafts/[old" cannot be used: a "[" is not closed'],
  ['a brace glob', { 'policylint.config.yaml': 'overrides:\n  - files: "*.{md,markdown}"\n    rules: {}\n' }, './policylint.config.yaml: config.overrides.0.files.0: the pattern "*.{md,markdown}" cannot be used: braces ({a,b}) are not supported: list each pattern on its own'],
  [
    'a catastrophic regex',
    { 'policylint.config.yaml': 'rules:\n  acme/slow:\n    severity: error\n    forbid-pattern: "(\\\\w+\\\\s?)+$"\n' },
    './policylint.config.yaml: rules.acme/slow.forbid-pattern: the pattern "(\\w+\\s?)+$" could take forever on some texts: a repeated group contains another repetition (nested quantifiers such as (a+)+). Rewrite it without the nested repetition.',
  ],
  ['an unknown rule', { 'policylint.config.yaml': 'rules:\n  escalation-list-orderd: error\n' }, './policylint.config.yaml: unknown rule "escalation-list-orderd" (did you mean "escalation-list-ordered"?)'],
  ['bad rule options', { 'policylint.config.yaml': 'rules:\n  escalation-list-ordered: [error, {checkOrder: "yes"}]\n' }, './policylint.config.yaml: invalid options for rule "escalation-list-ordered": options.checkOrder: must be boolean'],
];

describe('malformed configs', () => {
  for (const [name, files, message] of CASES) {
    it(`stops on ${name}`, () => {
      expect(run(files)).toEqual({ code: 2, stdout: '', stderr: `policylint: ${message}\n` });
    });
  }
});
