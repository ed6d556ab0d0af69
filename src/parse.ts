/**
 * The one place Markdown is parsed: unified + remark-parse + remark-frontmatter.
 * Rules never parse; they read the document model built from this tree.
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { DocumentError } from './errors.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/**
 * Deepest nesting of lists and block quotes a document may have. The parser's
 * time grows with the square of the depth (2,000 levels: over a second; 10,000:
 * minutes) and the tree walks recurse, so deeper files get one fatal message.
 */
export const MAX_NESTING = 256;

/** Lines that open containers: `>`, list markers, and indentation (2 columns a level). */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/gm;

/** An upper estimate of the nesting depth, from each line's leading container markers and indentation. */
export function nestingDepth(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  for (const match of text.matchAll(CONTAINER_PREFIX)) {
    const prefix = match[0];
    const markers = prefix.replace(/[ \t]/g, '').replace(/\d{1,9}[.)]/g, '.').length;
    const indent = prefix.length - prefix.trimStart().length;
    const depth = markers + Math.floor(indent / 2);
    if (depth > deepest.depth) deepest = { depth, line: lineOf(text, match.index) };
  }
  for (const match of text.matchAll(/^[ \t]{512,}/gm)) {
    const depth = Math.floor(match[0].length / 2);
    if (depth > deepest.depth) deepest = { depth, line: lineOf(text, match.index) };
  }
  return deepest;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** @throws {DocumentError} when lists or block quotes nest deeper than `MAX_NESTING` */
export function parseMarkdown(text: string): Root {
  const { depth, line } = nestingDepth(text);
  if (depth > MAX_NESTING) {
    throw new DocumentError(`Lists or block quotes nest too deeply (about ${depth} levels; the limit is ${MAX_NESTING}), so the file was not linted.`, line, 1);
  }
  return processor.parse(text);
}
