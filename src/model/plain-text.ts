/**
 * Projects the syntax tree to plain text (what a reader sees, without Markdown
 * syntax, URLs or code) and keeps the source offset of every character, so the
 * text layer can match words and still report exact positions.
 */
import type { Nodes, Root } from 'mdast';
import type { PlainText } from '../text/text-layer.js';

/** Nodes whose content a reader does not read as policy prose. */
const SKIPPED = new Set(['yaml', 'toml', 'code', 'html', 'definition', 'footnoteDefinition']);

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
    if (node.type === 'text' || node.type === 'inlineCode') {
      if (start === undefined || end === undefined) return;
      const value = node.value;
      // Escapes and entities make the value shorter than its source; map
      // character by character when they agree, else stretch over the node.
      const sameLength = node.type === 'text' && end - start === value.length;
      const inner = node.type === 'inlineCode' ? source.indexOf(value, start) : -1;
      push(value, (i) => (sameLength ? start + i : inner >= 0 ? inner + i : start + Math.min(i, Math.max(0, end - start - 1))));
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
    for (const child of node.children) visit(child as Nodes);
    if (block && end !== undefined) separate(end);
    else if (node.type === 'tableCell' && end !== undefined) push(' ', () => end);
  };

  visit(tree);
  offsets[length] = source.length;
  return { text: parts.join(''), map: offsets.slice(0, length + 1) };
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
