import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProjects } from '../support/temp-project.js';
import { lint } from '../../src/lint.js';
import { loadConfig } from '../../src/config/load-config.js';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');

const project = tempProjects('cascade');

const BARE = '# Service\n\nHello.\n';

async function summary(dir: string, patterns: string[] = []) {
  const results = await lint(patterns, { cwd: dir });
  return Object.fromEntries(results.map((r) => [path.relative(dir, r.filePath).split(path.sep).join('/'), r.messages.map((m) => `${m.ruleId}:${m.severity}`).sort()]));
}

describe('config cascade, overrides and ignores', () => {
  it('applies the nearest config on top of the ones above it, and root: true stops the search', async () => {
    const dir = project({
      'policylint.config.yaml': 'rules:\n  privacy-statement-present: error\n  complaint-process-defined: error\n',
      'a.md': BARE,
      'team/.policylintrc.yaml': 'rules:\n  complaint-process-defined: warn\n',
      'team/b.md': BARE,
      'isolated/policylint.config.json': '{"root": true, "rules": {"escalation-list-ordered": "error"}}',
      'isolated/c.md': BARE,
    });
    expect(await summary(dir)).toEqual({
      'a.md': ['complaint-process-defined:2', 'privacy-statement-present:2'],
      'team/b.md': ['complaint-process-defined:1', 'privacy-statement-present:2'],
      'isolated/c.md': [],
    });
  });

  it('applies overrides by glob, with excludedFiles, and changes settings and language', async () => {
    const dir = project({
      'policylint.config.yaml': [
        'rules:',
        '  privacy-statement-present: error',
        'overrides:',
        '  - files: ["internal/**"]',
        '    excludedFiles: ["internal/public-*.md"]',
        '    rules:',
        '      privacy-statement-present: off',
        '  - files: "*.legacy.md"',
        '    language: ta',
        '',
      ].join('\n'),
      'a.md': BARE,
      'internal/runbook.md': BARE,
      'internal/public-faq.md': BARE,
      'old.legacy.md': BARE,
    });
    expect(await summary(dir)).toEqual({
      'a.md': ['privacy-statement-present:2'],
      'internal/public-faq.md': ['privacy-statement-present:2'],
      'internal/runbook.md': [],
      'old.legacy.md': ['privacy-statement-present:2'],
    });
    expect((await loadConfig({ cwd: dir, filePath: 'old.legacy.md' })).language).toBe('ta');
    expect((await loadConfig({ cwd: dir })).language).toBe('auto');
  });

  it('leaves out what config ignores and .policylintignore name', async () => {
    const dir = project({
      'policylint.config.yaml': 'ignores: ["drafts/", "*.tmp.md"]\nrules:\n  privacy-statement-present: error\n',
      '.policylintignore': '# vendored\nthird-party/\n',
      'a.md': BARE,
      'b.tmp.md': BARE,
      'drafts/x.md': BARE,
      'third-party/y.md': BARE,
    });
    expect(Object.keys(await summary(dir))).toEqual(['a.md']);
  });

  it('names the file and the path for a bad override', async () => {
    const dir = project({ 'policylint.config.yaml': 'overrides:\n  - rules: {}\n' });
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(`${path.join(dir, 'policylint.config.yaml')}: config.overrides.0: missing required property "files"`);
  });

  it('--print-config prints the config that applies to a file', () => {
    const dir = project({
      'policylint.config.yaml': 'rules:\n  privacy-statement-present: error\noverrides:\n  - files: ["ta/**"]\n    language: ta\n    rules:\n      complaint-process-defined: [warn, {minSteps: 3}]\n',
      'ta/a.md': BARE,
    });
    const result = spawnSync(process.execPath, [CLI, '--print-config', 'ta/a.md'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      configFile: path.join(dir, 'policylint.config.yaml'),
      language: 'ta',
      rules: {
        'privacy-statement-present': ['error', { acceptLinks: true }],
        'complaint-process-defined': ['warn', { require: ['channel', 'next-steps'], minSteps: 3 }],
      },
      settings: {},
    });
  });
});
