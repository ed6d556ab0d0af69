/**
 * The rule catalogue: docs/rules/README.md is what `--list-rules --format
 * markdown` prints, presets name only real rules, and every rule that reads
 * language data has it in English and the four languages of the source documents.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCatalogMarkdown, renderCatalogText, ruleCatalog } from '../../src/rule-catalog.js';
import { getPreset, presetNames } from '../../src/config/presets.js';
import { builtInRules } from '../../rules/index.js';
import { runCli } from '../../src/cli/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED_LANGUAGES = ['en', 'ta', 'ur', 'th', 'hy'];

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(args, { cwd: ROOT, isTTY: false, env: {}, stdout: (text) => (out += text), stderr: () => {} });
  return { code, out };
}

describe('rule catalogue', () => {
  const catalog = ruleCatalog();

  it('docs/rules/README.md is up to date (npm run docs:rules)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'docs/rules/README.md'), 'utf8')).toBe(renderCatalogMarkdown(catalog));
  });

  it('lists every built-in rule once', () => {
    expect(catalog.map((entry) => entry.id)).toEqual(builtInRules.map((rule) => rule.meta.id));
    expect(new Set(catalog.map((entry) => entry.id)).size).toBe(catalog.length);
  });

  it('presets name only built-in rules, and every rule is in a preset besides all', () => {
    const ids = new Set(builtInRules.map((rule) => rule.meta.id));
    for (const name of presetNames()) {
      for (const id of Object.keys(getPreset(name.replace('policylint:', ''))?.rules ?? {})) expect(ids.has(id), `${name} names ${id}`).toBe(true);
    }
    for (const entry of catalog) if (entry.id !== 'frontmatter-schema') expect(entry.presets.length, entry.id).toBeGreaterThan(0);
  });

  it.each(ruleCatalog().filter((entry) => entry.languages !== null).map((entry) => [entry.id, entry.languages!]))(
    '%s has its terms in en, ta, ur, th and hy',
    (_id, languages) => {
      expect(languages).toEqual(expect.arrayContaining(SEED_LANGUAGES));
    },
  );

  it('--list-rules prints the catalogue as text, JSON or Markdown', async () => {
    const text = await cli(['--list-rules']);
    expect(text.code).toBe(0);
    expect(text.out).toBe(renderCatalogText(catalog));
    expect(text.out).toContain('escalation-list-ordered (fixable)');
    const json = await cli(['--list-rules', '--format', 'json']);
    expect(JSON.parse(json.out)).toEqual(JSON.parse(JSON.stringify(catalog)));
    expect((await cli(['--list-rules', '--format', 'markdown'])).out).toBe(renderCatalogMarkdown(catalog));
  });
});
