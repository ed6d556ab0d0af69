/**
 * Decides a document's language: frontmatter (`lang`, `language`, `locale`),
 * then the path (`privacy.ta.md`, `/ta/`), then the script of its text, then
 * the config's language, then English.
 */
import path from 'node:path';
import type { DocumentLanguage } from '../model/document-types.js';

const FRONTMATTER_KEYS = ['lang', 'language', 'locale'] as const;
const TAG = /^[a-z]{2,3}(?:[-_][A-Za-z]{4})?(?:[-_](?:[A-Za-z]{2}|\d{3}))?$/;
/** In paths only two-letter languages count: three-letter codes collide with folder names (`src`, `bin`, `lib`). */
const PATH_TAG = /^[a-z]{2}(?:[-_][A-Za-z]{4})?(?:[-_](?:[A-Za-z]{2}|\d{3}))?$/;

let displayNames: Intl.DisplayNames | undefined;

/** Whether a string is a BCP-47 tag of a real language (not just two letters). */
export function isLanguageTag(candidate: string): boolean {
  if (!TAG.test(candidate)) return false;
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

/** Scripts that name one language (or tell languages apart by their letters). */
const SCRIPT_LANGUAGES: Array<{ tag: string; letters: RegExp }> = [
  { tag: 'th', letters: /\p{Script=Thai}/u },
  { tag: 'ta', letters: /\p{Script=Tamil}/u },
  { tag: 'hy', letters: /\p{Script=Armenian}/u },
  { tag: 'hi', letters: /\p{Script=Devanagari}/u },
  { tag: 'ko', letters: /\p{Script=Hangul}/u },
  { tag: 'he', letters: /\p{Script=Hebrew}/u },
  { tag: 'el', letters: /\p{Script=Greek}/u },
  { tag: 'ka', letters: /\p{Script=Georgian}/u },
  { tag: 'si', letters: /\p{Script=Sinhala}/u },
  { tag: 'am', letters: /\p{Script=Ethiopic}/u },
];
/** Letters Urdu writes and Arabic does not; Persian letters shared with Urdu. */
const URDU_LETTERS = /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]/gu;
const PERSIAN_LETTERS = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/gu;
const ARABIC_ONLY = /[\u0629\u0643\u064a\u0649]/gu;
const SAMPLE = 20_000;

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

/** The language told by the script of the text, when more than half of its letters are in it. */
export function languageFromScript(text: string): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE / 2) + text.slice(-SAMPLE / 2) : text;
  const letters = count(sample, /\p{L}/gu);
  if (letters === 0) return null;
  const kana = count(sample, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const han = count(sample, /\p{Script=Han}/gu);
  if (kana > 0 && (kana + han) / letters > 0.3) return 'ja';
  if (han / letters > 0.3) return 'zh';
  const arabic = count(sample, /\p{Script=Arabic}/gu);
  if (arabic / letters > 0.5) {
    const urdu = count(sample, URDU_LETTERS);
    const persian = count(sample, PERSIAN_LETTERS);
    const arabicOnly = count(sample, ARABIC_ONLY);
    if (urdu > arabicOnly && urdu >= persian * 0.2) return 'ur';
    if (persian > arabicOnly) return 'fa';
    return 'ar';
  }
  for (const { tag, letters: script } of SCRIPT_LANGUAGES) {
    const pattern = new RegExp(script.source, 'gu');
    if (count(sample, pattern) / letters > 0.5) return tag;
  }
  return null;
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
  if (input.configured !== undefined && input.configured !== 'auto') return { tag: canonical(input.configured), source: 'config' };
  return { tag: 'en', source: 'default' };
}
