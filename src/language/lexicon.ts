/**
 * Loads the per-language data files and compiles each concept's terms into
 * one matcher, once per language for the life of the process.
 */
import type { BoundaryMode, LexiconData } from './lexicon-types.js';
import { LEXICON_DATA } from './data/index.js';
import { normalizeTerm } from '../text/normalize.js';

/** A compiled concept: one regex over normalised text, global and sticky. */
export interface ConceptMatcher {
  concept: string;
  /** Finds the next match from `lastIndex`. */
  regex: RegExp;
  /** Matches only at `lastIndex`. */
  sticky: RegExp;
}

export interface Lexicon {
  tag: string;
  name: string;
  boundaries: BoundaryMode;
  rtl: boolean;
  tierNumberFirst: boolean;
  scripts: readonly string[];
  /** Concept ids that this language defines terms for. */
  concepts: ReadonlySet<string>;
  /** The matcher of a concept, or undefined when the language has no terms for it. */
  matcher(concept: string): ConceptMatcher | undefined;
  /** Normalised ordinal words and their values. */
  ordinals: ReadonlyMap<string, number>;
  /** Normalised cardinal number words and their values. */
  numbers: ReadonlyMap<string, number>;
}

const LETTER = '[\\p{L}\\p{M}]';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export interface TermPattern {
  /** Regex source of the term, with its end boundary. */
  source: string;
  /** Length of the normalised term: longer terms are tried first. */
  length: number;
  /** Whether the term must start on a word boundary. */
  boundedStart: boolean;
}

/** Turn one written term into a regex source honouring its boundary mode and `*` marks. */
export function termPattern(term: string, mode: BoundaryMode, language: string): TermPattern | null {
  let body = term.trim();
  const openStart = body.startsWith('*');
  const openEnd = body.endsWith('*');
  body = body.replace(/^\*|\*$/g, '');
  const normalized = normalizeTerm(body, language);
  if (normalized === '') return null;
  // Spaces in a term match any run of white space, or none in scripts without spaces.
  const core = normalized
    .split(' ')
    .map(escapeRegex)
    .join(mode === 'none' ? ' ?' : ' ');
  if (mode === 'none') return { source: core, length: normalized.length, boundedStart: false };
  // An open end takes in the rest of the word, so a match covers "complaints", not "complaint".
  const after = openEnd || mode === 'prefix' ? `${LETTER}*` : `(?!${LETTER})`;
  return { source: `${core}${after}`, length: normalized.length, boundedStart: !openStart };
}

/**
 * One regex for all terms of a concept. The start boundary is tested once per
 * position for all bounded terms, not once per term: the hot path of matching.
 */
function conceptSource(patterns: readonly TermPattern[]): string {
  // Longest first, so "privacy policy" wins over "privacy" at the same place.
  const byLength = (a: TermPattern, b: TermPattern) => b.length - a.length;
  const bounded = patterns.filter((p) => p.boundedStart).sort(byLength).map((p) => p.source);
  const open = patterns.filter((p) => !p.boundedStart).sort(byLength).map((p) => p.source);
  const parts: string[] = [];
  if (bounded.length > 0) parts.push(`(?<!${LETTER})(?:${bounded.join('|')})`);
  if (open.length > 0) parts.push(open.join('|'));
  return parts.join('|');
}

function compile(data: LexiconData): Lexicon {
  const matchers = new Map<string, ConceptMatcher>();
  for (const [concept, terms] of Object.entries(data.concepts)) {
    const patterns = [...new Set(terms)]
      .map((term) => termPattern(term, data.boundaries, data.tag))
      .filter((pattern): pattern is TermPattern => pattern !== null);
    if (patterns.length === 0) continue;
    const source = conceptSource(patterns);
    matchers.set(concept, { concept, regex: new RegExp(source, 'gu'), sticky: new RegExp(source, 'uy') });
  }
  const words = (record: Record<string, number>) =>
    new Map(Object.entries(record).map(([word, value]) => [normalizeTerm(word, data.tag), value] as const));
  return {
    tag: data.tag,
    name: data.name,
    boundaries: data.boundaries,
    rtl: data.rtl ?? false,
    tierNumberFirst: data.tierNumberFirst ?? false,
    scripts: data.scripts,
    concepts: new Set(matchers.keys()),
    matcher: (concept) => matchers.get(concept),
    ordinals: words(data.ordinals),
    numbers: words(data.numbers),
  };
}

const compiled = new Map<string, Lexicon>();

/** Primary language subtag of a BCP-47 tag: `pt-BR` -> `pt`, `zh-Hant` -> `zh`. */
export function primaryTag(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? 'en';
}

/** Tags that have a data file. */
export function supportedLanguages(): string[] {
  return Object.keys(LEXICON_DATA).sort();
}

/** The compiled lexicon of a language, or undefined when there is no data file for it. */
export function getLexicon(tag: string): Lexicon | undefined {
  const primary = primaryTag(tag);
  let lexicon = compiled.get(primary);
  if (lexicon === undefined) {
    const data = LEXICON_DATA[primary];
    if (data === undefined) return undefined;
    lexicon = compile(data);
    compiled.set(primary, lexicon);
  }
  return lexicon;
}

/**
 * Lexicons consulted for a document: its own language first, then English,
 * because policies in every language quote English terms ("Privacy Policy",
 * "email", "Tier 2").
 */
export function lexiconsFor(tag: string): Lexicon[] {
  const own = getLexicon(tag);
  const english = getLexicon('en')!;
  return own === undefined || own.tag === 'en' ? [english] : [own, english];
}
