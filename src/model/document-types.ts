/**
 * The document model: what every rule reads instead of the syntax tree.
 * Built once per file by `buildDocument`.
 */
import type { Root } from 'mdast';
import type { Point, Range } from '../types.js';
import type { SourceSpan } from '../text/text-layer.js';

/** Where the document's language was taken from, in order of precedence. */
export type LanguageSource = 'frontmatter' | 'path' | 'script' | 'words' | 'config' | 'default';

export interface DocumentLanguage {
  /** BCP-47 tag as found (`pt-BR`, `ur`). */
  tag: string;
  source: LanguageSource;
}

export interface Frontmatter {
  format: 'yaml' | 'toml';
  /** The parsed mapping (empty when the block is empty). */
  data: Record<string, unknown>;
  /** The whole block, fences included. */
  range: Range;
  /** Range of a top-level key's value (or key) inside the block, for precise reports. */
  rangeOf(key: string): Range | undefined;
  /**
   * Range of the value at a path of keys and list indexes (`['owner', 'email']`,
   * `['applies_to', 1]`), or with `part: 'key'` of the key that holds it (a list
   * item's key is the item). An empty path is the whole block. Undefined when the
   * path is not in the block. TOML: best effort, the line of the key or table.
   */
  rangeAt(path: ReadonlyArray<string | number>, part?: 'value' | 'key'): Range | undefined;
}

/** How a heading was written. Pseudo-headings come from documents converted from PDF or HTML. */
export type HeadingKind = 'atx' | 'setext' | 'numbered' | 'bold' | 'frontmatter';

export interface Heading {
  /** Plain text of the heading, numbering included as written. */
  text: string;
  depth: number;
  kind: HeadingKind;
  range: Range;
}

export interface Section {
  heading: Heading;
  /** The heading plus everything up to the next heading of the same or higher level. */
  range: Range;
  /** From the end of the heading to the first subsection (or the section's end). */
  body: Range;
  /** Whether the body, before any subsection, holds any text. */
  hasBodyText: boolean;
  children: Section[];
  parent: Section | null;
}

export interface ListItem {
  /** Plain text of the item, without nested lists. */
  text: string;
  range: Range;
  /** The number written in the item's marker (ordered lists), or null. */
  number: number | null;
  /** Range of the marker (`1.`, `-`) in the source. */
  marker: Range;
}

export interface List {
  ordered: boolean;
  /** First number of an ordered list, null for bullet lists. */
  start: number | null;
  items: ListItem[];
  range: Range;
  /** Nesting depth: 0 for a list not inside another list. */
  depth: number;
  /** The paragraph right before the list inside the same parent, if any. */
  intro: { text: string; range: Range } | null;
  /** The innermost section that contains the list, or null before the first heading. */
  section: Section | null;
}

export interface Link {
  /** Plain text of the link (image alt text included), white space collapsed. */
  text: string;
  /** The target as written (`./privacy.md#x`, `https://...`, `mailto:`). */
  url: string;
  range: Range;
  /** Absolute file path of a local target (no scheme, no leading `#`), fragment and query removed. */
  resolvedPath: string | null;
}

export type ContactKind = 'email' | 'phone' | 'url';

export interface Contact {
  kind: ContactKind;
  /** The value as written in the source. */
  value: string;
  range: Range;
}

export interface PolicyDocument {
  /** Absolute path, or the name given to `lintText`. */
  filePath: string;
  /** The text rules see: the file without its BOM. */
  source: string;
  title: { text: string; range: Range; source: 'frontmatter' | 'heading' } | null;
  frontmatter: Frontmatter | null;
  language: DocumentLanguage;
  /** Top-level sections, in order. */
  sections: Section[];
  /** Every section, depth first, in document order. */
  allSections: Section[];
  lists: List[];
  links: Link[];
  contacts: Contact[];
  /** Paragraphs, headings and table rows, in order: the unit in which facts belong together. */
  blocks: SourceSpan[];
  /** The mdast tree, for rules that need a node the model does not expose. Read-only. */
  tree: Root;
  /** Line and column of a source offset. */
  pointAt(offset: number): Point;
  /** The range between two offsets. */
  rangeOf(span: SourceSpan): Range;
}
