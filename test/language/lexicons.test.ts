/**
 * Each language's terms against real and natural sentences: concepts that must
 * match, near misses that must not, durations (ASCII and native digits) and levels.
 * The sentences are in lexicon-cases.ts.
 */
import { describe, expect, it } from 'vitest';
import { TextLayer } from '../../src/text/text-layer.js';
import { getLexicon, supportedLanguages } from '../../src/language/lexicon.js';
import { normalizeTerm } from '../../src/text/normalize.js';
import { CASES, KEY_CONCEPTS, ROLE_LEVELS } from './lexicon-cases.js';

/** The source text of every match of a concept. */
function found(text: string, tag: string, concept: string): string[] {
  return TextLayer.fromString(text, tag)
    .find(concept)
    .map((m) => text.slice(m.start, m.end));
}

describe('case tables', () => {
  it('cover every language that has a data file', () => {
    expect(CASES.map((c) => c.tag).sort()).toEqual(supportedLanguages());
  });
  it.each(CASES.map((c) => [c.tag, c] as const))('%s: exercise the key concepts, four role levels, durations and levels', (_tag, cases) => {
    const matched = new Set(cases.match.map(([concept]) => concept));
    for (const concept of KEY_CONCEPTS) expect(matched.has(concept), concept).toBe(true);
    expect(ROLE_LEVELS.filter((role) => matched.has(role)).length).toBeGreaterThanOrEqual(4);
    expect(cases.miss.length).toBeGreaterThan(0);
    expect(cases.durations.length).toBeGreaterThanOrEqual(3);
    expect(cases.levels.length).toBeGreaterThan(0);
  });
});

describe.each(CASES.map((c) => [c.tag, c] as const))('lexicon %s', (tag, cases) => {
  it.each(cases.match.map(([concept, text, expected]) => [concept, text, expected] as const))(
    'finds %s in %s',
    (concept, text, expected) => {
      const layer = TextLayer.fromString(text, tag);
      expect(layer.has(concept)).toBe(true);
      // `expected` is the term that must match; an open-ended term's match runs on to the end of the word.
      if (expected !== undefined) expect(found(text, tag, concept).some((match) => match.startsWith(expected)), `${found(text, tag, concept).join(', ')}`).toBe(true);
    },
  );

  it.each(cases.miss.map(([concept, text]) => [concept, text] as const))('does not find %s in %s', (concept, text) => {
    expect(found(text, tag, concept)).toEqual([]);
  });

  it.each(cases.durations.map(([text, expected]) => [text, expected] as const))('reads durations in %s', (text, expected) => {
    const durations = TextLayer.fromString(text, tag).durations();
    expect(durations.map((d) => [d.value, d.unit])).toEqual(expected);
    for (const d of durations) {
      expect(d.start).toBeGreaterThanOrEqual(0);
      expect(d.end).toBeLessThanOrEqual(text.length);
      expect(d.end).toBeGreaterThan(d.start);
    }
  });

  it.each(cases.levels.map(([text, expected]) => [text, expected] as const))('reads levels in %s', (text, expected) => {
    expect(TextLayer.fromString(text, tag).levels().map((l) => l.value)).toEqual(expected);
  });
});

