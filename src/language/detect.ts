/**
 * Decides a document's language: frontmatter (`lang`, `language`, `locale`),
 * then the path (`privacy.ta.md`, `/ta/`), then the script of its text (and,
 * for Latin script, its function words), then the config's language, then English.
 */
import path from 'node:path';
import type { DocumentLanguage } from '../model/document-types.js';
import { LEXICON_DATA } from './data/index.js';

const FRONTMATTER_KEYS = ['lang', 'language', 'locale'] as const;
const TAG = /^[a-z]{2,3}(?:[-_][A-Za-z]{4})?(?:[-_](?:[A-Za-z]{2}|\d{3}))?$/;
/** In paths only two-letter languages count: three-letter codes collide with folder names (`src`, `bin`, `lib`). */
const PATH_TAG = /^[a-z]{2}(?:[-_][A-Za-z]{4})?(?:[-_](?:[A-Za-z]{2}|\d{3}))?$/;

let displayNames: Intl.DisplayNames | undefined;

/** Whether a string is a BCP-47 tag of a real language (not just two letters). */
export function isLanguageTag(candidate: string): boolean {
  if (!TAG.test(candidate)) return false;
  // A language with a data file is real: no need for Intl.DisplayNames, whose
  // creation (ICU data) costs ~12 ms of start-up for a path like `en/policy.md`.
  if (Object.hasOwn(LEXICON_DATA, candidate)) return true;
  displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  try {
    const tag = candidate.replace(/_/g, '-');
    const name = displayNames.of(tag);
    return name !== undefined && name.toLowerCase() !== tag.toLowerCase();
  } catch {
    return false;
  }
}

function canonical(tag: string): string {
  const parts = tag.replace(/_/g, '-').split('-');
  return parts
    .map((part, i) => (i === 0 ? part.toLowerCase() : part.length === 4 ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part.toUpperCase()))
    .join('-');
}

function fromFrontmatter(data: Record<string, unknown> | undefined): string | null {
  if (data === undefined) return null;
  for (const key of FRONTMATTER_KEYS) {
    const value = data[key];
    if (typeof value === 'string' && isLanguageTag(value.trim())) return canonical(value.trim());
  }
  return null;
}

function isPathTag(candidate: string): boolean {
  return PATH_TAG.test(candidate) && isLanguageTag(candidate);
}

/**
 * `privacy.ta.md` or the deepest folder named like a language (`/pt-BR/`).
 * Give a path relative to the project, so folders above it do not count.
 */
export function languageFromPath(relativePath: string): string | null {
  const normalized = relativePath.split(path.sep).join('/');
  const base = path.posix.basename(normalized);
  const parts = base.split('.');
  if (parts.length >= 3 && isPathTag(parts[parts.length - 2]!)) return canonical(parts[parts.length - 2]!);
  const folders = path.posix.dirname(normalized).split('/').reverse();
  for (const folder of folders) {
    if (isPathTag(folder)) return canonical(folder);
  }
  return null;
}

/** Scripts that name one language, by Unicode block (first match wins). */
const SCRIPT_BLOCKS: ReadonlyArray<{ tag: string; from: number; to: number }> = [
  { tag: 'th', from: 0x0e00, to: 0x0e7f },
  { tag: 'ta', from: 0x0b80, to: 0x0bff },
  { tag: 'hy', from: 0x0530, to: 0x058f },
  { tag: 'hi', from: 0x0900, to: 0x097f },
  { tag: 'ko', from: 0xac00, to: 0xd7af },
  { tag: 'ko', from: 0x1100, to: 0x11ff },
  { tag: 'he', from: 0x0590, to: 0x05ff },
  { tag: 'el', from: 0x0370, to: 0x03ff },
  { tag: 'ka', from: 0x10a0, to: 0x10ff },
  { tag: 'si', from: 0x0d80, to: 0x0dff },
  { tag: 'am', from: 0x1200, to: 0x137f },
];
/** Letters Urdu writes and Arabic does not; letters Persian shares with Urdu; letters only Arabic writes. */
const URDU_LETTERS = new Set([0x0679, 0x0688, 0x0691, 0x06ba, 0x06be, 0x06c1, 0x06d2]);
const PERSIAN_LETTERS = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc]);
const ARABIC_ONLY = new Set([0x0629, 0x0643, 0x064a, 0x0649]);
const SAMPLE = 20_000;
const LETTER = /\p{L}/u;

interface ScriptCounts {
  letters: number;
  kana: number;
  han: number;
  arabic: number;
  urdu: number;
  persian: number;
  arabicOnly: number;
  blocks: Map<string, number>;
}

