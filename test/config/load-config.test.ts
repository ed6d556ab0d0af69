import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configError } from '../support/config-error.js';
import { tempProjects } from '../support/temp-project.js';
import { loadConfig, findConfigFile } from '../../src/config/load-config.js';


const project = tempProjects('config');


describe('loadConfig', () => {
  it('uses the recommended preset when there is no config', async () => {
    const config = await loadConfig({ cwd: project({ 'a.md': '' }) });
    expect(config.filePath).toBeNull();
    expect(Object.entries(config.rules).map(([id, r]) => [id, r.severity])).toEqual([
      ['privacy-statement-present', 2],
      ['complaint-process-defined', 2],
      ['escalation-list-ordered', 2],
      ['policy-linked-from-footer', 2],
    ]);
    expect(config.rules['complaint-process-defined']!.options).toEqual({ require: ['channel', 'next-steps'], minSteps: 2 });
  });

  it('finds the nearest config upward and resolves settings paths against it', async () => {
    const dir = project({ 'policylint.config.yml': 'settings:\n  footer: site/footer.html\n  siteRoot: site\n', 'docs/deep/a.md': '' });
    const cwd = path.join(dir, 'docs/deep');
    expect(findConfigFile(cwd)).toBe(path.join(dir, 'policylint.config.yml'));
    const config = await loadConfig({ cwd });
    expect(config.settings).toEqual({ footer: [path.join(dir, 'site/footer.html')], siteRoot: path.join(dir, 'site') });
    expect(config.rules['privacy-statement-present']).toBeDefined();
    expect((await loadConfig({ cwd, noConfig: true })).filePath).toBeNull();
  });

  it('loads ES module configs and relative extends; a bare severity keeps earlier options', async () => {
    const dir = project({
      'base.yaml': 'rules:\n  complaint-process-defined: [error, {minSteps: 3}]\n  escalation-list-ordered: error\n',
      'policylint.config.mjs': "export default { extends: ['./base.yaml'], language: 'ta', rules: { 'complaint-process-defined': 'warn' } };\n",
    });
    const config = await loadConfig({ cwd: dir });
    expect(config.language).toBe('ta');
    expect(config.rules['complaint-process-defined']).toEqual({ severity: 1, options: { require: ['channel', 'next-steps'], minSteps: 3 } });
    expect(Object.keys(config.rules)).toEqual(['complaint-process-defined', 'escalation-list-ordered']);
  });

  it('applies rule overrides last and validates them', async () => {
    const dir = project({ '.policylintrc.json': '{"extends": "policylint:all"}' });
    const config = await loadConfig({ cwd: dir, ruleOverrides: { 'escalation-list-ordered': ['warn', { checkOrder: false }] } });
    expect(config.rules['escalation-list-ordered']).toEqual({ severity: 1, options: { requireList: true, checkOrder: false } });
    const error = await configError(loadConfig({ cwd: dir, ruleOverrides: { 'escalation-list-ordered': ['warn', { checkOrder: 'yes' }] } }));
    expect(error.message).toBe('invalid options for rule "escalation-list-ordered": options.checkOrder: must be boolean');
  });

  it('overrides extend presets for their files only, before their own rules', async () => {
    const dir = project({
      'policylint.config.yaml': 'extends: policylint:recommended\noverrides:\n  - files: privacy/**\n    extends: policylint:privacy\n    rules:\n      privacy-retention-period: warn\n',
    });
    const privacy = await loadConfig({ cwd: dir, filePath: 'privacy/notice.md' });
    expect(privacy.rules['privacy-retention-period']?.severity).toBe(1);
    expect(privacy.rules['privacy-statement-present']?.severity).toBe(2);
    const other = await loadConfig({ cwd: dir, filePath: 'service.md' });
    expect(other.rules['privacy-retention-period']).toBeUndefined();
    const unknown = project({ 'policylint.config.yaml': 'overrides:\n  - files: a.md\n    extends: policylint:nope\n' });
    expect((await configError(loadConfig({ cwd: unknown, filePath: 'a.md' }))).message).toMatch(/unknown preset "policylint:nope" in extends/);
  });

  it('names the file and the problem for every mistake', async () => {
    const cycle = project({ 'policylint.config.yaml': 'extends: ./a.yaml\n', 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n' });
    expect((await configError(loadConfig({ cwd: cycle }))).message).toBe(`${path.join(cycle, 'b.yaml')}: extends forms a cycle: policylint.config.yaml -> a.yaml -> b.yaml -> a.yaml`);
    const unknownKey = project({ 'policylint.config.json': '{"rulez": {}}' });
    expect((await configError(loadConfig({ cwd: unknownKey }))).message).toBe(`${path.join(unknownKey, 'policylint.config.json')}: config: unknown property "rulez"`);
    const badLanguage = project({ 'policylint.config.json': '{"language": "Tamil language"}' });
    expect((await configError(loadConfig({ cwd: badLanguage }))).message).toMatch(/config\.language: must match pattern/);
    const badUrl = project({ 'policylint.config.json': '{"settings": {"baseUrl": "not a url"}}' });
    expect((await configError(loadConfig({ cwd: badUrl }))).message).toMatch(/config\.settings\.baseUrl: must match format "uri"/);
    const npmExtends = project({ 'policylint.config.json': '{"extends": "policylint-config-acme"}' });
    expect((await configError(loadConfig({ cwd: npmExtends }))).message).toMatch(/cannot extend "policylint-config-acme"/);
    const brokenModule = project({ 'policylint.config.js': 'export default {;\n' });
    expect((await configError(loadConfig({ cwd: brokenModule }))).message).toMatch(/policylint\.config\.js: cannot load the config module: /);
  });
});
