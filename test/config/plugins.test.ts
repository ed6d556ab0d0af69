import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProjects } from '../support/temp-project.js';
import { lint } from '../../src/lint.js';
import { loadConfig } from '../../src/config/load-config.js';

const PROJECT = path.resolve(import.meta.dirname, '../../fixtures/plugin-project');

const project = tempProjects('plugins');

describe('plugins and shareable configs', () => {
  it('loads an npm shareable config that brings a plugin, its preset and a declarative rule', async () => {
    const config = await loadConfig({ cwd: PROJECT });
    expect(Object.entries(config.rules).map(([id, r]) => [id, r.severity, r.options])).toEqual([
      ['privacy-statement-present', 2, { acceptLinks: true }],
      ['complaint-process-defined', 2, { require: ['channel', 'next-steps'], minSteps: 2 }],
      ['escalation-list-ordered', 2, { requireList: true, checkOrder: true }],
      ['policy-linked-from-footer', 0, {}],
      ['acme/response-time-limit', 2, { maxDays: 7 }],
      ['acme/refund-window', 2, {}],
    ]);
    const results = await lint(['policies'], { cwd: PROJECT });
    const found = results.map((r) => [path.basename(r.filePath), r.language, r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)]);
    expect(found).toEqual([
      ['service.md', 'en', [
        '5:51 acme/response-time-limit The complaints section promises an answer in 14 days; ACME answers within 7 days.',
        '10:1 acme/refund-window State the refund window in days.',
      ]],
      // Tamil: the plugin rule reads "௫ வேலை நாட்கள்" (5 working days) through the shared text layer.
      ['service.ta.md', 'ta', []],
    ]);
  });

  it('awaits a rule\'s prepare() once, and only when a config enables the rule', async () => {
    const rule = (id: string) =>
      `'${id}': { meta: { id: '${id}', type: 'problem', description: 'd', url: 'https://example.com', fixable: false, schema: { type: 'object' }, defaultOptions: {}, messages: { state: '{{state}}' } }, async prepare() { await new Promise((r) => setTimeout(r, 5)); globalThis.prepared = (globalThis.prepared ?? []).concat('${id}'); }, check(context) { context.report({ messageId: 'state', data: { state: String(globalThis.prepared) } }); } }`;
    const dir = project({
      'plugins/slow.mjs': `export default { name: 'slow', rules: { ${rule('on')}, ${rule('off')} } };\n`,
      'policylint.config.json': JSON.stringify({ plugins: ['./plugins/slow.mjs'], rules: { 'slow/on': 'warn', 'slow/off': 'off' } }),
      'a.md': '# Policy\n',
      'b.md': '# Policy\n',
    });
    const results = await lint(['a.md', 'b.md'], { cwd: dir, concurrency: 'off' });
    expect(results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'slow/on').map((m) => m.message))).toEqual(['on', 'on']);
  });

  it('stops with the rule\'s name when its prepare() fails', async () => {
    const dir = project({
      'plugins/broken.mjs': `export default { name: 'broken', rules: { lib: { meta: { id: 'lib', type: 'problem', description: 'd', url: 'https://example.com', fixable: false, schema: { type: 'object' }, defaultOptions: {}, messages: {} }, async prepare() { throw new Error('Cannot find package "heavy-lib"'); }, check() {} } } };\n`,
      'policylint.config.json': JSON.stringify({ plugins: ['./plugins/broken.mjs'], rules: { 'broken/lib': 'error' } }),
      'a.md': '# Policy\n',
    });
    await expect(lint(['a.md'], { cwd: dir, concurrency: 'off' })).rejects.toThrow('rule "broken/lib" cannot load what it needs: Cannot find package "heavy-lib"');
  });

  it('loads a local plugin by relative path and names its rules with its prefix', async () => {
    const dir = project({
      'plugins/house.mjs': `export default { name: 'house', rules: { 'no-lorem': { meta: { id: 'no-lorem', type: 'problem', description: 'No placeholder text.', url: 'https://example.com', fixable: false, schema: { type: 'object' }, defaultOptions: {}, messages: { lorem: 'Placeholder text left in the policy.' } }, check(context) { for (const m of context.text.findPattern(/lorem ipsum/g)) context.report({ messageId: 'lorem', at: context.document.rangeOf(m) }); } } } };\n`,
      'policylint.config.json': JSON.stringify({ plugins: ['./plugins/house.mjs'], rules: { 'house/no-lorem': 'warn' } }),
      'a.md': '# Policy\n\nLorem  Ipsum dolor.\n',
    });
    const [result] = await lint(['a.md'], { cwd: dir });
    expect(result!.messages).toEqual([expect.objectContaining({ ruleId: 'house/no-lorem', severity: 1, line: 3, column: 1, endColumn: 13 })]);
  });

  it('names the config file and the plugin in every mistake', async () => {
    const missing = project({ 'policylint.config.json': '{"plugins": ["nothing"]}' });
    await expect(loadConfig({ cwd: missing })).rejects.toThrow(`${path.join(missing, 'policylint.config.json')}: plugin "nothing" is not installed: run npm install --save-dev policylint-plugin-nothing`);
    const bad = project({ 'bad.mjs': 'export default { name: "bad", rules: { x: { meta: { messages: {} } } } };\n', 'policylint.config.json': '{"plugins": ["./bad.mjs"]}' });
    await expect(loadConfig({ cwd: bad })).rejects.toThrow('plugin "./bad.mjs" is not a policylint plugin: its rule "x" has no check function');
    const noConfig = project({ 'p.mjs': 'export default { name: "p", rules: {} };\n', 'policylint.config.json': '{"plugins": ["./p.mjs"], "extends": ["plugin:./p.mjs/strict"]}' });
    await expect(loadConfig({ cwd: noConfig })).rejects.toThrow('plugin "./p.mjs" has no config "strict" (it has: none)');
    const unknownRule = project({ 'p.mjs': 'export default { name: "p", rules: {} };\n', 'policylint.config.json': '{"plugins": ["./p.mjs"], "rules": {"p/missing": "error"}}' });
    await expect(loadConfig({ cwd: unknownRule })).rejects.toThrow('unknown rule "p/missing"');
  });
});
