/**
 * frontmatter-schema: the default schema, user schemas (draft-07, 2019-09,
 * 2020-12), exact line:column of each problem in YAML (nested keys, list
 * items, multi-line values, flow mappings), TOML best effort, `files` globs,
 * the config's `frontmatter` key, and broken schema files as ConfigErrors.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configError } from '../support/config-error.js';
import { normaliseFrontmatterValue } from '../../rules/frontmatter-schema.js';
import { lint, lintText } from '../../src/lint.js';
import { loadConfig } from '../../src/config/load-config.js';
import { ConfigError } from '../../src/errors.js';
import { buildDocument } from '../../src/model/build-document.js';
import type { ConfigInput, LintMessage } from '../../src/types.js';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-frontmatter-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));
let counter = 0;

function project(files: Record<string, string> = {}): string {
  const dir = path.join(temp, `p${counter++}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const ONLY_RULE: ConfigInput = { rules: { 'frontmatter-schema': 'error' } };

function summary(messages: LintMessage[]): string[] {
  return messages.filter((m) => m.ruleId === 'frontmatter-schema').map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.messageId} ${m.message}`);
}

function positions(messages: LintMessage[]): string[] {
  return messages.filter((m) => m.ruleId === 'frontmatter-schema').map((m) => `${m.line}:${m.column} ${m.messageId}`);
}

async function check(text: string, config: ConfigInput = ONLY_RULE, cwd = project(), filePath = 'policy.md'): Promise<LintMessage[]> {
  const [result] = await lintText(text, { cwd, config, filePath });
  expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
  return result!.messages;
}


const GOOD = `---
title: Refund policy
lang: en
owner: Customer Care
effective_date: 2024-03-01
last_reviewed: "2025-01-15"
version: 3
applies_to: [web, stores]
---

# Refund policy
`;

describe('frontmatter-schema with the default schema', () => {
  it('accepts complete metadata, quoted and unquoted dates, owner as a mapping, applies_to as text', async () => {
    expect(summary(await check(GOOD))).toEqual([]);
    const mapping = `---\ntitle: சேவை கொள்கை\nlang: ta\nowner:\n  name: வாடிக்கையாளர் சேவை\n  email: care@example.com\neffective_date: '2024-03-01'\nversion: "1.2"\napplies_to: online\n---\n`;
    expect(summary(await check(mapping))).toEqual([]);
  });

  it('reports missing required keys at the opening fence, and a document without frontmatter once', async () => {
    expect(summary(await check('---\nlang: en\n---\n# Refunds\n'))).toEqual([
      '1:1-1:4 missingKey The frontmatter is missing "effective_date", which is required.',
      '1:1-1:4 missingKey The frontmatter is missing "owner", which is required.',
      '1:1-1:4 missingKey The frontmatter is missing "title", which is required.',
    ]);
    expect(summary(await check('# Refunds\n\nText.\n'))).toEqual([
      '1:1-1:1 noFrontmatter No frontmatter: start the document with a --- block that has "title", "owner", "effective_date".',
    ]);
  });

  it('reports wrong types and bad formats at the value, in plain words', async () => {
    const text = `---
title: 42
lang: English language
owner: 7
effective_date: last spring
last_reviewed: 2024-02-30
version: [1, 2]
applies_to: {web: true}
---
`;
    expect(summary(await check(text))).toEqual([
      '2:8-2:10 invalidValue Frontmatter "title" must be a title (text); found 42.',
      '3:7-3:23 invalidValue Frontmatter "lang" must be a BCP-47 language tag such as en, ta or pt-BR; found "English language".',
      '4:8-4:9 invalidValue Frontmatter "owner" must be a name (text) or a mapping with name and email; found 7.',
      '5:17-5:28 invalidValue Frontmatter "effective_date" must be a date (YYYY-MM-DD); found "last spring".',
      '6:16-6:26 invalidValue Frontmatter "last_reviewed" must be a date (YYYY-MM-DD); found "2024-02-30".',
      '7:10-7:16 invalidValue Frontmatter "version" must be a version (text or a number); found a list of 2.',
      '8:13-8:24 invalidValue Frontmatter "applies_to" must be text or a list of text; found a mapping.',
    ]);
  });

  it('points into nested mappings, list items, flow mappings and multi-line values', async () => {
    const text = `---
title: >-
  Customer service
  policy
owner:
  name: Care team
  email: not-an-email
  url: "/relative/only"
effective_date: 2024-01-01
applies_to:
  - web
  - 3
  - stores
---
`;
    expect(summary(await check(text))).toEqual([
      '7:10-7:22 invalidValue Frontmatter "owner.email" must be an e-mail address; found "not-an-email".',
      '8:8-8:24 invalidValue Frontmatter "owner.url" must be an absolute URI (https://…); found "/relative/only".',
      '12:5-12:6 invalidValue Frontmatter "applies_to" item 2 must be text; found 3.',
    ]);
    const flow = `---\ntitle: Refunds\nowner: {name: Ana, email: "ana at example"}\neffective_date: 2024-01-01\n---\n`;
    expect(summary(await check(flow))).toEqual([
      '3:27-3:43 invalidValue Frontmatter "owner.email" must be an e-mail address; found "ana at example".',
    ]);
    // A required key missing inside a mapping is reported at the mapping's key.
    const nested = `---\ntitle: Refunds\neffective_date: 2024-01-01\nowner:\n  email: care@example.com\n---\n`;
    expect(summary(await check(nested))).toEqual(['4:1-4:6 missingKey Frontmatter "owner" is missing "name", which is required.']);
  });

  it('points at the value of a multi-line scalar, its first line', async () => {
    const text = `---\ntitle: Refunds\nowner: Care\neffective_date: |\n  2024-01-01\n  or later\n---\n`;
    expect(positions(await check(text))).toEqual(['4:17 invalidValue']);
    const plain = `---\ntitle: Refunds\nowner: Care\neffective_date: the first\n  of March\n---\n`;
    const [message] = (await check(plain)).filter((m) => m.ruleId === 'frontmatter-schema');
    expect(message).toMatchObject({ line: 4, column: 17, endLine: 5, endColumn: 11, message: 'Frontmatter "effective_date" must be a date (YYYY-MM-DD); found "the first of March".' });
  });

  it('counts lines from the top of the file (BOM, CRLF, text after the block)', async () => {
    const text = '\uFEFF---\r\ntitle: Refunds\r\nowner: Care\r\neffective_date: soon\r\n---\r\n\r\n# Refunds\r\n';
    expect(positions(await check(text))).toEqual(['4:17 invalidValue']);
  });

  it('adds keys from the `required` option, on top of the schema', async () => {
    const config: ConfigInput = { rules: { 'frontmatter-schema': ['error', { required: ['last_reviewed', 'title'] }] } };
    expect(positions(await check(GOOD.replace(/last_reviewed.*\n/, ''), config))).toEqual(['1:1 missingKey']);
    expect(summary(await check(GOOD.replace(/last_reviewed.*\n/, ''), config))[0]).toContain('"last_reviewed"');
  });

  it('reads TOML frontmatter, dates included, and points at the line of the key', async () => {
    const good = `+++\ntitle = "Refunds"\nowner = "Care"\neffective_date = 2024-01-15\n+++\n`;
    expect(summary(await check(good))).toEqual([]);
    const bad = `+++\ntitle = "Refunds"\neffective_date = "someday"\n\n[owner]\nname = "Care"\nemail = "nobody"\n+++\n`;
    expect(positions(await check(bad))).toEqual(['3:18 invalidValue', '7:9 invalidValue']);
  });
});

describe('frontmatter-schema with a user schema', () => {
  const SCHEMA = JSON.stringify({
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    required: ['title', 'policy_url', 'reviewers'],
    additionalProperties: false,
    properties: {
      title: { type: 'string' },
      policy_url: { type: 'string', format: 'uri' },
      status: { enum: ['draft', 'published'] },
      reviewers: { type: 'array', minItems: 1, items: { type: 'object', required: ['email'], properties: { email: { format: 'email' } } } },
    },
  });

  it('resolves the schema against the config file and reports each error at its key or value', async () => {
    const dir = project({
      'config/policy.schema.json': SCHEMA,
      'policylint.config.yaml': 'frontmatter:\n  schema: ./config/policy.schema.json\n',
      'policy.md': '---\ntitle: Privacy\npolicy_url: not a url\nstatus: final\nreviewers:\n  - email: ok@example.com\n  - name: Somchai\nextra: 1\n---\n',
    });
    const [result] = await lint(['policy.md'], { cwd: dir });
    expect(summary(result!.messages)).toEqual([
      '3:13-3:22 invalidValue Frontmatter "policy_url" must be an absolute URI (https://…); found "not a url".',
      '4:9-4:14 invalidValue Frontmatter "status" must be one of "draft", "published"; found "final".',
      '7:5-7:18 missingKey Frontmatter "reviewers" item 2 is missing "email", which is required.',
      '8:1-8:6 unknownKey The frontmatter has the key "extra", which the schema does not allow.',
    ]);
    // Only the frontmatter rule runs: the `frontmatter` key turns it on at error without touching the preset.
    const config = await loadConfig({ cwd: dir });
    expect(config.rules['frontmatter-schema']).toEqual({ severity: 2, options: { schema: path.join(dir, 'config/policy.schema.json') } });
    expect(config.rules['privacy-statement-present']?.severity).toBe(2);
  });

  it('uses 2019-09 and 2020-12 schemas with the matching ajv', async () => {
    const dir = project({
      '2020.json': JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { tags: { type: 'array', prefixItems: [{ const: 'policy' }] } }, unevaluatedProperties: false }),
      '2019.json': JSON.stringify({ $schema: 'https://json-schema.org/draft/2019-09/schema', type: 'object', properties: { owner: { type: 'string' } }, dependentRequired: { owner: ['title'] } }),
    });
    const in2020 = await check('---\ntags: [faq]\nother: 1\n---\n', { rules: { 'frontmatter-schema': ['error', { schema: '2020.json' }] } }, dir);
    expect(positions(in2020)).toEqual(['2:8 invalidValue', '3:1 unknownKey']);
    const in2019 = await check('---\nowner: Care\n---\n', { rules: { 'frontmatter-schema': ['error', { schema: '2019.json' }] } }, dir);
    expect(summary(in2019)).toEqual(['1:1-1:4 missingKey The frontmatter is missing "title", which is required.']);
    fs.writeFileSync(path.join(dir, '06.json'), JSON.stringify({ $schema: 'http://json-schema.org/draft-06/schema#', properties: { version: { type: 'integer', exclusiveMinimum: 0 } } }));
    const in06 = await check('---\nversion: 0\n---\n', { rules: { 'frontmatter-schema': ['error', { schema: '06.json' }] } }, dir);
    expect(summary(in06)).toEqual(['2:10-2:11 invalidValue Frontmatter "version" must be more than 0; found 0.']);
  });

  it('applies to the documents its `files` globs match (gitignore syntax, from the project root)', async () => {
    const bad = '---\ntitle: 1\n---\n';
    const dir = project({
      'policylint.config.yaml': 'extends: ["policylint:recommended"]\nrules:\n  privacy-statement-present: off\n  complaint-process-defined: off\n  escalation-list-ordered: off\n  policy-linked-from-footer: off\nfrontmatter:\n  files: ["policies/**/*.md", "!policies/drafts/**"]\n',
      'policies/refunds.md': bad,
      'policies/ta/privacy.md': bad,
      'policies/drafts/new.md': bad,
      'README.md': bad,
    });
    const results = await lint([], { cwd: dir });
    const flagged = results.filter((r) => r.messages.some((m) => m.ruleId === 'frontmatter-schema')).map((r) => path.relative(dir, r.filePath).split(path.sep).join('/'));
    expect(flagged).toEqual(['policies/refunds.md', 'policies/ta/privacy.md']);
  });

  it('keeps the severity the same config file gives the rule', async () => {
    const dir = project({ 'policylint.config.yaml': 'rules:\n  frontmatter-schema: warn\nfrontmatter:\n  required: [owner]\n' });
    const config = await loadConfig({ cwd: dir });
    expect(config.rules['frontmatter-schema']).toEqual({ severity: 1, options: { required: ['owner'] } });
  });

  it('is in policylint:all but not in policylint:recommended', async () => {
    const all = await loadConfig({ config: { extends: 'policylint:all' }, cwd: project() });
    expect(all.rules['frontmatter-schema']?.severity).toBe(2);
    const recommended = await loadConfig({ config: { extends: 'policylint:recommended' }, cwd: project() });
    expect(recommended.rules['frontmatter-schema']).toBeUndefined();
  });
});

describe('broken frontmatter schemas stop the run before any document is read', () => {
  it('names the schema file and the problem', async () => {
    const dir = project({
      'bad-json.json': '{\n  "type": "object",\n  "properties": {,}\n}\n',
      'bad-schema.json': JSON.stringify({ type: 'object', properties: { title: { type: 'text' } } }),
      'bad-format.json': JSON.stringify({ properties: { d: { type: 'string', format: 'data' } } }),
      'draft4.json': JSON.stringify({ $schema: 'http://json-schema.org/draft-04/schema#' }),
      'ref.json': JSON.stringify({ properties: { owner: { $ref: './owner.json' } } }),
      'list.json': '[]',
      'policylint.config.yaml': 'frontmatter:\n  schema: ./missing.json\n',
    });
    const config = path.join(dir, 'policylint.config.yaml');
    const missing = await configError(loadConfig({ cwd: dir }));
    expect(missing.message).toBe(`${path.join(dir, 'missing.json')}: frontmatter schema file not found (frontmatter schema of ${config})`);

    const load = (schema: string) => loadConfig({ cwd: dir, config: { rules: { 'frontmatter-schema': ['error', { schema }] } } });
    expect((await configError(load('bad-json.json'))).message).toMatch(new RegExp(`^${escape(path.join(dir, 'bad-json.json'))}: invalid JSON: .*\\(line 3, column 18\\)$`));
    expect((await configError(load('bad-schema.json'))).message).toBe(`${path.join(dir, 'bad-schema.json')}: not a valid JSON Schema: at /properties/title/type: must be equal to one of the allowed values; at /properties/title/type: must be array`);
    expect((await configError(load('bad-format.json'))).message).toMatch(/bad-format\.json: unknown format "data" in schema at path "#\/properties\/d"; known formats include date/);
    expect((await configError(load('draft4.json'))).message).toMatch(/draft4\.json: "\$schema": "http:\/\/json-schema.org\/draft-04\/schema#" is not supported/);
    expect((await configError(load('ref.json'))).message).toMatch(/ref\.json: can't resolve reference \.\/owner\.json: a frontmatter schema must be one file/);
    expect((await configError(load('list.json'))).message).toMatch(/list\.json: not a JSON Schema: the file must hold a JSON object/);
    expect((await configError(load('.'))).message).toMatch(/the frontmatter schema is a folder/);
    // A rule turned off does not need its schema.
    await expect(loadConfig({ cwd: dir, config: { rules: { 'frontmatter-schema': ['off', { schema: 'missing.json' }] } } })).resolves.toBeDefined();
  });

  it('rejects unknown keys under `frontmatter` in the config', async () => {
    const dir = project({ 'policylint.config.json': '{"frontmatter": {"schemas": "x.json"}}' });
    expect((await configError(loadConfig({ cwd: dir }))).message).toBe(`${path.join(dir, 'policylint.config.json')}: config.frontmatter: unknown property "schemas"`);
  });

  it('recompiles a schema whose file changed', async () => {
    const dir = project({ 's.json': JSON.stringify({ properties: { title: { type: 'number' } } }) });
    const config: ConfigInput = { rules: { 'frontmatter-schema': ['error', { schema: 's.json' }] } };
    expect(positions(await check('---\ntitle: Refunds\n---\n', config, dir))).toEqual(['2:8 invalidValue']);
    fs.writeFileSync(path.join(dir, 's.json'), JSON.stringify({ properties: { title: { type: 'string' } } }));
    expect(positions(await check('---\ntitle: Refunds\n---\n', config, dir))).toEqual([]);
  });
});

describe('frontmatter values as JSON Schema sees them', () => {
  it('turns dates into YYYY-MM-DD strings and date-times into ISO strings, deeply', () => {
    expect(normaliseFrontmatterValue({ a: new Date('2024-01-15T00:00:00Z'), b: [new Date('2024-01-15T10:30:00Z')], c: { d: 'x' } })).toEqual({
      a: '2024-01-15',
      b: ['2024-01-15T10:30:00.000Z'],
      c: { d: 'x' },
    });
  });

  it('gives the range of nested paths in YAML frontmatter', () => {
    const source = '---\nowner:\n  email: a@b.c\nlist:\n  - one\n  - two\nempty:\n---\n';
    const { document } = buildDocument(source, { filePath: '/x/a.md', root: '/x' });
    const fm = document.frontmatter!;
    expect(fm.rangeAt(['owner', 'email'])).toMatchObject({ start: { line: 3, column: 10 }, end: { line: 3, column: 15 } });
    expect(fm.rangeAt(['owner', 'email'], 'key')).toMatchObject({ start: { line: 3, column: 3 }, end: { line: 3, column: 8 } });
    expect(fm.rangeAt(['list', 1])).toMatchObject({ start: { line: 6, column: 5 }, end: { line: 6, column: 8 } });
    expect(fm.rangeAt(['list', '0'], 'key')).toMatchObject({ start: { line: 5, column: 5 } });
    expect(fm.rangeAt(['empty'])).toMatchObject({ start: { line: 7, column: 1 }, end: { line: 7, column: 6 } });
    expect(fm.rangeAt(['owner', 'name'])).toBeUndefined();
    expect(fm.rangeAt([])).toEqual(fm.range);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('frontmatter schemas through the built CLI', () => {
  const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');
  const run = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it.skipIf(!fs.existsSync(CLI))('exits 1 with frontmatter errors and 2 with a broken schema, naming the file', () => {
    const config = 'extends: ["policylint:all"]\nrules:\n  privacy-statement-present: off\n  complaint-process-defined: off\n  escalation-list-ordered: off\n  policy-linked-from-footer: off\n';
    const dir = project({ 'policylint.config.yaml': config, 'policy.md': '---\ntitle: Refunds\nowner: Care\neffective_date: soon\n---\n' });
    const bad = run(['policy.md'], dir);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('4:17  error    Frontmatter "effective_date" must be a date (YYYY-MM-DD); found "soon".  frontmatter-schema');
    fs.writeFileSync(path.join(dir, 'policylint.config.yaml'), `${config}frontmatter:\n  schema: schemas/policy.json\n`);
    fs.mkdirSync(path.join(dir, 'schemas'));
    fs.writeFileSync(path.join(dir, 'schemas/policy.json'), '{"type": "object",}');
    const broken = run(['policy.md'], dir);
    expect(broken.status).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(new RegExp(`^policylint: ${escape(path.join(dir, 'schemas/policy.json'))}: invalid JSON: .*\\(line 1, column 19\\) \\(frontmatter schema of ${escape(path.join(dir, 'policylint.config.yaml'))}\\)\n$`));
  });
});
