/**
 * Projects the syntax tree to plain text (what a reader sees, without Markdown
 * syntax, URLs or code) and keeps the source offset of every character, so the
 * text layer can match words and still report exact positions.
 */
import type { Nodes, Root } from 'mdast';
import type { PlainText } from '../text/text-layer.js';

/**
 * Nodes whose content a reader does not read as policy prose. Code spans hold
 * commands, field and channel names (`#handbook-escalation`), not sentences.
 */
const SKIPPED = new Set(['yaml', 'toml', 'code', 'inlineCode', 'html', 'definition', 'footnoteDefinition']);

export function projectPlainText(tree: Root, source: string): PlainText {
  const parts: string[] = [];
  let offsets = new Int32Array(Math.max(16, source.length + 1));
  let length = 0;

  const push = (text: string, at: (i: number) => number) => {
    parts.push(text);
    if (length + text.length + 1 > offsets.length) {
      const grown = new Int32Array(Math.max(offsets.length * 2, length + text.length + 1));
      grown.set(offsets);
      offsets = grown;
    }
    for (let i = 0; i < text.length; i++) offsets[length + i] = at(i);
    length += text.length;
  };

  const separate = (offset: number) => {
    if (length > 0 && parts[parts.length - 1] !== '\n') push('\n', () => offset);
  };

  const visit = (node: Nodes): void => {
    if (SKIPPED.has(node.type)) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text') {
      if (start === undefined || end === undefined) return;
      const value = node.value;
      push(value, alignToSource(value, source, start, end));
      return;
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      if (node.alt && start !== undefined) push(node.alt, () => start);
      return;
    }
    if (node.type === 'break') {
      if (start !== undefined) push(' ', () => start);
      return;
    }
    if (!('children' in node)) return;
    const block = isBlock(node);
    if (block && start !== undefined) separate(start);
    // Children are visited from an explicit stack, not by recursion, so deep nesting cannot exhaust the call stack.
    stack.push({ node, end, block });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  };

  /** Nodes still to visit, and (as frames) parents whose children are done. */
  const stack: Array<Nodes | { node: Nodes; end: number | undefined; block: boolean }> = [tree];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('block' in item) {
      if (item.block && item.end !== undefined) separate(item.end);
      else if (item.node.type === 'tableCell' && item.end !== undefined) push(' ', () => item.end!);
    } else {
      visit(item);
    }
  }
  offsets[length] = source.length;
  return { text: parts.join(''), map: offsets.slice(0, length + 1) };
}

/**
 * Source offset of each character of a text node's value. Escapes (`1\.`) and
 * entities (`&amp;`) make the value shorter than its source, so walk both and
 * skip what the parser dropped; positions after an escape stay exact.
 */
const ENTITY = /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

function alignToSource(value: string, source: string, start: number, end: number): (i: number) => number {
  if (end - start === value.length) return (i) => start + i;
  const offsets = new Int32Array(value.length);
  let j = start;
  for (let i = 0; i < value.length; i++) {
    if (source[j] === '\\' && source[j + 1] === value[i]) j++;
    else if (source[j] === '&') {
      const entity = ENTITY.exec(source.slice(j, j + 34));
      if (entity !== null) {
        offsets[i] = j;
        j += entity[0].length;
        continue;
      }
    }
    offsets[i] = Math.min(j, end - 1);
    if (j < end) j++;
  }
  return (i) => offsets[i]!;
}

function isBlock(node: Nodes): boolean {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'blockquote':
    case 'list':
    case 'listItem':
    case 'table':
    case 'tableRow':
      return true;
    default:
      return false;
  }
}
