/**
 * Parses a frontmatter block with a real YAML or TOML parser and keeps where
 * each top-level key sits, so rules can point at the offending line.
 */
import type { Yaml } from 'mdast';
import { isAlias, isMap, isNode, isScalar, isSeq, parseDocument, type Document } from 'yaml';
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
  /** Offsets (into the block's content) of the value or key at a path; see `Frontmatter.rangeAt`. */
  let offsetsAt: (path: ReadonlyArray<string | number>, part: 'value' | 'key') => [number, number] | undefined = () => undefined;

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
    offsetsAt = (path, part) => yamlOffsetsAt(doc, node.value, path, part);
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
    const tomlPaths = tomlKeyOffsets(node.value);
    offsetsAt = (path, part) => {
      // Best effort: the longest recorded prefix of the path (an inline table's key, a table header).
      for (let length = path.length; length > 0; length--) {
        const found = tomlPaths.get(JSON.stringify(path.slice(0, length).map(String)));
        if (found !== undefined) return length === path.length && part === 'value' ? found.value : found.key;
      }
      return undefined;
    };
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
    rangeAt: (path, part = 'value') => {
      if (path.length === 0) return range;
      const offsets = offsetsAt(path, part);
      return offsets === undefined ? undefined : lines.rangeOf(base + offsets[0], base + offsets[1]);
    },
  };
}

/** Move an end offset back over trailing white space (block values end after their last line break). */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function yamlOffsetsAt(doc: Document, text: string, path: ReadonlyArray<string | number>, part: 'value' | 'key'): [number, number] | undefined {
  let current: unknown = doc.contents;
  let key: [number, number] | undefined;
  for (const segment of path) {
    if (isAlias(current)) current = current.resolve(doc);
    if (isMap(current)) {
      const pair = current.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(segment));
      if (pair === undefined) return undefined;
      key = isNode(pair.key) && pair.key.range ? [pair.key.range[0], pair.key.range[1]] : undefined;
      current = pair.value;
    } else if (isSeq(current) && /^\d+$/.test(String(segment))) {
      current = current.items[Number(segment)];
      if (!isNode(current)) return undefined;
      key = current.range ? [current.range[0], trimEnd(text, current.range[0], current.range[1])] : undefined;
    } else {
      return undefined;
    }
  }
  if (part === 'key') return key;
  // An empty value (`key:`) has no text of its own: point at its key.
  if (!isNode(current) || !current.range || (isScalar(current) && current.value === null && current.range[0] === current.range[1])) return key;
  const [start, end] = current.range;
  return [start, Math.max(trimEnd(text, start, end), start)];
}

/**
 * Where each key of a TOML block sits, by its full path: `[table]` and
 * `[[array]]` headers, dotted and quoted keys. A line-based reading, good for
 * pointing at a line; multi-line strings and arrays are not followed.
 */
function tomlKeyOffsets(text: string): Map<string, { key: [number, number]; value: [number, number] }> {
  const found = new Map<string, { key: [number, number]; value: [number, number] }>();
  const splitKey = (raw: string) => raw.split('.').map((part) => part.trim().replace(/^(["'])(.*)\1$/, '$2'));
  const arrayCounts = new Map<string, number>();
  let table: string[] = [];
  const lineRe = /^([ \t]*)(?:\[\[([^\]]+)\]\]|\[([^\]]+)\]|((?:"[^"]*"|'[^']*'|[A-Za-z0-9_.\- \t])+?)[ \t]*=[ \t]*([^\n]*?))[ \t]*(?:#[^\n]*)?$/gm;
  for (const m of text.matchAll(lineRe)) {
    const start = m.index + m[1]!.length;
    const end = m.index + m[0].length;
    if (m[2] !== undefined || m[3] !== undefined) {
      table = splitKey((m[2] ?? m[3])!);
      if (m[2] !== undefined) {
        const name = JSON.stringify(table);
        const index = arrayCounts.get(name) ?? 0;
        arrayCounts.set(name, index + 1);
        table = [...table, String(index)];
      }
      const span: [number, number] = [start, trimEnd(text, start, end)];
      if (!found.has(JSON.stringify(table))) found.set(JSON.stringify(table), { key: span, value: span });
      continue;
    }
    const keyPath = [...table, ...splitKey(m[4]!)];
    const valueStart = m.index + m[0].indexOf(m[5]!, m[1]!.length + m[4]!.length);
    const entry = { key: [start, start + m[4]!.length] as [number, number], value: [valueStart, trimEnd(text, valueStart, valueStart + m[5]!.length)] as [number, number] };
    if (!found.has(JSON.stringify(keyPath))) found.set(JSON.stringify(keyPath), entry);
  }
  return found;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
