/**
 * `policylint/remark`: the rules inside a unified pipeline, reported as vfile
 * messages (ruleId, source, place, url, fatal) on the tree the pipeline parsed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import remarkPolicylint from '../../src/remark.js';
import { lintText } from '../../src/lint.js';
import { docsUrl } from '../../src/rule-kit.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const QUIET_FOOTER = { extends: ['policylint:recommended'], rules: { 'policy-linked-from-footer': 'off' as const } };
let temp: string;

beforeAll(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-remark-'));
});
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const TAMIL_NO_CHANNEL = [
  '---',
  'title: வாடிக்கையாளர் சேவை கொள்கை',
  '---',
  '# வாடிக்கையாளர் சேவை கொள்கை',
  '',
  '## புகார்கள்',
  '',
  'ஒவ்வொரு புகாரும் ௫ வேலை நாட்களுக்குள் தீர்க்கப்படும்.',
  '',
  '## தனியுரிமை',
  '',
  'உங்கள் தனிப்பட்ட தகவல்களை உங்கள் கோரிக்கைக்கு பதிலளிக்க மட்டுமே பயன்படுத்துகிறோம்.',
  '',
].join('\n');

function pipeline(options?: Parameters<typeof remarkPolicylint>[0]) {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkPolicylint, options).use(remarkStringify);
}

describe('remark plugin', () => {
  it('reports a Tamil document’s problems with rule ids, places, urls and source', async () => {
    const file = await pipeline({ config: QUIET_FOOTER, cwd: temp }).process(new VFile({ path: path.join(temp, 'policy.ta.md'), value: TAMIL_NO_CHANNEL }));
    const [result] = await lintText(TAMIL_NO_CHANNEL, { filePath: path.join(temp, 'policy.ta.md'), config: QUIET_FOOTER, cwd: temp });
    expect(result!.messages.length).toBeGreaterThan(0);
    // Exactly what the library reports, message for message.
    expect(
      file.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, reason: m.reason })),
    ).toEqual(result!.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, reason: m.message })));
    const noChannel = file.messages.find((m) => m.ruleId === 'complaint-process-defined');
    expect(noChannel).toBeDefined();
    expect(noChannel).toMatchObject({
      source: 'policylint',
      fatal: true,
      url: docsUrl('complaint-process-defined'),
      line: 6,
      column: 1,
      place: { start: { line: 6, column: 1 }, end: { line: 6, column: '## புகார்கள்'.length + 1 } },
    });
    expect(noChannel!.reason).toContain('புகார்கள்');
    expect(String(file)).toContain('## புகார்கள்'); // the document goes on through the pipeline unchanged
  });

  it('reports an English document; warnings are not fatal', async () => {
    const bad = fs.readFileSync(path.join(ROOT, 'fixtures/policies/en/bad-customer-service.md'), 'utf8');
    const file = await pipeline({ rules: { 'escalation-list-ordered': 'warn', 'policy-linked-from-footer': 'off' }, noConfig: true, cwd: temp }).process(
      new VFile({ path: path.join(temp, 'bad.md'), value: bad }),
    );
    const summary = file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}`);
    expect(summary).toEqual([
      '5:1 error complaint-process-defined',
      '5:1 error complaint-process-defined',
      '11:1 warning escalation-list-ordered',
      '12:1 warning escalation-list-ordered',
      '15:1 error privacy-statement-present',
    ]);
    for (const message of file.messages) {
      expect(message.source).toBe('policylint');
      expect(message.url).toBe(docsUrl(message.ruleId!));
      expect(message.file).toBe(path.join(temp, 'bad.md'));
    }
  });

  it('uses the tree the pipeline parsed, not a second parse', async () => {
    let seen: Root | undefined;
    const processor = unified()
      .use(remarkParse)
      .use(remarkFrontmatter)
      .use(() => (tree: Root) => {
        // A plugin before policylint removes the privacy section: policylint sees that tree.
        const index = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2 && JSON.stringify(node).includes('தனியுரிமை'));
        tree.children.splice(index, 2);
        seen = tree;
      })
      .use(remarkPolicylint, { config: QUIET_FOOTER, cwd: temp })
      .use(remarkStringify);
    const file = await processor.process(new VFile({ path: path.join(temp, 'policy.ta.md'), value: TAMIL_NO_CHANNEL }));
    expect(seen).toBeDefined();
    expect(file.messages.map((m) => m.ruleId)).toContain('privacy-statement-present');
  });

  it('re-parses when the pipeline did not parse frontmatter, so positions stay right', async () => {
    const file = await unified().use(remarkParse).use(remarkPolicylint, { config: QUIET_FOOTER, cwd: temp }).use(remarkStringify).process(new VFile({ path: path.join(temp, 'policy.ta.md'), value: TAMIL_NO_CHANNEL }));
    const noChannel = file.messages.find((m) => m.ruleId === 'complaint-process-defined');
    expect(noChannel).toMatchObject({ line: 6, column: 1 });
  });

  it('counts positions after a byte order mark as the library does', async () => {
    const file = await pipeline({ config: QUIET_FOOTER, cwd: temp }).process(new VFile({ path: path.join(temp, 'policy.ta.md'), value: `\uFEFF${TAMIL_NO_CHANNEL}` }));
    expect(file.messages.find((m) => m.ruleId === 'complaint-process-defined')).toMatchObject({ line: 6, column: 1 });
  });

  it('reads a file whose value is bytes', async () => {
    const file = await pipeline({ config: QUIET_FOOTER, cwd: temp }).process(new VFile({ path: path.join(temp, 'policy.ta.md'), value: new TextEncoder().encode(TAMIL_NO_CHANNEL) }));
    expect(file.messages.find((m) => m.ruleId === 'complaint-process-defined')).toMatchObject({ line: 6, column: 1 });
  });

  it('finds the config file from cwd once per plugin instance, and a bad config fails the file', async () => {
    const dir = path.join(temp, 'configured');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'policylint.config.yaml'), 'rules:\n  complaint-process-defined: warn\n');
    const processor = pipeline({ cwd: dir });
    const one = await processor.process(new VFile({ path: path.join(dir, 'a.ta.md'), value: TAMIL_NO_CHANNEL }));
    expect(one.messages.map((m) => `${m.ruleId} ${m.fatal}`)).toEqual(['complaint-process-defined false']);
    // The config is read once: a change after the first file does not apply to this processor.
    fs.writeFileSync(path.join(dir, 'policylint.config.yaml'), 'rules:\n  complaint-process-defined: off\n');
    const two = await processor.process(new VFile({ path: path.join(dir, 'b.ta.md'), value: TAMIL_NO_CHANNEL }));
    expect(two.messages.map((m) => m.ruleId)).toEqual(['complaint-process-defined']);

    fs.writeFileSync(path.join(dir, 'policylint.config.yaml'), 'rules:\n  complaint-proces-defined: warn\n');
    await expect(pipeline({ cwd: dir }).process(new VFile({ path: path.join(dir, 'c.md'), value: '# Hi\n' }))).rejects.toMatchObject({
      source: 'policylint',
      fatal: true,
      reason: expect.stringContaining('unknown rule "complaint-proces-defined" (did you mean "complaint-process-defined"?)'),
    });
  });

  it('shows run-level messages about the config file at the top of the file', async () => {
    const dir = path.join(temp, 'footer');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'policylint.config.yaml'), 'extends: ["policylint:recommended"]\n');
    const good = fs.readFileSync(path.join(ROOT, 'fixtures/policies/en/customer-service.md'), 'utf8');
    const file = await pipeline({ cwd: dir }).process(new VFile({ path: path.join(dir, 'good.md'), value: good }));
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]).toMatchObject({ ruleId: 'policy-linked-from-footer', fatal: false, line: 1, column: 1, url: docsUrl('policy-linked-from-footer') });
    expect(file.messages[0]!.reason.startsWith('policylint.config.yaml: No site footer was found')).toBe(true);
  });
});