/** One pass over the sample, counting letters by script. */
function countScripts(sample: string): ScriptCounts {
  const counts: ScriptCounts = { letters: 0, kana: 0, han: 0, arabic: 0, urdu: 0, persian: 0, arabicOnly: 0, blocks: new Map() };
  for (const char of sample) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x80) {
      if ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a) counts.letters++;
      continue;
    }
    if (!LETTER.test(char)) continue;
    counts.letters++;
    if (cp >= 0x3040 && cp <= 0x30ff) counts.kana++;
    else if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x2ffff)) counts.han++;
    else if ((cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0xfb50 && cp <= 0xfeff)) {
      counts.arabic++;
      if (URDU_LETTERS.has(cp)) counts.urdu++;
      else if (PERSIAN_LETTERS.has(cp)) counts.persian++;
      else if (ARABIC_ONLY.has(cp)) counts.arabicOnly++;
    } else {
      const block = SCRIPT_BLOCKS.find((b) => cp >= b.from && cp <= b.to);
      if (block !== undefined) counts.blocks.set(block.tag, (counts.blocks.get(block.tag) ?? 0) + 1);
    }
  }
  return counts;
}

/** The language told by the script of the text, when enough of its letters are in it. */
export function languageFromScript(text: string): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE / 2) + text.slice(-SAMPLE / 2) : text;
  const counts = countScripts(sample);
  const { letters } = counts;
  if (letters === 0) return null;
  if (counts.kana > 0 && (counts.kana + counts.han) / letters > 0.3) return 'ja';
  if (counts.han / letters > 0.3) return 'zh';
  if (counts.arabic / letters > 0.5) {
    if (counts.urdu > counts.arabicOnly && counts.urdu >= counts.persian * 0.2) return 'ur';
    if (counts.persian > counts.arabicOnly) return 'fa';
    return 'ar';
  }
  for (const [tag, count] of counts.blocks) if (count / letters > 0.5) return tag;
  return null;
}

let stopwordIndex: Map<string, string[]> | undefined;

/** Which languages use each stopword, from the data files that list stopwords. */
function stopwords(): Map<string, string[]> {
  if (stopwordIndex === undefined) {
    stopwordIndex = new Map();
    for (const [tag, data] of Object.entries(LEXICON_DATA)) {
      for (const word of data.stopwords ?? []) {
        const key = word.toLowerCase();
        stopwordIndex.set(key, [...(stopwordIndex.get(key) ?? []), tag]);
      }
    }
  }
  return stopwordIndex;
}

const WORDS_SAMPLE = 6_000;
/** How many stopwords a sample needs, and by how much the first language must lead the second. */
const MIN_HITS = 8;
const MIN_LEAD = 2;
/** Share of all words that must be the leader's stopwords (a related language scores far lower). */
const MIN_SHARE = 0.1;

/** The language of Latin-script text by its function words, when one clearly leads. */
export function languageFromWords(text: string): string | null {
  const sample = text.slice(0, WORDS_SAMPLE).toLowerCase();
  const index = stopwords();
  const hits = new Map<string, number>();
  const words = sample.match(/\p{L}+/gu) ?? [];
  for (const word of words) {
    for (const tag of index.get(word) ?? []) hits.set(tag, (hits.get(tag) ?? 0) + 1);
  }
  const [first, second] = [...hits.entries()].sort((a, b) => b[1] - a[1]);
  if (first === undefined || first[1] < MIN_HITS || first[1] < words.length * MIN_SHARE) return null;
  return second === undefined || first[1] >= second[1] * MIN_LEAD ? first[0] : null;
}

export interface DetectInput {
  /** Path relative to the project root. */
  relativePath: string;
  frontmatter?: Record<string, unknown>;
  /** The readable text of the document. */
  text: string;
  /** The config's `language`: `auto` or a tag. */
  configured?: string;
}

export function detectLanguage(input: DetectInput): DocumentLanguage {
  const declared = fromFrontmatter(input.frontmatter);
  if (declared !== null) return { tag: declared, source: 'frontmatter' };
  const fromPath = languageFromPath(input.relativePath);
  if (fromPath !== null) return { tag: fromPath, source: 'path' };
  const fromScript = languageFromScript(input.text);
  if (fromScript !== null) return { tag: fromScript, source: 'script' };
  const fromWords = languageFromWords(input.text);
  if (fromWords !== null) return { tag: fromWords, source: 'words' };
  if (input.configured !== undefined && input.configured !== 'auto') return { tag: canonical(input.configured), source: 'config' };
  return { tag: 'en', source: 'default' };
}
