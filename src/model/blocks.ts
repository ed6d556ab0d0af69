/**
 * The document's blocks: paragraphs, headings and table rows, in order. A
 * block is the unit in which two facts belong together ("e-mail" and "within
 * 2 days" in one paragraph state a procedure; in two sections they do not).
 */
import type { Nodes, Root } from 'mdast';
import type { SourceSpan } from '../text/text-layer.js';

const BLOCKS = new Set(['paragraph', 'heading', 'tableRow']);

/** Spans of the leaf blocks, sorted by start. Walked from an explicit stack: nesting depth cannot exhaust the call stack. */
export function collectBlocks(tree: Root): SourceSpan[] {
  const blocks: SourceSpan[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (BLOCKS.has(node.type)) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) blocks.push({ start, end });
      continue;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return blocks.sort((a, b) => a.start - b.start);
}

/** The block that contains an offset, by binary search; null between blocks. */
export function blockAt(blocks: readonly SourceSpan[], offset: number): SourceSpan | null {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const block = blocks[mid]!;
    if (offset < block.start) hi = mid - 1;
    else if (offset >= block.end) lo = mid + 1;
    else return block;
  }
  return null;
}
