/**
 * Text normalisation for matching. Every rule compares normalised document text
 * with normalised terms, so both sides go through `normalize`.
 *
 * The result keeps a map from each normalised UTF-16 unit back to the source
 * offset it came from, so a match can be reported at its exact position.
 */

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** `map[i]` is the source offset of `text[i]`; `map[text.length]` is the source length. */
  map: Int32Array;
  /** `ends[i]` is the source offset just after what `text[i]` came from (a whole re-composed cluster). */
  ends: Int32Array;
}

/** Format and joining controls that change nothing a reader sees. */
const REMOVED = new Set<number>([
  0x00ad, // soft hyphen
  0x0640, // Arabic tatweel
  0x061c, // Arabic letter mark
  0x200b, 0x200c, 0x200d, 0x200e, 0x200f, // zero width space, ZWNJ, ZWJ, LRM, RLM
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, // bidi embeddings and overrides
  0x2060, 0x2066, 0x2067, 0x2068, 0x2069, // word joiner, bidi isolates
  0xfeff, // zero width no-break space (BOM inside text)
  0x055b, 0x055c, 0x055e, // Armenian emphasis, exclamation, question marks (written inside words)
  0x093c, // Devanagari nukta: फ़ॉर्म and फॉर्म are written for the same word
]);

/** Letter variants folded to one form (Arabic-script languages mix them). */
const FOLDED: ReadonlyMap<number, string> = new Map([
  [0x064a, '\u06cc'], // ARABIC YEH -> FARSI YEH
  [0x0649, '\u06cc'], // ALEF MAKSURA -> FARSI YEH
  [0x06d2, '\u06cc'], // YEH BARREE (Urdu word-final) -> FARSI YEH
  [0x0643, '\u06a9'], // ARABIC KAF -> KEHEH
  [0x0647, '\u06c1'], // HEH -> HEH GOAL
  [0x06be, '\u06c1'], // HEH DOACHASHMEE -> HEH GOAL (Arabic keyboards type ه for both)
  [0x06d5, '\u06c1'], // AE -> HEH GOAL
  [0x0629, '\u06c1'], // TEH MARBUTA -> HEH GOAL
  [0x06c0, '\u06c1'], // HEH WITH YEH ABOVE -> HEH GOAL
  [0x0623, '\u0627'], // ALEF WITH HAMZA ABOVE -> ALEF
  [0x0625, '\u0627'], // ALEF WITH HAMZA BELOW -> ALEF
  [0x0622, '\u0627'], // ALEF WITH MADDA -> ALEF
  [0x0671, '\u0627'], // ALEF WASLA -> ALEF
  [0x0587, '\u0565\u0582'], // Armenian ligature և -> եւ
  [0x0451, '\u0435'], [0x0401, '\u0435'], // Russian ё -> е (the dots are usually left out)
  [0x2019, "'"], [0x2018, "'"], [0x02bc, "'"], [0x055a, "'"], // apostrophes (Armenian too)
  [0x2010, '-'], [0x2011, '-'], [0x2012, '-'], [0x2013, '-'], [0x2212, '-'],
  [0x201c, '"'], [0x201d, '"'], [0x00ab, '"'], [0x00bb, '"'],
  [0xff06, '&'],
]);

/** Code points of the digit zero of each decimal digit block that policies use. */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
  0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10,
];

