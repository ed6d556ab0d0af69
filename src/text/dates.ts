/**
 * Calendar dates in normalised text: numeric (`2025-03-05`, `05/03/2025`,
 * `5.3.2025`), CJK (`2025年3月5日`) and with month names in the document's
 * language (`5 March 2025`, `March 5, 2025`, `5 มีนาคม 2568`, `5 մարտի 2025`).
 *
 * Month names come from the platform's Unicode data (Intl), not from word
 * lists: every language Node knows is covered, in the forms a date is written
 * with (Armenian and Russian use the genitive inside a date).
 */
import { normalizeTerm } from './normalize.js';
import { getLexicon } from '../language/lexicon.js';

export interface FoundDate {
  date: Date;
  /** Normalised-text indexes, `end` exclusive. */
  from: number;
  to: number;
}

/** Thai dates count years in the Buddhist era: 2568 BE is 2025 CE. */
const BUDDHIST_ERA_OFFSET = 543;

function makeDate(year: number, month: number, day: number): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date : null;
}

function commonEraYear(year: number, language: string): number {
  return language === 'th' && year > 2400 ? year - BUDDHIST_ERA_OFFSET : year;
}

const monthPatterns = new Map<string, { regex: RegExp; months: Map<string, number> }>();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Month names of a language (long, short, and as written inside a date), normalised, mapped to 1-12. */
function monthNames(language: string): { regex: RegExp; months: Map<string, number> } {
  let cached = monthPatterns.get(language);
  if (cached !== undefined) return cached;
  const months = new Map<string, number>();
  const add = (name: string, month: number) => {
    const normalized = normalizeTerm(name.replace(/\.$/, ''), language);
    // Numeric "months" (ja "3月") are handled by the CJK pattern.
    if (normalized.length >= 2 && !/\d/.test(normalized)) months.set(normalized, month);
  };
  for (const locale of new Set([language, 'en'])) {
    let formats: Intl.DateTimeFormat[];
    try {
      formats = [
        new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }),
        new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
        new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
      ];
    } catch {
      continue;
    }
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2021, month - 1, 15));
      for (const format of formats) {
        for (const part of format.formatToParts(date)) if (part.type === 'month') add(part.value, month);
      }
    }
  }
  const names = [...months.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  // A month name starts a word ("grammar 2025" is no date in March), except in
  // languages written without spaces (Thai "ปรับปรุงเมื่อมีนาคม 2568").
  const wordStart = getLexicon(language)?.boundaries === 'none' ? '' : '(?<![\\p{L}\\p{M}])';
  // day? month day? ,? year — both orders of day and month, optional ordinal suffixes and commas.
  const regex = new RegExp(
    `(?<!\\d)(?:(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s*(?:de\\s+)?)?${wordStart}(${names})\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?[,،-]?\\s*(?:de\\s+)?(\\d{4})(?!\\d)`,
    'gu',
  );
  cached = { regex, months };
  monthPatterns.set(language, cached);
  return cached;
}

const ISO = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;
const DAY_FIRST = /(?<![\d.])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/g;
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일])?/g;

/**
 * Dates in `text[from, to)`, in order. `05/03/2025` is read day first unless
 * that is impossible; when both readings are valid, the later date is kept
 * (a review date is never made to look older than it may be).
 */
export function findDates(text: string, language: string, from = 0, to = text.length): FoundDate[] {
  const window = text.slice(from, to);
  const found: FoundDate[] = [];
  const push = (date: Date | null, index: number, length: number) => {
    if (date !== null) found.push({ date, from: from + index, to: from + index + length });
  };
  for (const m of window.matchAll(ISO)) push(makeDate(commonEraYear(Number(m[1]), language), Number(m[2]), Number(m[3])), m.index, m[0].length);
  for (const m of window.matchAll(DAY_FIRST)) {
    const year = commonEraYear(Number(m[3]), language);
    const dayFirst = makeDate(year, Number(m[2]), Number(m[1]));
    const monthFirst = makeDate(year, Number(m[1]), Number(m[2]));
    const later = dayFirst === null ? monthFirst : monthFirst === null || dayFirst > monthFirst ? dayFirst : monthFirst;
    push(later, m.index, m[0].length);
  }
  for (const m of window.matchAll(CJK)) push(makeDate(Number(m[1]), Number(m[2]), Number(m[3] ?? 1)), m.index, m[0].length);
  const { regex, months } = monthNames(language);
  for (const m of window.matchAll(regex)) {
    const month = months.get(m[2]!)!;
    push(makeDate(commonEraYear(Number(m[4]), language), month, Number(m[1] ?? m[3] ?? 1)), m.index, m[0].length);
  }
  // Overlapping readings of one date (an ISO date inside a longer match): keep the first.
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: FoundDate[] = [];
  for (const date of found) if (kept.length === 0 || date.from >= kept[kept.length - 1]!.to) kept.push(date);
  return kept;
}
