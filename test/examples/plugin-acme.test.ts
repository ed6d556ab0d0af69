/**
 * The worked plugin example, installed as a user would have it: policylint and
 * the plugin in a project's node_modules, named in its config.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
let project: string;

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist/index.js'))) throw new Error('dist/ is missing: run npm run build (npm test does it)');
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-plugin-example-'));
  fs.mkdirSync(path.join(project, 'node_modules'));
  fs.symlinkSync(ROOT, path.join(project, 'node_modules/policylint'), 'dir');
  fs.cpSync(path.join(ROOT, 'examples/plugin-acme'), path.join(project, 'node_modules/policylint-plugin-acme'), { recursive: true });
  fs.writeFileSync(
    path.join(project, 'policylint.config.yaml'),
    'extends: ["plugin:acme/recommended"]\nplugins: [acme]\nrules:\n  acme/response-time-limit: [error, { maxDays: 7 }]\n',
  );
  fs.writeFileSync(path.join(project, 'service.md'), '---\nowner: Customer Care\n---\n\n# Service policy\n\n## Complaints\n\nWe answer within 14 days.\n');
  fs.writeFileSync(
    path.join(project, 'service.ta.md'),
    '---\nowner:\n  name: வாடிக்கையாளர் சேவை\n  email: care@example.com\n---\n\n# சேவை கொள்கை\n\n## புகார்கள்\n\n௫ வேலை நாட்களுக்குள் பதிலளிப்போம்.\n',
  );
});
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

describe('examples/plugin-acme', () => {
  it('runs as an installed plugin in English and Tamil', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), '--format', 'json'], { cwd: project, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>;
    expect(results.map((r) => [path.basename(r.filePath), r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)])).toEqual([
      [
        'service.md',
        [
          '2:8 acme/owner-contact The owner "Customer Care" has no e-mail address. Add "email" under "owner".',
          '9:18 acme/response-time-limit The complaints section promises an answer in 14 days; ACME answers within 7 days. Shorten the time limit.',
        ],
      ],
      ['service.ta.md', []],
    ]);
  });
});
