/** docs/configuration.md is followed end to end: each scenario runs in a fresh folder with the built CLI. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readScenarios } from './doc-scenarios.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const PAGE = path.join(ROOT, 'docs/configuration.md');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-docs-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const scenarios = readScenarios(PAGE);

describe('docs/configuration.md', () => {
  it('has scenarios, each with a command', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(8);
    for (const scenario of scenarios) expect(scenario.steps.some((step) => 'command' in step), scenario.name).toBe(true);
  });

  for (const scenario of scenarios) {
    it(`scenario ${scenario.name}`, () => {
      const dir = path.join(temp, scenario.name);
      fs.mkdirSync(dir, { recursive: true });
      for (const step of scenario.steps) {
        if ('file' in step) {
          fs.mkdirSync(path.dirname(path.join(dir, step.file)), { recursive: true });
          fs.writeFileSync(path.join(dir, step.file), step.content);
          continue;
        }
        const { args, expected, exitCode, line } = step.command;
        const run = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        const output = `${run.stdout}${run.stderr}`.replaceAll(dir, '.');
        expect(output.trimEnd(), `docs/configuration.md:${line}`).toBe(expected.trimEnd());
        expect(run.status, `docs/configuration.md:${line} exit code`).toBe(exitCode);
      }
    });
  }
});
