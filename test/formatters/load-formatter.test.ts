/** Custom formatters: `--format ./path.js`, an absolute path, or an npm package name resolved from the cwd. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { formatters } from '../../src/formatters/index.js';
import { isFormatterPath, loadFormatter } from '../../src/formatters/load-formatter.js';
import { CWD, RESULTS, RULES } from './result-set.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const CONTEXT = { cwd: CWD, color: false, rules: RULES };
let temp: string;

beforeAll(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-formatter-'));
  // An ESM-only package (no `require` target), and a CommonJS one with `main`, in the project's node_modules.
  const esm = path.join(temp, 'project/node_modules/policylint-formatter-esm');
  fs.mkdirSync(path.join(esm, 'lib'), { recursive: true });
  fs.writeFileSync(path.join(esm, 'package.json'), JSON.stringify({ name: 'policylint-formatter-esm', type: 'module', exports: { '.': { import: './lib/index.js' } } }));
  fs.writeFileSync(path.join(esm, 'lib/index.js'), 'export default (results) => `esm package: ${results.length}\\n`;\n');
  const cjs = path.join(temp, 'project/node_modules/@acme/policylint-formatter');
  fs.mkdirSync(cjs, { recursive: true });
  fs.writeFileSync(path.join(cjs, 'package.json'), JSON.stringify({ name: '@acme/policylint-formatter', main: 'main.js' }));
  fs.writeFileSync(path.join(cjs, 'main.js'), 'exports.default = (results) => `scoped package: ${results.length}\\n`;\n');
  fs.mkdirSync(path.join(temp, 'project/docs'), { recursive: true });
});
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

async function failure(name: string, cwd = FIXTURES): Promise<UsageError> {
  try {
    const format = await loadFormatter(name, cwd);
    await format(RESULTS, CONTEXT);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    return error as UsageError;
  }
  throw new Error(`${name} loaded and ran`);
}

describe('loadFormatter', () => {
  it('returns the built-in formatters by name', async () => {
    for (const name of Object.keys(formatters)) expect(await loadFormatter(name, FIXTURES)).toBe(formatters[name]);
  });

  it('loads a relative path, an absolute path and a CommonJS module, and awaits a promise', async () => {
    const custom = await loadFormatter('./custom.mjs', FIXTURES);
    const output = await custom(RESULTS, CONTEXT);
    expect(output.split('\n').slice(0, 3)).toEqual([
      'custom: 5 files',
      'docs/en/refunds, returns.md:7:1 fatal',
      'docs/en/refunds, returns.md:8:1 complaint-process-defined <https://github.com/policylint/policylint/blob/main/rules/complaint-process-defined.md>',
    ]);
    expect(await (await loadFormatter(path.join(FIXTURES, 'async.mjs'), '/')) (RESULTS, CONTEXT)).toBe('async: 5\n');
    expect(await (await loadFormatter('commonjs.cjs', FIXTURES))(RESULTS, CONTEXT)).toBe('commonjs: 5\n');
  });

  it('resolves npm package names from the working directory and the folders above it', async () => {
    const project = path.join(temp, 'project');
    expect(await (await loadFormatter('policylint-formatter-esm', project))(RESULTS, CONTEXT)).toBe('esm package: 5\n');
    expect(await (await loadFormatter('@acme/policylint-formatter', path.join(project, 'docs')))(RESULTS, CONTEXT)).toBe('scoped package: 5\n');
  });

  it('tells paths from package names', () => {
    expect(['./f.js', '../f.mjs', '/abs/f', 'f.cjs', 'reports/f.js', 'C:\\f'].map(isFormatterPath)).toEqual([true, true, true, true, true, true]);
    expect(['stylish', 'policylint-formatter-x', '@org/formatter', 'pkg/sub'].map(isFormatterPath)).toEqual([false, false, false, false]);
  });

  it('turns every failure into a UsageError that names the format and the file', async () => {
    const missing = await failure('./nope.js');
    expect(missing.message).toBe(`Cannot load the formatter "./nope.js": there is no file ${path.join(FIXTURES, 'nope.js')}.`);

    const unknown = await failure('stylsh');
    expect(unknown.message).toMatch(/^Unknown format "stylsh"\. Use one of: stylish, json, sarif, github, junit, markdown; or a formatter module: a path such as \.\/my-formatter\.js, or an npm package installed in /);

    const notFunction = await failure('./not-a-function.mjs');
    expect(notFunction.message).toBe(`The formatter "./not-a-function.mjs" (${path.join(FIXTURES, 'not-a-function.mjs')}) must have a function as its default export, (results, context) => string; found an object.`);
    expect((await failure('./no-default.mjs')).message).toMatch(/no-default\.mjs\) must have a function as its default export, .*; found nothing\.$/);

    expect((await failure('./throws.mjs')).message).toBe(`The formatter "./throws.mjs" (${path.join(FIXTURES, 'throws.mjs')}) failed: cannot format today.`);
    expect((await failure('./returns-number.mjs')).message).toMatch(/returns-number\.mjs\) returned a number, not a string\.$/);
    expect((await failure('./syntax-error.mjs')).message).toMatch(/^Cannot load the formatter "\.\/syntax-error\.mjs" \(.*syntax-error\.mjs\): /);
    expect((await failure('./')).message).toMatch(/^Cannot load the formatter "\.\/": there is no file /);
  });
});
