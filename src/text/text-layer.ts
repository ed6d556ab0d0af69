/**
 * The shared text layer: normalised, language-aware matching over a document's
 * plain text, with every match mapped back to source offsets.
 *
 * Rules ask questions in concepts ("is there a complaint term in this section?",
 * "which durations does this item state?"); they never see regexes or words.
 */
import { normalize, normalizeTerm, type NormalizedText } from './normalize.js';
import { lexiconsFor, primaryTag, type Lexicon } from '../language/lexicon.js';
import { findDates } from './dates.js';

/** A span of the source, by 0-based offsets; `end` is exclusive. */
export interface SourceSpan {
  start: number;
  end: number;
}

export interface TextMatch extends SourceSpan {
  concept: string;
  /** The normalised text that matched. */
  text: string;
}

/** Units of time, ordered; `hours` converts for comparison. */
export const TIME_UNITS = {
  minute: 1 / 60,
  hour: 1,
  day: 24,
  businessDay: 24,
  week: 24 * 7,
  month: 24 * 30,
  year: 24 * 365,
} as const;
export type TimeUnit = keyof typeof TIME_UNITS;

export interface Duration extends SourceSpan {
  value: number;
  unit: TimeUnit;
  /** The duration in hours, for ordering. */
  hours: number;
}

export interface DateMatch extends SourceSpan {
  /** The date at 00:00 UTC. */
  date: Date;
}

export interface Level extends SourceSpan {
  /** The number of the tier, level, line or stage (Tier 2 -> 2, second line -> 2). */
  value: number;
}

/** Plain text of a document with a map from each unit to its source offset. */
export interface PlainText {
  text: string;
  map: Int32Array;
}

const NUMBER = /\d+(?:[.,]\d+)?/gu;

export class TextLayer {
  readonly language: string;
  readonly lexicons: readonly Lexicon[];
  /** The normalised plain text of the whole document. */
  readonly normalized: string;
  /** Source offset of each normalised unit (`length + 1` entries). */
  private readonly sourceMap: Int32Array;
  /** Source offset just after each normalised unit. */
  private readonly sourceEnds: Int32Array;

  /** The document source the offsets point into. */
  private readonly raw: string;

  /**
   * @param plain the readable text with the source offset of each unit
   * @param source the text those offsets point into (the plain text itself when omitted)
   */
  constructor(plain: PlainText, language: string, source: string = plain.text) {
    this.raw = source;
    this.language = language;
    this.lexicons = lexiconsFor(language);
    const folded = normalize(plain.text, language);
    this.normalized = folded.text;
    const map = new Int32Array(folded.map.length);
    for (let i = 0; i < folded.map.length; i++) {
      const plainIndex = folded.map[i]!;
      map[i] = plainIndex < plain.map.length ? plain.map[plainIndex]! : (plain.map[plain.map.length - 1] ?? 0) + 1;
    }
    this.sourceMap = map;
    const ends = new Int32Array(folded.ends.length);
    for (let i = 0; i < folded.ends.length; i++) {
      const plainEnd = folded.ends[i]!;
      ends[i] = plainEnd > 0 ? plain.map[Math.min(plainEnd, plain.map.length) - 1]! + 1 : 0;
    }
    this.sourceEnds = ends;
  }