/** Arabic-script vowel marks and Quranic annotations: optional in running text. */
function isArabicDiacritic(cp: number): boolean {
  return (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 || (cp >= 0x06d6 && cp <= 0x06ed);
}

function nativeDigit(cp: number): string | null {
  for (const zero of DIGIT_ZEROS) {
    if (cp >= zero && cp <= zero + 9) return String(cp - zero);
  }
  return null;
}

/** Non-ASCII white space (what `\s` matches), including no-break spaces. */
function isSpace(cp: number): boolean {
  return cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

/** Languages whose lower-casing differs from the root locale's. */
const LOCALE_CASING = new Set(['tr', 'az', 'lt']);

/**
 * Normalise text for matching: NFC, format marks removed, letter variants folded,
 * Latin accents removed, native digits to ASCII, white space (including no-break
 * spaces) collapsed to one space, and lower-cased for the language.
 */
export function normalize(source: string, language = 'en'): NormalizedText {
  const composed = source.normalize('NFC');
  // NFC changes lengths only inside combining sequences; when nothing changed
  // each unit maps to itself, otherwise map cluster by cluster.
  if (composed === source) return foldUnits(source, null, null, source.length, language);
  return foldClusters(source, language);
}

/** Re-compose each combining sequence separately so every output unit keeps a source offset. */
function foldClusters(source: string, language: string): NormalizedText {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const cluster = /\P{M}\p{M}*|\p{M}+/gsu;
  for (const match of source.matchAll(cluster)) {
    const composed = match[0].normalize('NFC');
    for (let k = 0; k < composed.length; k++) {
      starts.push(match.index);
      ends.push(match.index + match[0].length);
    }
    parts.push(composed);
  }
  return foldUnits(parts.join(''), Int32Array.from(starts), Int32Array.from(ends), source.length, language);
}

const latinBase = new Map<number, string>();

/**
 * Latin letters lose their accents: French and Portuguese capitals are often
 * written without them ("VIE PRIVEE", "DONNEES"), and both sides of a match
 * are folded alike. Letters that do not decompose (ß, ł, ø) stay.
 */
function unaccented(cp: number): string | null {
  if (!((cp >= 0xc0 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff))) return null;
  let base = latinBase.get(cp);
  if (base === undefined) {
    const first = String.fromCodePoint(cp).normalize('NFD').charCodeAt(0);
    base = first < 0x80 ? String.fromCharCode(first).toLowerCase() : '';
    latinBase.set(cp, base);
  }
  return base === '' ? null : base;
}

const lowerCache = new Map<number, string>();

function lower(cp: number, language: string): string {
  if (LOCALE_CASING.has(language)) return String.fromCodePoint(cp).toLocaleLowerCase(language);
  let cached = lowerCache.get(cp);
  if (cached === undefined) {
    cached = String.fromCodePoint(cp).toLowerCase();
    lowerCache.set(cp, cached);
  }
  return cached;
}

const utf16 = new TextDecoder('utf-16le');

/**
 * The folding pass, over UTF-16 units into typed buffers (this runs over every
 * document, so it avoids per-character strings).
 * @param starts source offset of each unit of `text`, or null when they are the same
 * @param ends source offset after each unit of `text`, or null when it is the next unit's
 */
function foldUnits(text: string, starts: Int32Array | null, ends: Int32Array | null, sourceLength: number, language: string): NormalizedText {
  let units = new Uint16Array(text.length + 16);
  let map = new Int32Array(text.length + 17);
  let endMap = new Int32Array(text.length + 16);
  let length = 0;
  let after = 0;
  const emit = (unit: number, at: number) => {
    if (length === units.length) {
      const grownUnits = new Uint16Array(units.length * 2);
      grownUnits.set(units);
      units = grownUnits;
      const grownMap = new Int32Array(map.length * 2);
      grownMap.set(map);
      map = grownMap;
      const grownEnds = new Int32Array(endMap.length * 2);
      grownEnds.set(endMap);
      endMap = grownEnds;
    }
    units[length] = unit;
    endMap[length] = after;
    map[length++] = at;
  };
  let pendingSpace = -1;
  let pendingSpaceEnd = 0;
  const flushSpace = () => {
    if (length > 0) {
      const end = after;
      after = pendingSpaceEnd;
      emit(0x20, pendingSpace);
      after = end;
    }
    pendingSpace = -1;
  };
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const at = starts === null ? i : starts[i]!;
    const width = cp > 0xffff ? 2 : 1;
    after = ends === null ? i + width : ends[i + width - 1]!;
    i += width;
    if (cp < 0x80) {
      if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) {
        if (pendingSpace < 0) {
          pendingSpace = at;
          pendingSpaceEnd = after;
        }
        continue;
      }
      if (pendingSpace >= 0) flushSpace();
      emit(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp, at);
      continue;
    }
    if (REMOVED.has(cp) || isArabicDiacritic(cp)) continue;
    if (isSpace(cp)) {
      if (pendingSpace < 0) {
        pendingSpace = at;
        pendingSpaceEnd = after;
      }
      continue;
    }
    if (pendingSpace >= 0) flushSpace();
    const replaced = FOLDED.get(cp) ?? nativeDigit(cp) ?? unaccented(cp) ?? lower(cp, language);
    for (let k = 0; k < replaced.length; k++) emit(replaced.charCodeAt(k), at);
  }
  if (length === map.length) {
    const grownMap = new Int32Array(map.length + 1);
    grownMap.set(map);
    map = grownMap;
  }
  map[length] = sourceLength;
  return { text: utf16.decode(units.subarray(0, length)), map: map.slice(0, length + 1), ends: endMap.slice(0, length) };
}

/** Normalise a term or a short string when positions are not needed. */
export function normalizeTerm(term: string, language = 'en'): string {
  return normalize(term, language).text.trim();
}
