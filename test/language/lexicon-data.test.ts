/**
 * Structural checks of every language data file: same concept ids as en.json,
 * no empty or duplicate terms, valid boundaries, every term compiles.
 */
import { describe, expect, it } from 'vitest';
import { LEXICON_DATA } from '../../src/language/data/index.js';
import { getLexicon, supportedLanguages, termPattern } from '../../src/language/lexicon.js';
import type { BoundaryMode } from '../../src/language/lexicon-types.js';
import { normalizeTerm } from '../../src/text/normalize.js';

const EXPECTED_LANGUAGES = ['ar', 'cs', 'de', 'en', 'es', 'fr', 'hi', 'hu', 'hy', 'id', 'it', 'ja', 'nl', 'pl', 'pt', 'ru', 'ta', 'th', 'ur', 'zh'];
/**
 * Concepts a language may leave out: rules fall back to a broader concept
 * (`escalation.path` -> `escalation` with a coverage test on the heading).
 */
const OPTIONAL_CONCEPTS = new Set([
  'escalation.path',
  // EU consumer-law wording (business-only terms, a stated exclusion of the right of withdrawal): present in the EU
  // languages' files; elsewhere the consumer-terms rules simply do not see it and check as before.
  'terms.businessOnly',
  'consumer.withdrawalExcluded',
  // "We do not sell your personal information" (CCPA): in the languages California notices are written in and the seeds' languages.
  'privacy.noSale',
]);
const REQUIRED_CONCEPTS = Object.keys(LEXICON_DATA.en!.concepts).filter((c) => !OPTIONAL_CONCEPTS.has(c)).sort();
const BOUNDARIES: readonly BoundaryMode[] = ['word', 'prefix', 'none'];
const RTL = new Set(['ar', 'ur']);
/** One-character terms that are specific enough to stand alone in a `none` language. */
const SHORT_ALLOWED = new Set(['〒']);

/**
 * One term compiled on its own, as the lexicon compiles it. `termPattern` has
 * returned either a regex source or `{ source, boundedStart }`; accept both.
 */
function termRegex(term: string, mode: BoundaryMode, tag: string): RegExp | null {
  const compiled: unknown = termPattern(term, mode, tag);
  if (compiled === null) return null;
  if (typeof compiled === 'string') return new RegExp(compiled, 'u');
  const { source, boundedStart } = compiled as { source: string; boundedStart: boolean };
  return new RegExp(`${boundedStart ? '(?<![\\p{L}\\p{M}])' : ''}(?:${source})`, 'u');
}

/** A term's identity after normalisation, keeping its `*` marks. */
function termKey(term: string, tag: string): string {
  const trimmed = term.trim();
  const start = trimmed.startsWith('*') ? '*' : '';
  const end = trimmed.endsWith('*') && trimmed.length > 1 ? '*' : '';
  return `${start}${normalizeTerm(trimmed.replace(/^\*|\*$/g, ''), tag)}${end}`;
}

describe('language registry', () => {
  it('registers exactly the expected languages', () => {
    expect(supportedLanguages()).toEqual(EXPECTED_LANGUAGES);
  });
  it('en.json defines the concept ids rules use', () => {
    expect(REQUIRED_CONCEPTS).toEqual(
      expect.arrayContaining([
        'privacy', 'privacyPolicy', 'complaint', 'escalation', 'channel.form', 'channel.postal',
        'role.agent', 'role.teamLead', 'role.manager', 'role.director', 'role.executive', 'role.external',
        'tier', 'unit.minute', 'unit.hour', 'unit.day', 'unit.businessDay', 'unit.week', 'unit.month', 'unit.year',
      ]),
    );
  });
});

