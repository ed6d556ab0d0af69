/**
 * Finds the headings of a document: real Markdown headings and the
 * pseudo-headings of documents converted from PDF or HTML (a bold line standing
 * alone, `2. Privacy`, `ARTICLE 9 - ...`, an all-capitals line).
 */
import type { List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Heading, HeadingKind } from './document-types.js';
import type { LineIndex } from './positions.js';
import type { Lexicon } from '../language/lexicon.js';
import { normalizeTerm } from '../text/normalize.js';

/** A heading and where its section's body starts. */
export interface HeadingSite {
  heading: Heading;
  /** Offset where the body starts (after the heading's line or node). */
  bodyStart: number;
  /** Offset of the heading's first character (a section starts here). */
  start: number;
}

/** A pseudo-heading is a title, not a sentence: short, and not ending like one. */
const MAX_PSEUDO_HEADING_LENGTH = 120;
const MAX_PSEUDO_HEADING_WORDS = 14;
/** Sentence ends, and a colon after a word ("You must include:"); French typography's " :" ends headings too ("6- Données personnelles :"). */
const SENTENCE_END = /(?:[.;,!?。．！？।۔؟]|(?<! )[:：])(?:["'”’)\]]*)$/u;
/** A table-of-contents line: "Privacy ........ 12". */
const TOC_LEADER = /\.{4,}\s*\d+$|…\s*\d+$/u;
/** Scripts without spaces: a title there is short in characters, not in words. */
const MAX_UNSPACED_TITLE = 40;
const NUMBERING = /^\s*((?:\d+\.)*\d+)(?:[.)]|\s*[-–—:])?\s+\S/u;

/** What a reader sees of a node: no HTML (comments such as `<!-- policylint-disable -->` are not text). */
export const READABLE = { includeHtml: false } as const;

export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function looksLikeTitle(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= MAX_PSEUDO_HEADING_LENGTH &&
    text.split(' ').length <= MAX_PSEUDO_HEADING_WORDS &&
    (text.includes(' ') || [...text].length <= MAX_UNSPACED_TITLE) &&
    !SENTENCE_END.test(text) &&
    !TOC_LEADER.test(text) &&
    /\p{L}/u.test(text)
  );
}

/** How many levels a numbering prefix has: `2.` -> 1, `2.1` -> 2. */
function numberingLevels(text: string): number {
  const m = NUMBERING.exec(text);
  return m === null ? 0 : m[1]!.split('.').length;
}

/** All in capitals, counting only letters that have case (a Japanese sentence with "DRI" in it is not). */
function isCapitalised(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const cased = letters.replace(/[^\p{Lu}\p{Ll}]/gu, '');
  return cased.length >= 4 && cased.length >= letters.length * 0.6 && !/\p{Ll}/u.test(cased);
}

/** The first line of a paragraph, when it is emphasised as a whole (`**Complaints**`). */
function boldLead(paragraph: Paragraph): { text: string; end: number } | null {
  const first = paragraph.children[0];
  if (first === undefined || (first.type !== 'strong' && first.type !== 'emphasis')) return null;
  const strong = first.type === 'emphasis' && first.children.length === 1 && first.children[0]!.type === 'strong' ? first.children[0]! : first;
  if (strong.type !== 'strong') return null;
  const next: PhrasingContent | undefined = paragraph.children[1];
  const standsAlone =
    next === undefined ||
    next.type === 'break' ||
    (next.type === 'text' && /^[ \t:：]*(\r?\n|$)/.test(next.value));
  if (!standsAlone || first.position?.end.offset === undefined) return null;
  const text = collapse(toString(strong, READABLE)).replace(/[:：]$/, '').trim();
  return { text, end: first.position.end.offset };
}

interface Context {
  source: string;
  lines: LineIndex;
  lexicons: readonly Lexicon[];
  /** Depth of the last Markdown heading (pseudo-headings nest below it). */
  realDepth: number;
  /** Depth of the last numbered pseudo-heading (bold lines nest below it). */
  numberedDepth: number;
}

