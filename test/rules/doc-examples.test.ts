/**
 * Every rule's documentation examples run as tests (the remark-lint way), so
 * the docs cannot drift from what the rule does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { builtInRules } from '../../rules/index.js';
import { applyFixes } from '../../src/engine/apply-fixes.js';
import { readDocExamples } from './doc-examples.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED_LANGUAGES = ['en', 'ta', 'ur', 'th', 'hy'];
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-docs-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

let counter = 0;

for (const rule of builtInRules) {
  const id = rule.meta.id;
  const docPath = path.join(ROOT, 'rules', `${id}.md`);

  describe(`${id} documentation`, () => {
    it('has a page with valid and invalid examples in English, Tamil, Urdu, Thai and Armenian', () => {
      expect(fs.existsSync(docPath), `${docPath} is missing`).toBe(true);
      const examples = readDocExamples(docPath);
      expect(examples.some((e) => e.valid)).toBe(true);
      expect(examples.some((e) => !e.valid)).toBe(true);
      const languages = new Set(examples.map((e) => e.language ?? 'en'));
      for (const language of SEED_LANGUAGES) expect([...languages], `${id}: no example in ${language}`).toContain(language);
      expect(rule.meta.url.endsWith(`rules/${id}.md`)).toBe(true);
    });

    const examples = fs.existsSync(docPath) ? readDocExamples(docPath) : [];
    for (const example of examples) {
      it(`${example.valid ? 'valid' : 'invalid'} (line ${example.line}): ${example.title}`, async () => {
        const dir = path.join(temp, `example-${counter++}`);
        for (const [file, content] of Object.entries({ ...example.files, [example.filePath]: example.markdown })) {
          fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
          fs.writeFileSync(path.join(dir, file), content);
        }
        const [result] = await lint([example.filePath], {
          cwd: dir,
          config: { rules: { [id]: ['error', example.options ?? {}] }, settings: example.settings ?? {} },
        });
        expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
        if (example.language !== undefined) expect(result!.language.split('-')[0]).toBe(example.language);
        const found = result!.messages.filter((m) => m.ruleId === id).map((m) => `${m.line}:${m.column} ${m.messageId}`);
        expect(found).toEqual(example.expected);
        if (example.fixed !== undefined) expect(applyFixes(example.markdown, result!.messages).output).toBe(example.fixed);
      });
    }
  });
}
