import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/model/build-document.js';
import { DocumentError } from '../../src/errors.js';

const build = (source: string, filePath = '/site/policy.md') => buildDocument(source, { filePath, root: '/site' }).document;

describe('sections', () => {
  it('builds a tree from ATX and setext headings with bodies and positions', () => {
    const doc = build('Service policy\n==============\n\nIntro.\n\n## Complaints\n\nText.\n\n### Steps\n\n1. One\n\n## Privacy\n');
    expect(doc.title).toMatchObject({ text: 'Service policy', source: 'heading' });
    const [root] = doc.sections;
    expect(root!.heading).toMatchObject({ kind: 'setext', depth: 1 });
    expect(root!.children.map((s) => s.heading.text)).toEqual(['Complaints', 'Privacy']);
    const complaints = root!.children[0]!;
    expect(complaints.heading.range.start).toMatchObject({ line: 6, column: 1 });
    expect(complaints.children[0]!.heading.text).toBe('Steps');
    expect(complaints.hasBodyText).toBe(true);
    expect(root!.children[1]!.hasBodyText).toBe(false);
    expect(complaints.range.end.offset).toBe(doc.source.indexOf('## Privacy'));
  });

  it('finds pseudo-headings: bold lines, numbered lines, ARTICLE lines, capitals', () => {
    const doc = build(
      [
        '# Terms',
        '',
        '**Complaints**',
        '',
        'Write to us.',
        '',
        '2. Privacy',
        '',
        'We protect your data.',
        '',
        '2.1 Cookies',
        '',
        'We use cookies.',
        '',
        'ARTICLE 9 - LE DROIT DE RÉTRACTATION',
        'Vous disposez de 14 jours.',
        '',
        'REFUNDS AND RETURNS',
        '',
        'Within 30 days.',
        '',
        '**Note: this sentence is bold but it is a sentence.**',
        '',
      ].join('\n'),
    );
    const headings = doc.allSections.map((s) => [s.heading.text, s.heading.kind, s.heading.depth]);
    expect(headings).toEqual([
      ['Terms', 'atx', 1],
      ['Complaints', 'bold', 2],
      ['2. Privacy', 'numbered', 2],
      ['2.1 Cookies', 'numbered', 3],
      ['ARTICLE 9 - LE DROIT DE RÉTRACTATION', 'numbered', 2],
      ['REFUNDS AND RETURNS', 'bold', 3],
    ]);
    const cookies = doc.allSections.find((s) => s.heading.text === '2.1 Cookies')!;
    expect(cookies.parent!.heading.text).toBe('2. Privacy');
  });

  it('takes the title from frontmatter when there is no heading', () => {
    const doc = build('---\ntitle: Refund Policy\n---\n\nText.\n');
    expect(doc.title).toMatchObject({ text: 'Refund Policy', source: 'frontmatter' });
    expect(doc.title!.range.start).toMatchObject({ line: 2, column: 8 });
  });
});

describe('lists, links and contacts', () => {
  it('keeps written numbers, markers, intro and section of each list', () => {
    const doc = build('# P\n\n## Escalation\n\nIf you are not satisfied:\n\n1. Agent\n3. Manager\n   - nested\n');
    const [list, nested] = doc.lists;
    expect(list).toMatchObject({ ordered: true, start: 1, depth: 0 });
    expect(list!.items.map((i) => [i.text, i.number])).toEqual([['Agent', 1], ['Manager', 3]]);
    expect(list!.items[1]!.marker.start).toMatchObject({ line: 8, column: 1 });
    expect(list!.intro!.text).toBe('If you are not satisfied:');
    expect(list!.section!.heading.text).toBe('Escalation');
    expect(nested).toMatchObject({ ordered: false, depth: 1 });
  });

  it('reads link text across lines and non-breaking spaces, and resolves local targets', () => {
    const doc = build('See our [privacy\n\u00a0policy](./legal/privacy.md#x) and [terms][t] and <https://example.com>.\n\n[t]: /terms.md\n');
    expect(doc.links.map((l) => [l.text, l.resolvedPath])).toEqual([
      ['privacy policy', '/site/legal/privacy.md'],
      ['terms', '/site/terms.md'],
      ['https://example.com', null],
    ]);
  });

  it('finds e-mail addresses, phone numbers and URLs, not dates or versions', () => {
    const doc = build('Write to help@example.com or call +44 20 7946 0000, or ๐๒-๑๒๓-๔๕๖๗. Updated 2024-01-05, v1.2.3.\nSee www.example.com/help.\n\nที่complaints@example.co.thหรือ\n');
    expect(doc.contacts.map((c) => [c.kind, c.value])).toEqual([
      ['email', 'help@example.com'],
      ['phone', '+44 20 7946 0000'],
      ['phone', '๐๒-๑๒๓-๔๕๖๗'],
      ['url', 'www.example.com/help'],
      ['email', 'complaints@example.co.th'],
    ]);
    expect(doc.contacts[0]!.range.start).toMatchObject({ line: 1, column: 10 });
  });
});