describe.each(EXPECTED_LANGUAGES)('data file %s', (tag) => {
  const data = LEXICON_DATA[tag]!;

  it('is registered under its own tag and compiles', () => {
    expect(data.tag).toBe(tag);
    expect(data.name.length).toBeGreaterThan(0);
    expect(data.scripts.length).toBeGreaterThan(0);
    expect(getLexicon(tag)?.tag).toBe(tag);
  });

  it('has exactly the concept ids of en.json, each with terms', () => {
    expect(Object.keys(data.concepts).filter((c) => !OPTIONAL_CONCEPTS.has(c)).sort()).toEqual(REQUIRED_CONCEPTS);
    for (const concept of Object.keys(data.concepts)) expect(concept in LEXICON_DATA.en!.concepts, `${concept} is not an en.json concept`).toBe(true);
    for (const concept of REQUIRED_CONCEPTS) {
      expect(data.concepts[concept]!.length, concept).toBeGreaterThan(0);
      expect(getLexicon(tag)!.matcher(concept), concept).toBeDefined();
    }
  });

  it('has a valid boundaries value and the right direction', () => {
    expect(BOUNDARIES).toContain(data.boundaries);
    expect(data.rtl ?? false).toBe(RTL.has(tag));
  });

  it('has no empty term and no duplicate term after normalisation', () => {
    for (const [concept, terms] of Object.entries(data.concepts)) {
      const seen = new Map<string, string>();
      for (const term of terms) {
        const body = term.trim().replace(/^\*|\*$/g, '');
        expect(normalizeTerm(body, tag), `${concept}: empty term ${JSON.stringify(term)}`).not.toBe('');
        expect(term, `${concept}: stray white space`).toBe(term.trim());
        const key = termKey(term, tag);
        expect(seen.get(key), `${concept}: ${JSON.stringify(term)} duplicates ${JSON.stringify(seen.get(key))}`).toBeUndefined();
        seen.set(key, term);
      }
    }
  });

  it('compiles every term to a valid regex that matches the term itself', () => {
    for (const [concept, terms] of Object.entries(data.concepts)) {
      for (const term of terms) {
        const regex = termRegex(term, data.boundaries, tag);
        expect(regex, `${concept}: ${term}`).not.toBeNull();
        if (regex === null) continue;
        const written = normalizeTerm(term.replace(/^\*|\*$/g, ''), tag);
        expect(regex.test(written), `${concept}: ${term} does not match itself`).toBe(true);
        expect(regex.test(''), `${concept}: ${term} matches the empty string`).toBe(false);
      }
    }
  });

  it('keeps terms of languages without spaces long enough not to match everywhere', () => {
    if (data.boundaries !== 'none') return;
    for (const [concept, terms] of Object.entries(data.concepts)) {
      // Units are only matched right after a number, and article words only at the start
      // of a heading before a number, so a one-character counter (日, 天, 第) is fine there.
      if (concept.startsWith('unit.') || concept === 'heading.article') continue;
      for (const term of terms) {
        const length = [...normalizeTerm(term.replace(/^\*|\*$/g, ''), tag)].length;
        if (!SHORT_ALLOWED.has(term)) expect(length, `${concept}: ${term}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('has ordinal and number words with positive integer values, distinct after normalisation', () => {
    for (const record of [data.ordinals, data.numbers]) {
      expect(Object.keys(record).length).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const [word, value] of Object.entries(record)) {
        const key = normalizeTerm(word, tag);
        expect(key, word).not.toBe('');
        expect(seen.has(key), `${word} duplicates another word after normalisation`).toBe(false);
        seen.add(key);
        expect(Number.isInteger(value) && value > 0, `${word}: ${value}`).toBe(true);
      }
    }
  });

  it('says where its terms come from', () => {
    const sources = data.sources ?? {};
    expect(Object.keys(sources).length).toBeGreaterThan(0);
    for (const [key, text] of Object.entries(sources)) expect(text.trim().length, key).toBeGreaterThan(0);
    if (tag !== 'en') {
      expect(sources.boundaries, 'sources.boundaries explains the boundary choice').toMatch(new RegExp(`^${data.boundaries}\\b`));
      for (const concept of ['privacy', 'complaint', 'escalation', 'role.external']) {
        expect(sources[concept], concept).toBeDefined();
      }
    }
  });
});
