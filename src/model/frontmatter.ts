/**
 * Parses a frontmatter block with a real YAML or TOML parser and keeps where
 * each top-level key sits, so rules can point at the offending line.
 */
import type { Yaml } from 'mdast';
import { isMap, isScalar, parseDocument } from 'yaml';
import { parse as parseToml, TomlError } from 'smol-toml';
import type { Range } from '../types.js';
import { DocumentError } from '../errors.js';
import type { Frontmatter } from './document-types.js';
import type { LineIndex } from './positions.js';

interface TomlNode {
  type: 'toml';
  value: string;
  position?: Yaml['position'];
}

/** Offset in the file where the frontmatter's content starts (after the opening fence line). */
function contentOffset(source: string, nodeStart: number): number {
  const newline = source.indexOf('\n', nodeStart);
  return newline < 0 ? source.length : newline + 1;
}

export function parseFrontmatter(node: Yaml | TomlNode, source: string, lines: LineIndex): Frontmatter {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? 0;
  const base = contentOffset(source, start);
  const range = lines.rangeOf(start, end);
  const keyRanges = new Map<string, Range>();
  let data: unknown;

  if (node.type === 'yaml') {
    const doc = parseDocument(node.value, { prettyErrors: false, uniqueKeys: true });
    const error = doc.errors[0];
    if (error !== undefined) {
      const at = lines.pointAt(base + error.pos[0]);
      throw new DocumentError(`Frontmatter is not valid YAML: ${firstLine(error.message)}`, at.line, at.column);
    }
    try {
      // maxAliasCount bounds alias expansion, so an alias bomb is an error, not a hang.
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (cause) {
      throw new DocumentError(`Frontmatter YAML cannot be read: ${firstLine(String((cause as Error).message))}`, range.start.line, 1);
    }
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        if (!isScalar(pair.key) || pair.key.range === undefined || pair.key.range === null) continue;
        const valueRange = isScalar(pair.value) || isMap(pair.value) ? pair.value.range : undefined;
        const from = valueRange ? valueRange[0] : pair.key.range[0];
        const to = valueRange ? valueRange[1] : pair.key.range[1];
        keyRanges.set(String(pair.key.value), lines.rangeOf(base + from, base + to));
      }
    }
  } else {
    try {
      data = parseToml(node.value);
    } catch (cause) {
      if (cause instanceof TomlError) {
        throw new DocumentError(`Frontmatter is not valid TOML: ${firstLine(cause.message)}`, range.start.line + cause.line, cause.column);
      }
      throw cause;
    }
    const keyLine = /^[ \t]*("?)([A-Za-z0-9_-]+)\1[ \t]*=[ \t]*(.*)$/gm;
    for (const m of node.value.matchAll(keyLine)) {
      const valueStart = m.index + m[0].length - m[3]!.length;
      if (!keyRanges.has(m[2]!)) keyRanges.set(m[2]!, lines.rangeOf(base + valueStart, base + m.index + m[0].length));
    }
  }

  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    const found = Array.isArray(data) ? 'a list' : `a ${typeof data}`;
    throw new DocumentError(`Frontmatter must be a mapping of keys to values, found ${found}`, range.start.line, 1);
  }
  return {
    format: node.type,
    data: data as Record<string, unknown>,
    range,
    rangeOf: (key) => keyRanges.get(key),
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
