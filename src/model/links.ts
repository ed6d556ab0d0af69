/** Collects links (inline, reference and autolinks) and resolves local targets to file paths. */
import path from 'node:path';
import type { Definition, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Link } from './document-types.js';
import type { LineIndex } from './positions.js';
import { collapse } from './headings.js';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Absolute path of a local link target, or null for external links and fragments.
 * Site-absolute targets (`/privacy.md`) resolve against the site root.
 */
function resolveLocalTarget(url: string, filePath: string, siteRoot: string): string | null {
  if (url === '' || url.startsWith('#') || url.startsWith('//') || SCHEME.test(url)) return null;
  const bare = url.replace(/[?#].*$/s, '');
  if (bare === '') return null;
  let decoded = bare;
  try {
    decoded = decodeURI(bare);
  } catch {
    // A malformed escape is kept as written; the path simply will not exist.
  }
  return decoded.startsWith('/') ? path.join(siteRoot, decoded) : path.resolve(path.dirname(filePath), decoded);
}

export function collectLinks(tree: Root, lines: LineIndex, filePath: string, siteRoot: string): Link[] {
  const definitions = new Map<string, Definition>();
  const stack: Nodes[] = [tree];
  const found: Nodes[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node);
    if (node.type === 'link' || node.type === 'linkReference') found.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  const links: Link[] = [];
  for (const node of found) {
    const url = node.type === 'link' ? node.url : node.type === 'linkReference' ? definitions.get(node.identifier.toLowerCase())?.url : undefined;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (url === undefined || start === undefined || end === undefined) continue;
    links.push({
      text: collapse(toString(node, { includeImageAlt: true, includeHtml: false })),
      url,
      range: lines.rangeOf(start, end),
      resolvedPath: resolveLocalTarget(url, filePath, siteRoot),
    });
  }
  return links.sort((a, b) => a.range.start.offset - b.range.start.offset);
}
