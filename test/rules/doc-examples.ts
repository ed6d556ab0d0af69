/**
 * Reads the examples of a rule's documentation page. An example is an HTML
 * comment with its settings, a ```markdown block, and for invalid examples a
 * ```text block of `line:column messageId` lines, optionally followed by a
 * ```markdown fixed block with the text after fixes.
 */
import fs from 'node:fs';
import { parseMarkdown } from '../../src/parse.js';

export interface DocExample {
  /** Heading the example sits under, for test names. */
  title: string;
  valid: boolean;
  filePath: string;
  options?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  /** Other files of the example's site (footer partials), by relative path. */
  files?: Record<string, string>;
  /** Expected language tag of the document. */
  language?: string;
  /** Write the document in this Unicode normalisation form (`NFD` to test un-normalised text). */
  unicode?: 'NFC' | 'NFD';
  markdown: string;
  expected: string[];
  fixed?: string;
  /** Line of the example in the doc page, for failure messages. */
  line: number;
}

const ANNOTATION = /^<!--\s*example:\s*([\s\S]*?)\s*-->$/;

export function readDocExamples(docPath: string): DocExample[] {
  const tree = parseMarkdown(fs.readFileSync(docPath, 'utf8'));
  const examples: DocExample[] = [];
  let title = '';
  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'heading') title = node.children.map((c) => ('value' in c ? c.value : '')).join('');
    if (node.type !== 'html') continue;
    const annotation = ANNOTATION.exec(node.value.trim());
    if (annotation === null) continue;
    const settings = JSON.parse(annotation[1]!) as Omit<DocExample, 'markdown' | 'expected' | 'title' | 'line'>;
    const block = nodes[i + 1];
    if (block?.type !== 'code' || block.lang !== 'markdown') throw new Error(`${docPath}:${node.position?.start.line}: example without a markdown block`);
    const markdown = (block.value + '\n').normalize(settings.unicode ?? 'NFC');
    const example: DocExample = { ...settings, title, markdown, expected: [], line: node.position?.start.line ?? 0 };
    let next = i + 2;
    if (!settings.valid) {
      const expected = nodes[next];
      if (expected?.type !== 'code' || expected.lang !== 'text') throw new Error(`${docPath}:${example.line}: invalid example without a text block of expected messages`);
      example.expected = expected.value.split('\n').map((l) => l.trim()).filter(Boolean);
      next++;
      const fixed = nodes[next];
      if (fixed?.type === 'code' && fixed.lang === 'markdown' && fixed.meta === 'fixed') example.fixed = fixed.value + '\n';
    }
    examples.push(example);
  }
  return examples;
}
