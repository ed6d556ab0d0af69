/**
 * Builds the document model from a file's text: one parse, then frontmatter,
 * language, text layer, sections, lists, links and contacts. Every rule reads
 * the result; none parses again.
 */
import path from 'node:path';
import type { Root, Yaml } from 'mdast';
import { parseMarkdown } from '../parse.js';
import { detectLanguage } from '../language/detect.js';
import { TextLayer } from '../text/text-layer.js';
import type { Frontmatter, PolicyDocument } from './document-types.js';
import { parseFrontmatter } from './frontmatter.js';
import { findHeadings } from './headings.js';
import { buildSections } from './sections.js';
import { collectLists } from './lists.js';
import { collectLinks } from './links.js';
import { collectContacts } from './contacts.js';
import { collectBlocks } from './blocks.js';
import { LineIndex } from './positions.js';
import { projectPlainText } from './plain-text.js';

export interface BuildOptions {
  /** Absolute path (or a name for text without a file). */
  filePath: string;
  /** The project root: language folders and site-absolute links are read from here. */
  root: string;
  /** The config's `language` (`auto` or a tag). */
  language?: string;
}

export interface BuiltDocument {
  document: PolicyDocument;
  text: TextLayer;
}

function frontmatterNode(tree: Root): Yaml | { type: 'toml'; value: string; position?: Yaml['position'] } | undefined {
  const first = tree.children[0];
  if (first === undefined) return undefined;
  if (first.type === 'yaml') return first;
  if ((first.type as string) === 'toml') return first as unknown as { type: 'toml'; value: string; position?: Yaml['position'] };
  return undefined;
}

function frontmatterTitle(frontmatter: Frontmatter | null): string | null {
  const title = frontmatter?.data['title'];
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : null;
}

/**
 * @param tree the mdast tree of `source` when it was already parsed (by a
 *   unified pipeline with remark-frontmatter); without it `source` is parsed here.
 * @throws {DocumentError} when the frontmatter cannot be parsed
 */
export function buildDocument(source: string, options: BuildOptions, tree: Root = parseMarkdown(source)): BuiltDocument {
  const lines = new LineIndex(source);
  const node = frontmatterNode(tree);
  const frontmatter = node === undefined ? null : parseFrontmatter(node, source, lines);
  const plain = projectPlainText(tree, source);
  const relativePath = path.isAbsolute(options.filePath) ? path.relative(options.root, options.filePath) : options.filePath;
  const language = detectLanguage({
    relativePath,
    text: plain.text,
    ...(frontmatter === null ? {} : { frontmatter: frontmatter.data }),
    ...(options.language === undefined ? {} : { configured: options.language }),
  });
  const text = new TextLayer(plain, language.tag, source);
  const sites = findHeadings(tree, source, lines, text.lexicons);
  const { sections, allSections } = buildSections(sites, source.length, lines, (start, end) => text.slice({ start, end }).trim() !== '');
  const links = collectLinks(tree, lines, options.filePath, options.root);

  const fmTitle = frontmatterTitle(frontmatter);
  const titleHeading = allSections.find((s) => s.heading.depth === 1 && (s.heading.kind === 'atx' || s.heading.kind === 'setext')) ?? allSections[0];
  let title: PolicyDocument['title'] = null;
  if (fmTitle !== null && frontmatter !== null) {
    title = { text: fmTitle, range: frontmatter.rangeOf('title') ?? frontmatter.range, source: 'frontmatter' };
  } else if (titleHeading !== undefined) {
    title = { text: titleHeading.heading.text, range: titleHeading.heading.range, source: 'heading' };
  }

  const document: PolicyDocument = {
    filePath: options.filePath,
    source,
    title,
    frontmatter,
    language,
    sections,
    allSections,
    lists: collectLists(tree, source, lines, allSections),
    links,
    contacts: collectContacts(plain, links, lines),
    blocks: collectBlocks(tree),
    tree,
    pointAt: (offset) => lines.pointAt(offset),
    rangeOf: (span) => lines.rangeOf(span.start, span.end),
  };
  return { document, text };
}