describe('language variants and normalisation', () => {
  it('resolves regional tags to the language file', () => {
    expect(TextLayer.fromString('請參閱我們的隱私權政策。', 'zh-TW').has('privacyPolicy')).toBe(true);
    expect(TextLayer.fromString('Leia a Política de Privacidade.', 'pt-BR').has('privacyPolicy')).toBe(true);
    expect(TextLayer.fromString('Política de privacidad', 'es-ES').has('privacyPolicy')).toBe(true);
  });

  it('matches un-normalised (NFD) Tamil', () => {
    const policy = 'எங்கள் தனியுரிமைக் கொள்கையைப் படிக்கவும்.';
    const decomposed = policy.normalize('NFD');
    expect(decomposed).not.toBe(policy); // கொ (U+0B95 U+0BCA) decomposes to U+0B95 U+0BC6 U+0BBE
    const layer = TextLayer.fromString(decomposed, 'ta');
    expect(layer.has('privacyPolicy')).toBe(true);
    const [match] = layer.find('privacyPolicy');
    expect(match!.start).toBe(decomposed.indexOf('த'));
    expect(match!.text).toBe('தனியுரிமைக் கொள்கையைப்'); // the whole inflected word

    const form = 'தொடர்பு படிவத்தை நிரப்பவும். ௫ வேலை நாட்களுக்குள் பதில்.'.normalize('NFD');
    const formLayer = TextLayer.fromString(form, 'ta');
    expect(formLayer.has('channel.form')).toBe(true);
    expect(formLayer.durations().map((d) => [d.value, d.unit])).toEqual([[5, 'businessDay']]);
  });

  it('matches Urdu written with Arabic yeh, kaf and heh', () => {
    // ي (U+064A) for ی, ك (U+0643) for ک, ه (U+0647) for ہ, ى (U+0649) for ی.
    const text = 'اگر آپ مطمئن نهيں هيں تو اپنی شكايت درج كريں۔ رازداري كى پاليسي پڑھیں۔ درجه 2';
    expect(text).toMatch(/[\u064a\u0643\u0647\u0649]/u);
    const layer = TextLayer.fromString(text, 'ur');
    expect(layer.has('escalation')).toBe(true);
    expect(layer.has('complaint')).toBe(true);
    expect(layer.has('privacyPolicy')).toBe(true);
    expect(layer.levels().map((l) => l.value)).toEqual([2]);
    const [complaint] = layer.find('complaint');
    expect(text.slice(complaint!.start, complaint!.end)).toBe('شكايت');
  });

  it('reads native digits of every script', () => {
    const cases: Array<[string, string, number]> = [
      ['ta', '௫ நாட்கள்', 5],
      ['th', '๕ วัน', 5],
      ['ur', '۵ دن', 5],
      ['ar', '٥ أيام', 5],
      ['hi', '५ दिन', 5],
      ['ja', '５日以内', 5],
      ['zh', '５天', 5],
    ];
    for (const [tag, text, value] of cases) {
      expect(TextLayer.fromString(text, tag).durations().map((d) => [d.value, d.unit]), `${tag}: ${text}`).toEqual([[value, 'day']]);
    }
  });

  it('ignores Armenian emphasis and question marks inside words', () => {
    const layer = TextLayer.fromString('Ունե՞ք բողո՛ք:', 'hy');
    expect(layer.has('complaint')).toBe(true);
  });

  it('finds English terms quoted in other languages', () => {
    expect(TextLayer.fromString('Consultez notre Privacy Policy.', 'fr').has('privacyPolicy')).toBe(true);
    expect(TextLayer.fromString('Tier 2 サポート', 'ja').levels().map((l) => l.value)).toEqual([2]);
  });
});

describe('heading.article', () => {
  // How src/model/headings.ts reads a numbered pseudo-heading: the article word at the
  // start of the line, then a number (digits or Roman).
  const HEADINGS: Array<[string, string]> = [
    ['en', 'Section 9 Complaints'],
    ['fr', 'ARTICLE 9 - Médiation'],
    ['de', '§ 3 Widerrufsrecht'],
    ['es', 'Artículo 5. Reclamaciones'],
    ['pt', 'Cláusula 5 – Reclamações'],
    ['ja', '第9条（苦情）'],
    ['zh', '第9条 投诉'],
    ['th', 'ข้อ 9 การร้องเรียน'],
    ['ur', 'دفعہ 9 شکایات'],
    ['ar', 'المادة 9 الشكاوى'],
    ['hi', 'धारा 9 शिकायतें'],
    ['ta', 'பிரிவு 9 புகார்கள்'],
    ['hy', 'Հոդված 9. Բողոքներ'],
    // corpus OpenTermsArchive__p2b-compliance-versions/Sir Local/Commercial Terms.md
    ['pl', 'Dział VI: Tryb postępowania reklamacyjnego'],
    ['cs', 'Článek 5 Reklamace'],
    ['ru', 'Статья 9. Порядок рассмотрения претензий'],
    ['it', 'Articolo 9 - Reclami'],
    // corpus OpenTermsArchive__p2b-compliance-versions/bol.com/Marketplace Sellers Conditions.md
    ['nl', 'Artikel 20 – Bemiddeling/mediation'],
    // Hungarian usually writes the number first ('12. Panaszkezelés', '9. §'), which this reader does not take
    ['hu', '§ 12 Panaszkezelés'],
    ['id', 'Pasal 9 Pengaduan'],
  ];
  it.each(HEADINGS)('%s: %s starts with an article word and a number', (tag, heading) => {
    const matcher = getLexicon(tag)!.matcher('heading.article')!;
    const sticky = new RegExp(matcher.regex.source, 'uy');
    const text = normalizeTerm(heading, tag);
    const m = sticky.exec(text);
    expect(m).not.toBeNull();
    expect(text.slice(m![0].length)).toMatch(/^\s*[\dIVXLC]+\b/iu);
  });
  it('covers every language', () => {
    expect(HEADINGS.map(([tag]) => tag).sort()).toEqual(supportedLanguages());
  });
});