  /** A text layer over a plain string whose offsets are its own (for tests and small strings). */
  static fromString(text: string, language: string): TextLayer {
    const map = new Int32Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) map[i] = i;
    return new TextLayer({ text, map }, language);
  }

  /** Normalise any string the way document text is normalised. */
  normalize(text: string): string {
    return normalizeTerm(text, this.language);
  }

  /** Every match of a concept, in document order, optionally inside a source span. */
  find(concept: string, within?: SourceSpan): TextMatch[] {
    const [from, to] = this.window(within);
    const matches: TextMatch[] = [];
    for (const lexicon of this.lexicons) {
      const matcher = lexicon.matcher(concept);
      if (matcher === undefined) continue;
      for (const m of this.scan(matcher.regex, from, to)) {
        matches.push({ concept, text: m.text, start: m.start, end: m.end });
      }
    }
    return dedupe(matches);
  }

  /**
   * Matches of a user pattern (declarative rules) over the normalised text:
   * lower case, native digits as ASCII, white space collapsed. The regex is
   * used as given; it must have the `g` flag.
   */
  findPattern(regex: RegExp, within?: SourceSpan): SourceSpan[] {
    const [from, to] = this.window(within);
    return this.scan(regex, from, to).map(({ start, end }) => ({ start, end }));
  }

  /** Whether a concept occurs (optionally inside a span). */
  has(concept: string, within?: SourceSpan): boolean {
    const [from, to] = this.window(within);
    return this.lexicons.some((lexicon) => {
      const matcher = lexicon.matcher(concept);
      return matcher !== undefined && this.scan(matcher.regex, from, to, true).length > 0;
    });
  }

  /** Whether a concept occurs in an arbitrary string (a URL, a frontmatter value, link text). */
  matches(concept: string, text: string): boolean {
    const normalized = normalize(text, this.language).text;
    return this.lexicons.some((lexicon) => {
      const matcher = lexicon.matcher(concept);
      if (matcher === undefined) return false;
      matcher.regex.lastIndex = 0;
      return matcher.regex.test(normalized);
    });
  }

  /** The normalised text of a span. */
  slice(within: SourceSpan): string {
    const [from, to] = this.window(within);
    return this.normalized.slice(from, to);
  }

  /** Durations such as "5 business days", "٥ دن", "๕ วันทำการ", "quatorze (14) jours", "five days". */
  durations(within?: SourceSpan): Duration[] {
    const [from, to] = this.window(within);
    const found: Duration[] = [];
    for (const number of this.numbers(from, to)) {
      const cursor = this.skipNumberGlue(number.end, to);
      // A line break between number and unit means they belong to different lines ("2021\nวันที่...").
      if (this.source(number.end, cursor).includes('\n')) continue;
      for (const unit of Object.keys(TIME_UNITS) as TimeUnit[]) {
        const match = this.matchAt(`unit.${unit}`, cursor, to);
        if (match === null) continue;
        // "9h00", "9h-18h", "de 9h à 20h": a one- or two-letter hour unit next to more
        // digits is a clock time, not a duration.
        if (unit === 'hour' && match - cursor <= 2 && this.isClockTime(number.start, match)) continue;
        // "1 января 2024 года", "in the year 2024": a calendar year, not 2024 years.
        if (unit === 'year' && number.value >= 1800 && number.value <= 2200 && Number.isInteger(number.value)) continue;
        const candidate: Duration = {
          value: number.value,
          unit,
          hours: number.value * TIME_UNITS[unit],
          start: this.sourceMap[number.start]!,
          end: this.sourceOffsetEnd(match),
        };
        const previous = found[found.length - 1];
        // "business day" also matches "day": keep the longer unit at the same number.
        if (previous !== undefined && previous.start === candidate.start) {
          if (candidate.end > previous.end) found[found.length - 1] = candidate;
        } else {
          found.push(candidate);
        }
      }
    }
    return found;
  }

  /** Whether a short hour unit sits in a clock time: digits right after it, or another such time close by. */
  private isClockTime(start: number, unitEnd: number): boolean {
    const text = this.normalized;
    if (/^\d/.test(text.slice(unitEnd, unitEnd + 1))) return true;
    const around = text.slice(Math.max(0, start - 8), Math.min(text.length, unitEnd + 10));
    return (around.match(/\d{1,2} ?h(?![\p{L}])/gu) ?? []).length >= 2;
  }

  /** Calendar dates: `2025-03-05`, `05/03/2025`, `5 March 2025`, `2025年3月5日`, `5 มีนาคม 2568` (Buddhist era). */
  dates(within?: SourceSpan): DateMatch[] {
    const [from, to] = this.window(within);
    return findDates(this.normalized, primaryTag(this.language), from, to).map((found) => ({
      date: found.date,
      start: this.sourceMap[found.from]!,
      end: this.sourceOffsetEnd(found.to),
    }));
  }

  /** Levels such as "Tier 2", "L3", "second line", "level ๒", "2级", "2-րդ մակարդակ". */
  levels(within?: SourceSpan): Level[] {
    const [from, to] = this.window(within);
    const text = this.normalized;
    const found = new Map<number, Level>();
    const add = (level: Level) => {
      if (!found.has(level.start)) found.set(level.start, level);
    };
    for (const lexicon of this.lexicons) {
      const matcher = lexicon.matcher('tier');
      if (matcher === undefined) continue;
      for (const tier of this.scan(matcher.regex, from, to)) {
        let cursor = tier.to;
        while (cursor < to && (text[cursor] === ' ' || text[cursor] === '-')) cursor++;
        const after = this.numberAt(cursor, to);
        // A one-letter tier word ("L2") takes one digit: "L217-4" is a statute, not a level.
        if (after !== null && (tier.to - tier.from > 1 || after.value < 10)) {
          add({ value: after.value, start: tier.start, end: this.sourceOffsetEnd(after.end) });
          continue;
        }
        // A one-letter tier word is only "L2": "secondo l'articolo" is not level 2.
        if (tier.to - tier.from === 1) continue;
        const before = this.ordinalEndingAt(tier.from, from) ?? (lexicon.tierNumberFirst ? this.numberBefore(tier.from, from) : null);
        if (before !== null) add({ value: before.value, start: this.sourceMap[before.start]!, end: tier.end });
      }
    }
    return [...found.values()].sort((a, b) => a.start - b.start);
  }

  /** Normalised index range that covers a source span. */
  private window(within?: SourceSpan): [number, number] {
    if (within === undefined) return [0, this.normalized.length];
    return [this.indexAtOrAfter(within.start), this.indexAtOrAfter(within.end)];
  }

  /** First normalised index whose source offset is >= `offset`. */
  private indexAtOrAfter(offset: number): number {
    const map = this.sourceMap;
    let lo = 0;
    let hi = this.normalized.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (map[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private scan(regex: RegExp, from: number, to: number, first = false): Array<{ from: number; to: number; start: number; end: number; text: string }> {
    const results: Array<{ from: number; to: number; start: number; end: number; text: string }> = [];
    if (from >= to) return results;
    // Search only the window (plus one unit each side for the boundary look-arounds):
    // a regex left to run from `from` would scan the rest of the document.
    const lo = Math.max(0, from - 1);
    const hi = Math.min(this.normalized.length, to + 1);
    const text = lo === 0 && hi === this.normalized.length ? this.normalized : this.normalized.slice(lo, hi);
    regex.lastIndex = from - lo;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      const index = m.index + lo;
      const end = index + m[0].length;
      if (end > to) break;
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      results.push({ from: index, to: end, start: this.sourceMap[index]!, end: this.sourceOffsetEnd(end), text: m[0] });
      if (first) break;
    }
    return results;
  }

  /** Source offset just after the normalised unit before `end`. */
  private sourceOffsetEnd(end: number): number {
    return end <= 0 ? this.sourceMap[0]! : this.sourceEnds[end - 1]!;
  }

  /** End (normalised index) of a concept match that starts exactly at `index`. */
  private matchAt(concept: string, index: number, limit: number): number | null {
    let best: number | null = null;
    for (const lexicon of this.lexicons) {
      const matcher = lexicon.matcher(concept);
      if (matcher === undefined) continue;
      const sticky = matcher.sticky;
      sticky.lastIndex = index;
      const m = sticky.exec(this.normalized);
      if (m !== null && index + m[0].length <= limit) best = Math.max(best ?? 0, index + m[0].length);
    }
    return best;
  }

  /** Numbers in digits (any script, already folded to ASCII) or in words. */
  private numbers(from: number, to: number): Array<{ value: number; start: number; end: number }> {
    // Search the window only: a search left to run from `from` scans the rest of
    // the document on every call, which makes rules quadratic on long files.
    const window = this.normalized.slice(from, to);
    const found: Array<{ value: number; start: number; end: number }> = [];
    NUMBER.lastIndex = 0;
    for (let m = NUMBER.exec(window); m !== null; m = NUMBER.exec(window)) {
      found.push({ value: Number(m[0].replace(',', '.')), start: from + m.index, end: from + m.index + m[0].length });
    }
    for (const lexicon of this.lexicons) {
      for (const [word, value] of lexicon.numbers) {
        for (let at = window.indexOf(word); at >= 0; at = window.indexOf(word, at + word.length)) {
          if (this.isWordAt(from + at, from + at + word.length, lexicon)) found.push({ value, start: from + at, end: from + at + word.length });
        }
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    // "forty-eight" also contains "eight": keep the longest number at each place.
    const kept: typeof found = [];
    for (const number of found) {
      if (kept.length === 0 || number.start >= kept[kept.length - 1]!.end) kept.push(number);
    }
    return kept;
  }

  /**
   * Skip what may stand between a number and its unit: spaces, a hyphen, and a
   * number restated in brackets ("quatorze (14) jours", "10 (dez) dias").
   */
  private skipNumberGlue(index: number, limit: number): number {
    const text = this.normalized;
    let cursor = index;
    while (cursor < limit && (text[cursor] === ' ' || text[cursor] === '-')) cursor++;
    if (text[cursor] === '(') {
      const close = text.indexOf(')', cursor);
      if (close > cursor && close - cursor <= 24 && close < limit) {
        cursor = close + 1;
        while (cursor < limit && text[cursor] === ' ') cursor++;
      }
    }
    return cursor;
  }

  /** The source text between two normalised indexes. */
  private source(from: number, to: number): string {
    return this.raw.slice(this.sourceMap[from]!, this.sourceMap[Math.max(from, to)]!);
  }

  /** A number in digits written right before a tier word ("2级支持", "2次対応"). */
  private numberBefore(index: number, floor: number): { value: number; start: number } | null {
    const text = this.normalized;
    let end = index;
    while (end > floor && (text[end - 1] === ' ' || text[end - 1] === '-')) end--;
    let start = end;
    while (start > floor && text[start - 1]! >= '0' && text[start - 1]! <= '9') start--;
    return start < end ? { value: Number(text.slice(start, end)), start } : null;
  }

  private numberAt(index: number, limit: number): { value: number; end: number } | null {
    const digits = /\d+/y;
    digits.lastIndex = index;
    const m = digits.exec(this.normalized);
    if (m !== null && index + m[0].length <= limit) return { value: Number(m[0]), end: index + m[0].length };
    for (const lexicon of this.lexicons) {
      for (const [word, value] of [...lexicon.ordinals, ...lexicon.numbers]) {
        if (this.normalized.startsWith(word, index) && index + word.length <= limit && this.isWordAt(index, index + word.length, lexicon)) {
          return { value, end: index + word.length };
        }
      }
    }
    return null;
  }

  private ordinalEndingAt(index: number, floor: number): { value: number; start: number } | null {
    const text = this.normalized;
    let end = index;
    while (end > floor && (text[end - 1] === ' ' || text[end - 1] === '-')) end--;
    for (const lexicon of this.lexicons) {
      for (const [word, value] of lexicon.ordinals) {
        const start = end - word.length;
        // "2." must not be the end of "12.".
        const afterDigit = start > 0 && /\d/.test(text[start - 1]!);
        if (start >= floor && !afterDigit && text.startsWith(word, start) && this.isWordAt(start, end, lexicon)) return { value, start };
      }
    }
    return null;
  }

  private isWordAt(start: number, end: number, lexicon: Lexicon): boolean {
    if (lexicon.boundaries === 'none') return true;
    const letter = /[\p{L}\p{M}]/u;
    const before = start > 0 ? this.normalized[start - 1]! : ' ';
    const after = end < this.normalized.length ? this.normalized[end]! : ' ';
    return !letter.test(before) && (lexicon.boundaries === 'prefix' || !letter.test(after));
  }
}

function dedupe(matches: TextMatch[]): TextMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextMatch[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (last !== undefined && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

export type { NormalizedText };
