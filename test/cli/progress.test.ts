/**
 * Progress on long runs: one updating line on stderr, only on a terminal and
 * only for more than 200 files, cleared at the end, never on stdout.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/cli.js';
import { CLEAR_LINE, createProgress } from '../../src/cli/progress.js';

let temp: string;
beforeAll(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-progress-'));
});
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function folderOf(count: number): string {
  const dir = path.join(temp, `files-${count}`);
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `p${i}.md`), `# Policy ${i}\n`);
  return dir;
}

async function cli(dir: string, stderrIsTTY: boolean, args: string[] = ['--format', 'json']) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir, isTTY: false, stderrIsTTY, env: {} };
  const code = await runCli(['--no-config', '--rule', 'policy-linked-from-footer: off', ...args], io);
  return { code, stdout, stderr };
}

describe('progress', () => {
  it('shows on a terminal for more than 200 files, on stderr only, and is cleared at the end', async () => {
    const dir = folderOf(201);
    const { stdout, stderr } = await cli(dir, true);
    expect(stderr).toContain('policylint: 0/201 files (0%)');
    expect(stderr).toContain(`${CLEAR_LINE}policylint: 201/201 files (100%)`);
    expect(stderr.endsWith(CLEAR_LINE)).toBe(true);
    expect(stdout).not.toMatch(/[\r\u001b]/);
    expect(JSON.parse(stdout)).toHaveLength(201);
  });

  it('stays silent when stderr is not a terminal, or for 200 files or fewer', async () => {
    expect((await cli(folderOf(201), false)).stderr).toBe('');
    expect((await cli(folderOf(200), true)).stderr).toBe('');
  });

  it('redraws at most every interval, always at the last file, and clears before a warning', () => {
    let time = 0;
    const lines: string[] = [];
    const progress = createProgress({ isTTY: true, write: (t) => lines.push(t), now: () => time, threshold: 2, interval: 100 });
    progress.update(0, 10);
    time = 50;
    progress.update(1, 10);
    time = 150;
    progress.update(2, 10);
    progress.clear();
    progress.update(10, 10);
    progress.end();
    progress.update(10, 10);
    expect(lines).toEqual([
      `${CLEAR_LINE}policylint: 0/10 files (0%)`,
      `${CLEAR_LINE}policylint: 2/10 files (20%)`,
      CLEAR_LINE,
      `${CLEAR_LINE}policylint: 10/10 files (100%)`,
      CLEAR_LINE,
    ]);
  });
});