describe('text layer edge cases found while writing the language data', () => {
  const durations = (text: string, tag: string) => TextLayer.fromString(text, tag).durations().map((d) => [d.value, d.unit]);
  // A compound number word must not be read again from its tail ("สามสิบ" is 30, not 30 and 10).
  it('reads compound number words once', () => {
    expect(durations('ภายในสามสิบวัน', 'th')).toEqual([[30, 'day']]);
    expect(durations('三十日以内', 'ja')).toEqual([[30, 'day']]);
    expect(durations('十五天内', 'zh')).toEqual([[15, 'day']]);
    expect(durations('within twenty-four hours', 'en')).toEqual([[24, 'hour']]);
  });
  it('ends a match in un-normalised Tamil after its last vowel sign', () => {
    const text = 'எங்கள் தனியுரிமைக் கொள்கை'.normalize('NFD');
    const [match] = TextLayer.fromString(text, 'ta').find('privacyPolicy');
    expect(match).toBeDefined();
    expect(text.slice(match!.start, match!.end).normalize('NFC')).toBe('தனியுரிமைக் கொள்கை');
  });
  it('reads a number restated in brackets', () => {
    expect(durations('dans un délai de quatorze (14) jours', 'fr')).toEqual([[14, 'day']]);
    expect(durations('plazo de diez (10) días', 'es')).toEqual([[10, 'day']]);
  });
  it('reads number-first tiers in Chinese and Japanese', () => {
    expect(TextLayer.fromString('2级支持', 'zh').levels().map((l) => l.value)).toEqual([2]);
    expect(TextLayer.fromString('2次対応', 'ja').levels().map((l) => l.value)).toEqual([2]);
  });
  it('folds ه typed for ھ in Urdu', () => {
    expect(durations('24 گهنٹے', 'ur')).toEqual([[24, 'hour']]);
  });
  it('does not join a number to the next line in Thai', () => {
    expect(durations('5 มกราคม 2021\nวันที่อัปเดต', 'th')).toEqual([]);
  });
  it('prefers the longest term at a place', () => {
    expect(TextLayer.fromString('A customer service representative', 'en').find('role.agent').map((m) => m.text)).toEqual(['customer service representative']);
  });
  it('does not read courtesy as a court, or L217-4 as a level', () => {
    expect(TextLayer.fromString('We treat every customer with courtesy.', 'en').has('role.external')).toBe(false);
    expect(TextLayer.fromString("Article L217-4 du Code de la consommation, l'acheteur", 'fr').levels()).toEqual([]);
    expect(TextLayer.fromString('Escalate to L2 support', 'en').levels().map((l) => l.value)).toEqual([2]);
  });
});

describe('clock times and accents', () => {
  const durations = (text: string, tag: string) => TextLayer.fromString(text, tag).durations().map((d) => [d.value, d.unit]);
  it('does not read opening hours as durations', () => {
    expect(durations('Service client du lundi au vendredi de 9h à 20h, le samedi 9h00-12h00.', 'fr')).toEqual([]);
    expect(durations('Nous répondons sous 48h.', 'fr')).toEqual([[48, 'hour']]);
  });
  it('matches French capitals written without accents', () => {
    expect(TextLayer.fromString('ARTICLE 12 - PROTECTION DE LA VIE PRIVEE', 'fr').has('privacy')).toBe(true);
    expect(TextLayer.fromString('Protection des DONNEES A CARACTERE PERSONNEL', 'fr').has('privacy')).toBe(true);
  });
});

describe('numbers that are not durations or levels', () => {
  it('reads calendar years, "secondo l\'" and "12." for what they are', () => {
    expect(TextLayer.fromString('1 января 2024 года', 'ru').durations()).toEqual([]);
    expect(TextLayer.fromString("secondo l'articolo 13", 'it').levels()).toEqual([]);
    expect(TextLayer.fromString('die 12. Stufe', 'de').levels().map((l) => l.value)).not.toContain(2);
  });
});
