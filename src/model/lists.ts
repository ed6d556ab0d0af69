/** Collects every list with its items, written numbers, intro sentence and section. */
import type { List as MdList, ListItem as MdListItem, Nodes, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { List, ListItem, Section } from './document-types.js';
import type { LineIndex } from './positions.js';
import { collapse, READABLE } from './headings.js';

const ORDERED_MARKER = /^[ \t>]*(\d{1,9})[.)]/;
const BULLET_MARKER = /^[ \t>]*[-*+]/;

function itemText(item: MdListItem): string {
  return collapse(
    item.children
      .filter((child) => child.type !== 'list')
      .map((child) => toString(child, READABLE))
      .join(' '),
  );
}

function marker(item: MdListItem, source: string, lines: LineIndex): { number: number | null; range: ListItem['marker'] } {
  const start = item.position?.start.offset ?? 0;
  const head = source.slice(start, start + 16);
  const ordered = ORDERED_MARKER.exec(head);
  if (ordered !== null) {
    const numberStart = start + head.indexOf(ordered[1]!);
    return { number: Number(ordered[1]), range: lines.rangeOf(numberStart, start + ordered[0].length) };
  }
  const bullet = BULLET_MARKER.exec(head);
  const end = bullet === null ? start : start + bullet[0].length;
  return { number: null, range: lines.rangeOf(end - 1 < start ? start : end - 1, end) };
}

/** The innermost section whose range holds an offset. */
export function sectionAt(sections: readonly Section[], offset: number): Section | null {
  let found: Section | null = null;
  for (const section of sections) {
    if (section.range.start.offset <= offset && offset < section.range.end.offset) {
      if (found === null || section.heading.depth >= found.heading.depth) found = section;
    }
  }
  return found;
}

export function collectLists(tree: Root, source: string, lines: LineIndex, sections: readonly Section[]): List[] {
  const lists: List[] = [];
  // Iterative walk: real documents nest lists deeply enough to exhaust the call stack.
  const stack: Array<{ node: Nodes; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!('children' in node)) continue;
    const parent = node as Parent;
    parent.children.forEach((child, index) => {
      if (child.type === 'list') {
        lists.push(toList(child, parent.children[index - 1], depth, source, lines, sections));
      }
    });
    for (let i = parent.children.length - 1; i >= 0; i--) {
      const child = parent.children[i]! as Nodes;
      stack.push({ node: child, depth: child.type === 'list' ? depth + 1 : depth });
    }
  }
  return lists.sort((a, b) => a.range.start.offset - b.range.start.offset);
}

function toList(
  node: MdList,
  previous: Nodes | undefined,
  depth: number,
  source: string,
  lines: LineIndex,
  sections: readonly Section[],
): List {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const intro =
    previous?.type === 'paragraph' && previous.position?.start.offset !== undefined && previous.position.end.offset !== undefined
      ? { text: collapse(toString(previous, READABLE)), range: lines.rangeOf(previous.position.start.offset, previous.position.end.offset) }
      : null;
  return {
    ordered: node.ordered === true,
    start: node.ordered === true ? (node.start ?? 1) : null,
    items: node.children.map((item) => {
      const itemStart = item.position?.start.offset ?? start;
      const itemEnd = item.position?.end.offset ?? itemStart;
      const written = marker(item, source, lines);
      return { text: itemText(item), range: lines.rangeOf(itemStart, itemEnd), number: written.number, marker: written.range };
    }),
    range: lines.rangeOf(start, end),
    depth,
    intro,
    section: sectionAt(sections, start),
  };
}
