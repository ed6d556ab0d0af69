/**
 * Runs the examples of a documentation page. A page is a series of scenarios:
 *
 *   <!-- scenario: refund-window -->      a new, empty project folder
 *   ```yaml policylint.config.yaml        a file of the project (the name after the language)
 *   ```sh                                 `$ npx policylint ...` lines: run the built CLI there
 *   ```text exit=1                        what that command prints, and its exit code
 *
 * Paths in the output are relative to the project folder, so the page shows
 * exactly what a reader sees.
 */
import fs from 'node:fs';
import type { Code, Html } from 'mdast';
import { parseMarkdown } from '../../src/parse.js';

export interface DocCommand {
  args: string[];
  expected: string;
  exitCode: number;
  line: number;
}

/** A file written into the project, or a command run in it, in page order. */
export type DocStep = { file: string; content: string } | { command: DocCommand };

export interface DocScenario {
  name: string;
  steps: DocStep[];
}

/** Split a command line into words; double and single quotes group words. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) words.push(m[1] ?? m[2] ?? m[3]!);
  return words;
}

export function readScenarios(page: string): DocScenario[] {
  const tree = parseMarkdown(fs.readFileSync(page, 'utf8'));
  const scenarios: DocScenario[] = [];
  let current: DocScenario | null = null;
  let pending: string[] | null = null;
  let pendingLine = 0;
  for (const node of tree.children) {
    if (node.type === 'html') {
      const m = /<!--\s*scenario:\s*([\w-]+)\s*-->/.exec((node as Html).value);
      if (m !== null) {
        current = { name: m[1]!, steps: [] };
        scenarios.push(current);
      }
      continue;
    }
    if (node.type !== 'code' || current === null) continue;
    const code = node as Code;
    const meta = code.meta?.trim() ?? '';
    if (code.lang === 'sh') {
      const commands = code.value.split('\n').filter((l) => l.startsWith('$ npx policylint'));
      if (commands.length !== 1) throw new Error(`${page}:${code.position?.start.line}: a sh block of a scenario holds one "$ npx policylint" line`);
      pending = shellWords(commands[0]!.slice('$ npx policylint'.length));
      pendingLine = code.position?.start.line ?? 0;
    } else if (code.lang === 'text' && /^exit=\d+$/.test(meta)) {
      if (pending === null) throw new Error(`${page}:${code.position?.start.line}: output without a command before it`);
      current.steps.push({ command: { args: pending, expected: code.value, exitCode: Number(meta.slice(5)), line: pendingLine } });
      pending = null;
    } else if (meta !== '') {
      current.steps.push({ file: meta, content: `${code.value}\n` });
    }
  }
  return scenarios;
}