describe('frontmatter', () => {
  it('parses YAML and TOML and points at a key', () => {
    const yaml = build('---\ntitle: A\nlang: ta\n---\n# x\n');
    expect(yaml.frontmatter!.data).toEqual({ title: 'A', lang: 'ta' });
    expect(yaml.frontmatter!.rangeOf('lang')!.start).toMatchObject({ line: 3, column: 7 });
    expect(yaml.language).toEqual({ tag: 'ta', source: 'frontmatter' });
    const toml = build('+++\ntitle = "B"\nlocale = "th"\n+++\n');
    expect(toml.frontmatter).toMatchObject({ format: 'toml', data: { title: 'B', locale: 'th' } });
    expect(toml.frontmatter!.rangeOf('locale')!.start).toMatchObject({ line: 3, column: 10 });
  });

  it('rejects broken YAML, non-mappings and alias bombs with the line', () => {
    const error = (source: string) => {
      try {
        build(source);
      } catch (e) {
        return e as DocumentError;
      }
      throw new Error('no error');
    };
    expect(error('---\ntitle: [unclosed\n---\n')).toMatchObject({ message: expect.stringMatching(/^Frontmatter is not valid YAML/) });
    expect(error('---\n- a\n- b\n---\n').message).toBe('Frontmatter must be a mapping of keys to values, found a list');
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`), '---', ''].join('\n');
    expect(error(bomb).message).toMatch(/^Frontmatter YAML cannot be read/);
  });
});

describe('language', () => {
  it('comes from frontmatter, then path, then script, then config, then en', () => {
    expect(build('# x\n', '/site/privacy.ta.md').language).toEqual({ tag: 'ta', source: 'path' });
    expect(build('# x\n', '/site/pt-br/privacy.md').language).toEqual({ tag: 'pt-BR', source: 'path' });
    expect(build('# นโยบายการบริการลูกค้า\n').language).toEqual({ tag: 'th', source: 'script' });
    expect(build('# کسٹمر سروس پالیسی میں شکایات\n').language.tag).toBe('ur');
    expect(build('# سياسة الخصوصية والشكاوى\n').language.tag).toBe('ar');
    expect(build('# 個人情報の取り扱いについて\n').language.tag).toBe('ja');
    expect(build('# 隐私政策\n').language.tag).toBe('zh');
    expect(build('# Հաճախորդների սպասարկում\n').language.tag).toBe('hy');
    expect(build('# गोपनीयता नीति\n').language.tag).toBe('hi');
    expect(buildDocument('# Politique\n', { filePath: '/site/p.md', root: '/site', language: 'fr' }).document.language).toEqual({ tag: 'fr', source: 'config' });
    expect(build('# Policy\n').language).toEqual({ tag: 'en', source: 'default' });
    const french = 'Les réclamations sont traitées par le service client dans un délai de 5 jours. Vous pouvez nous écrire pour toute question sur vos données et sur les conditions de vente des produits.';
    expect(build(`# Conditions\n\n${french}\n`).language).toEqual({ tag: 'fr', source: 'words' });
    const german = 'Wir beantworten die Beschwerde innerhalb von 5 Tagen. Sie können uns mit der Post oder per E-Mail erreichen, und wir werden die Daten nicht an Dritte weitergeben, auf die Sie keinen Einfluss haben.';
    expect(build(`# AGB\n\n${german}\n`).language).toEqual({ tag: 'de', source: 'words' });
  });

  it('does not read folders above the project as languages', () => {
    expect(buildDocument('# x\n', { filePath: '/home/ta/site/p.md', root: '/home/ta/site' }).document.language.source).toBe('default');
  });
});

describe('positions in escaped text', () => {
  it('keeps exact offsets after backslash escapes and entities', () => {
    const source = '1\\. We reply &amp; act within 30 days.\n';
    const { document, text } = buildDocument(source, { filePath: '/site/p.md', root: '/site' });
    const [duration] = text.durations();
    expect(source.slice(duration!.start, duration!.end)).toBe('30 days');
    expect(document.pointAt(duration!.start)).toMatchObject({ line: 1, column: 31 });
  });
});

describe('French headings', () => {
  it('keeps a numbered heading that ends with the French " :"', () => {
    const doc = build('6- Données personnelles :\n\nNous protégeons vos données.\n\n7. Vous devez fournir:\n\nLe numéro de commande.\n');
    expect(doc.allSections.map((s) => s.heading.text)).toEqual(['6- Données personnelles :']);
  });
});
