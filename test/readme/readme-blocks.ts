/**
 * The fenced code blocks of README.md, so that tests run the examples people
 * copy. A block is named by the words after its language:
 * ```` ```yaml .pre-commit-config.yaml ```` is the block named `.pre-commit-config.yaml`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Code } from 'mdast';
import { parseMarkdown } from '../../src/parse.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ReadmeBlock {
  lang: string | null;
  name: string | null;
  value: string;
  /** 1-based line of the opening fence in README.md. */
  line: number;
}

export function readmeBlocks(): ReadmeBlock[] {
  const tree = parseMarkdown(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
  return tree.children
    .filter((node): node is Code => node.type === 'code')
    .map((node) => ({ lang: node.lang ?? null, name: node.meta?.trim() || null, value: node.value, line: node.position?.start.line ?? 0 }));
}

/** The one README block with this name. @throws when there is none or more than one */
export function readmeBlock(name: string): ReadmeBlock {
  const found = readmeBlocks().filter((block) => block.name === name);
  if (found.length !== 1) throw new Error(`README.md has ${found.length} code blocks named "${name}" (a fence such as \`\`\`yaml ${name}); expected one`);
  return found[0]!;
}

/**
 * Whether the output of a command matches a README transcript: each README
 * line equals an output line, a line ending in `…` is a prefix of one, and a
 * line of only `...` stands for any number of lines.
 */
export function matchesTranscript(expected: readonly string[], actual: readonly string[]): boolean {
  const match = (want: string, got: string) => (want.endsWith('…') ? got.startsWith(want.slice(0, -1).trimEnd()) : want === got);
  const go = (i: number, j: number): boolean => {
    if (i === expected.length) return j === actual.length;
    if (expected[i]!.trim() === '...') {
      for (let k = j; k <= actual.length; k++) if (go(i + 1, k)) return true;
      return false;
    }
    return j < actual.length && match(expected[i]!, actual[j]!) && go(i + 1, j + 1);
  };
  return go(0, 0);
}

/**
 * A project folder that uses policylint as an installed package:
 * `node_modules/policylint` links to this working tree (its built `dist/`),
 * and the named dependencies link to this project's copies.
 */
export function consumerProject(dir: string, packages: readonly string[]): string {
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(modules, { recursive: true });
  fs.symlinkSync(ROOT, path.join(modules, 'policylint'), 'dir');
  for (const name of packages) {
    const target = path.join(modules, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules', name), target, 'dir');
  }
  return dir;
}