function startsWithArticleWord(text: string, context: Context): boolean {
  for (const lexicon of context.lexicons) {
    const matcher = lexicon.matcher('heading.article');
    if (matcher === undefined) continue;
    const normalized = normalizeTerm(text, lexicon.tag);
    matcher.sticky.lastIndex = 0;
    const m = matcher.sticky.exec(normalized);
    if (m !== null && /^\s*[\dIVXLC]+\b/iu.test(normalized.slice(m[0].length))) return true;
  }
  return false;
}

function pseudo(text: string, kind: HeadingKind, start: number, end: number, context: Context): HeadingSite {
  const levels = numberingLevels(text);
  let depth: number;
  if (kind === 'numbered') {
    depth = context.realDepth + Math.max(1, levels);
    context.numberedDepth = depth;
  } else {
    depth = Math.max(context.realDepth, context.numberedDepth) + 1;
  }
  return {
    heading: { text, depth: Math.min(depth, 12), kind, range: context.lines.rangeOf(start, end) },
    start,
    bodyStart: end,
  };
}

function paragraphHeading(node: Paragraph, context: Context): HeadingSite | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  // A paragraph that is only a link is a table-of-contents entry or a reference, not a title.
  if (node.children.length === 1 && (node.children[0]!.type === 'link' || node.children[0]!.type === 'linkReference')) return null;
  const bold = boldLead(node);
  if (bold !== null && looksLikeTitle(bold.text)) {
    const kind = numberingLevels(bold.text) > 0 ? 'numbered' : 'bold';
    return pseudo(bold.text, kind, start, bold.end, context);
  }
  const lineEnd = context.lines.lineEnd(start);
  const firstLine = collapse(toString(node, READABLE).split('\n')[0] ?? '');
  const singleLine = lineEnd >= end;
  if (!looksLikeTitle(firstLine)) return null;
  // "ARTICLE 9 - ..." introduces a section even when body text follows on the next line.
  if (startsWithArticleWord(firstLine, context)) return pseudo(firstLine, 'numbered', start, lineEnd, context);
  if (!singleLine) return null;
  if (numberingLevels(firstLine) > 0) return pseudo(firstLine, 'numbered', start, end, context);
  if (isCapitalised(firstLine)) return pseudo(firstLine, 'bold', start, end, context);
  return null;
}

/** `2. Privacy` alone is parsed as a one-item list; followed by prose it is a heading. */
function listHeading(node: List, next: RootContent | undefined, context: Context): HeadingSite | null {
  if (!node.ordered || node.children.length !== 1 || next === undefined || next.type === 'list') return null;
  const item = node.children[0]!;
  if (item.children.length !== 1 || item.children[0]!.type !== 'paragraph') return null;
  const text = collapse(toString(item, READABLE));
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (!looksLikeTitle(text) || start === undefined || end === undefined) return null;
  const written = collapse(context.source.slice(start, end));
  return pseudo(written, 'numbered', start, end, context);
}

export function findHeadings(tree: Root, source: string, lines: LineIndex, lexicons: readonly Lexicon[]): HeadingSite[] {
  const context: Context = { source, lines, lexicons, realDepth: 0, numberedDepth: 0 };
  const sites: HeadingSite[] = [];
  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'heading') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const text = collapse(toString(node, READABLE));
      // An empty heading ("#### " alone) opens no section: the text after it belongs to the one before.
      if (text === '') continue;
      const kind: HeadingKind = source[start] === '#' ? 'atx' : 'setext';
      context.realDepth = node.depth;
      context.numberedDepth = 0;
      sites.push({ heading: { text, depth: node.depth, kind, range: lines.rangeOf(start, end) }, start, bodyStart: end });
    } else if (node.type === 'paragraph') {
      const site = paragraphHeading(node, context);
      if (site !== null) sites.push(site);
    } else if (node.type === 'list') {
      const site = listHeading(node, children[i + 1], context);
      if (site !== null) sites.push(site);
    }
  }
  return sites;
}
