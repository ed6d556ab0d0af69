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

/**
 * A letter or combining mark. Written as an alternation, not as the class
 * `[\p{L}\p{M}]`: it matches exactly the same (one code point, the two sets
 * are disjoint), but V8 builds and compiles it in less than half the time (the
 * union of two property classes is costly), which is most of compiling a
 * concept's regex at start-up; matching is as fast.
 */
const LETTER = '(?:\\p{L}|\\p{M})';

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

/** A term's pattern split into its body and its end boundary (shared by many terms of a concept). */
interface TermParts {
  core: string;
  after: string;
  length: number;
  boundedStart: boolean;
}

function termParts(term: string, mode: BoundaryMode, language: string): TermParts | null {
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
  if (mode === 'none') return { core, after: '', length: normalized.length, boundedStart: false };
  // An open end takes in the rest of the word, so a match covers "complaints", not "complaint".
  const after = openEnd || mode === 'prefix' ? `${LETTER}*` : `(?!${LETTER})`;
  return { core, after, length: normalized.length, boundedStart: !openStart };
}

/** Turn one written term into a regex source honouring its boundary mode and `*` marks. */
export function termPattern(term: string, mode: BoundaryMode, language: string): TermPattern | null {
  const parts = termParts(term, mode, language);
  return parts === null ? null : { source: `${parts.core}${parts.after}`, length: parts.length, boundedStart: parts.boundedStart };
}

/**
 * Alternatives in order, each run of neighbours with the same end boundary
 * sharing one copy of it: `(?:a|b)(?!L)` matches exactly what `a(?!L)|b(?!L)`
 * does (backtracking tries a, then b, before the boundary each time), but every
 * letter class costs V8 a Unicode set to build when the regex is created and
 * again when it first runs: writing it once per term made compiling the English
 * lexicon most of the start-up of a one-file run.
 */
function alternation(patterns: readonly TermParts[]): string {
  const runs: string[] = [];
  for (let i = 0; i < patterns.length; ) {
    const after = patterns[i]!.after;
    let j = i;
    while (j < patterns.length && patterns[j]!.after === after) j++;
    const cores = patterns.slice(i, j).map((p) => p.core);
    runs.push(after === '' ? cores.join('|') : `${cores.length === 1 ? cores[0] : `(?:${cores.join('|')})`}${after}`);
    i = j;
  }
  return runs.join('|');
}

/**
 * One regex for all terms of a concept. The start boundary is tested once per
 * position for all bounded terms, not once per term: the hot path of matching.
 */
function conceptSource(patterns: readonly TermParts[]): string {
  // Longest first, so "privacy policy" wins over "privacy" at the same place.
  const byLength = (a: TermParts, b: TermParts) => b.length - a.length;
  const bounded = patterns.filter((p) => p.boundedStart).sort(byLength);
  const open = patterns.filter((p) => !p.boundedStart).sort(byLength);
  const parts: string[] = [];
  if (bounded.length > 0) parts.push(`(?<!${LETTER})(?:${alternation(bounded)})`);
  if (open.length > 0) parts.push(alternation(open));
  return parts.join('|');
}

/** A concept's matcher, its two regexes built on first use (a run asks for a few concepts of a few languages). */
function conceptMatcher(concept: string, source: string): ConceptMatcher {
  let regex: RegExp | undefined;
  let sticky: RegExp | undefined;
  return {
    concept,
    get regex() {
      return (regex ??= new RegExp(source, 'gu'));
    },
    get sticky() {
      return (sticky ??= new RegExp(source, 'uy'));
    },
  };
}

/**
 * A language's lexicon. Terms are normalised and their regexes built per
 * concept on first use: a run asks for a few dozen concepts, mostly of English.
 */
function compile(data: LexiconData): Lexicon {
  const matchers = new Map<string, ConceptMatcher | null>();
  const matcher = (concept: string): ConceptMatcher | undefined => {
    let found = matchers.get(concept);
    if (found === undefined) {
      const terms = Object.hasOwn(data.concepts, concept) ? data.concepts[concept] : undefined;
      const patterns = [...new Set(terms ?? [])]
        .map((term) => termParts(term, data.boundaries, data.tag))
        .filter((pattern): pattern is TermParts => pattern !== null);
      found = patterns.length === 0 ? null : conceptMatcher(concept, conceptSource(patterns));
      matchers.set(concept, found);
    }
    return found ?? undefined;
  };
  const words = (record: Record<string, number>) =>
    new Map(Object.entries(record).map(([word, value]) => [normalizeTerm(word, data.tag), value] as const));
  let concepts: ReadonlySet<string> | undefined;
  let ordinals: ReadonlyMap<string, number> | undefined;
  let numbers: ReadonlyMap<string, number> | undefined;
  return {
    tag: data.tag,
    name: data.name,
    boundaries: data.boundaries,
    rtl: data.rtl ?? false,
    tierNumberFirst: data.tierNumberFirst ?? false,
    scripts: data.scripts,
    get concepts() {
      return (concepts ??= new Set(Object.keys(data.concepts).filter((concept) => matcher(concept) !== undefined)));
    },
    matcher,
    get ordinals() {
      return (ordinals ??= words(data.ordinals));
    },
    get numbers() {
      return (numbers ??= words(data.numbers));
    },
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
