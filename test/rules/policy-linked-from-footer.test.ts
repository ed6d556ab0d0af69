import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProjects } from '../support/temp-project.js';
import rule, { type FooterDocumentData, type PolicyLinkedFromFooterOptions } from '../../rules/policy-linked-from-footer.js';
import { validator } from '../../src/engine/ajv.js';
import { DEFAULT_FOOTER_PATTERNS } from '../../src/site/footer-links.js';
import { formatMessage } from '../../src/engine/messages.js';
import { lint } from '../../src/lint.js';
import { buildDocument } from '../../src/model/build-document.js';
import type { ReportDescriptor, RuleContext, RunContext, Settings } from '../../src/types.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'fixtures/footer');

const site = tempProjects('footer-rule');

interface Report {
  filePath: string;
  descriptor: ReportDescriptor;
  /** `relative/path line:column messageId` */
  summary: string;
  message: string;
}

/** Collect every document (read from `cwd`) with the real document model, then run `checkRun` with a report spy. */
async function run(
  cwd: string,
  documents: string[],
  settings: Settings = {},
  options: PolicyLinkedFromFooterOptions = {},
  configFile: string | null = null,
): Promise<{ reports: Report[]; collected: FooterDocumentData[] }> {
  // As the engine does: the site root comes from settings, else the project folder.
  const root = path.resolve(cwd, typeof settings.siteRoot === 'string' ? settings.siteRoot : '.');
  const files = documents.map((rel) => {
    const filePath = path.join(cwd, rel);
    const { document, text } = buildDocument(fs.readFileSync(filePath, 'utf8'), { filePath, root: cwd });
    const context: RuleContext<PolicyLinkedFromFooterOptions> = {
      document,
      text,
      options,
      settings,
      cwd,
      root,
      exists: (p) => fs.existsSync(p),
      report: () => {
        throw new Error('collect must not report');
      },
    };
    const data = rule.collect(context);
    // What collect returns crosses process boundaries: it must survive JSON.
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    return { filePath, data };
  });
  const reports: Report[] = [];
  const context: RunContext<PolicyLinkedFromFooterOptions, FooterDocumentData> = {
    files,
    options,
    settings,
    cwd,
    root,
    configFile,
    report: (filePath, descriptor) => {
      const at = descriptor.at?.start;
      reports.push({
        filePath,
        descriptor,
        summary: `${path.relative(cwd, filePath)} ${at?.line}:${at?.column} ${descriptor.messageId}`,
        message: formatMessage(rule.meta.messages[descriptor.messageId]!, descriptor.data),
      });
    },
  };
  await rule.checkRun(context);
  return { reports, collected: files.map((f) => f.data) };
}

describe('policy-linked-from-footer meta', () => {
  it('describes a run rule with a draft-07 options schema', () => {
    expect(rule.meta).toMatchObject({
      id: 'policy-linked-from-footer',
      type: 'problem',
      fixable: false,
      scope: 'run',
      url: 'https://github.com/policylint/policylint/blob/main/rules/policy-linked-from-footer.md',
    });
    expect(Object.keys(rule.meta.messages).sort()).toEqual(['footerUnreadable', 'noFooter', 'notLinked']);
    const validate = validator(rule.meta.schema);
    expect(validate({})).toBe(true);
    expect(validate({ include: ['policies/**'] })).toBe(true);
    expect(validate({ include: 'policies/**' })).toBe(false);
    expect(validate({ footer: ['x.html'] })).toBe(false);
    expect(validate(rule.meta.defaultOptions)).toBe(true);
  });
});

describe('policy-linked-from-footer collect', () => {
  it('returns the title, its range and the candidate URLs', async () => {
    const dir = site({ 'content/legal/refunds.md': '---\nslug: returns\n---\n\n# Refund policy\n\nText.\n' });
    const { collected } = await run(dir, ['content/legal/refunds.md'], { footer: ['missing.html'] });
    expect(collected[0]).toMatchObject({
      title: 'Refund policy',
      urls: ['/legal/returns', '/content/legal/returns'],
      displayUrl: '/legal/returns/',
      titleRange: { start: { line: 5, column: 1 } },
      menus: [],
    });
  });

  it('falls back to the file name without a title and shows a permalink as written', async () => {
    const dir = site({
      'a.md': 'Just text.\n',
      'b.md': '---\npermalink: /legal/privacy.html\nmenu:\n  footer:\n    weight: 1\n---\nText.\n',
      'c.md': '---\npermalink: /:title/\n---\n# C\n',
    });
    const { collected } = await run(dir, ['a.md', 'b.md', 'c.md'], { footer: ['missing.html'] });
    expect(collected[2]).toMatchObject({ urls: ['/c'], displayUrl: '/c/' });
    expect(collected[0]).toMatchObject({ title: 'a.md', titleRange: null, displayUrl: '/a/' });
    expect(collected[1]).toMatchObject({ urls: ['/legal/privacy'], displayUrl: '/legal/privacy.html', menus: ['footer'] });
  });
});

describe('policy-linked-from-footer checkRun', () => {
  it('passes a document the footer links to', async () => {
    const dir = site({ 'privacy.md': '# Privacy policy\n', 'footer.html': '<footer><a href="/privacy/">Privacy</a></footer>' });
    expect((await run(dir, ['privacy.md'], { footer: ['footer.html'] })).reports).toEqual([]);
  });

  it('reports a document the footer does not link to, at its title, with a message that says what to add', async () => {
    const dir = site({
      'policies/refunds.md': '---\nlang: en\n---\n\n# Refund policy\n\nRefunds within 14 days.\n',
      'policies/privacy.md': '# Privacy policy\n',
      '_includes/footer.html': '<footer><a href="{{ \'/policies/privacy/\' | relative_url }}">Privacy</a></footer>',
    });
    const { reports } = await run(dir, ['policies/refunds.md', 'policies/privacy.md'], { footer: ['_includes/footer.html'] });
    expect(reports.map((r) => r.summary)).toEqual(['policies/refunds.md 5:1 notLinked']);
    expect(reports[0]!.descriptor.at).toMatchObject({ start: { line: 5, column: 1 }, end: { line: 5 } });
    expect(reports[0]!.message).toBe(
      '“Refund policy” is not linked from the site footer (_includes/footer.html). Add a footer link to /policies/refunds/ so customers can find it from every page.',
    );
  });

  it('reports at line 1 when the document has no title', async () => {
    const dir = site({ 'terms.md': 'Plain terms.\n', 'footer.html': '<footer></footer>' });
    const { reports } = await run(dir, ['terms.md'], { footer: ['footer.html'] });
    expect(reports.map((r) => r.summary)).toEqual(['terms.md 1:1 notLinked']);
    expect(reports[0]!.message).toContain('“terms.md”');
  });

  it('uses frontmatter permalinks (18F fixture: Eleventy, data-driven policies column)', async () => {
    const cwd = path.join(FIXTURES, 'eleventy-18f');
    const docs = ['content/pages/policies/linking-policy.md', 'content/pages/policies/open-source-policy.md', 'content/pages/policies/code-of-conduct.md'];
    const { reports, collected } = await run(cwd, docs, { footer: ['templates/footer.html'], baseUrl: 'https://18f.gsa.gov' });
    expect(collected.map((c) => c.urls[0])).toEqual(['/linking-policy', '/open-source-policy', '/pages/policies/code-of-conduct']);
    // The code-of-conduct page is a redirect stub without a permalink: its own URL is not the one the footer links.
    expect(reports.map((r) => r.summary)).toEqual(['content/pages/policies/code-of-conduct.md 2:8 notLinked']);
    expect(reports[0]!.message).toContain('/pages/policies/code-of-conduct/');
  });

  it('uses slug and the Hugo default language (letsencrypt fixture)', async () => {
    const cwd = path.join(FIXTURES, 'hugo-letsencrypt');
    const docs = ['content/en/privacy.md', 'content/de/privacy.md', 'content/ta/contact.md'];
    const listed = await run(cwd, docs, { footer: ['themes/le-2021/layouts/partials/footer.html', 'i18n/en.toml'] });
    expect(listed.collected.map((c) => c.urls[0])).toEqual(['/privacy', '/de/privacy', '/ta/contact']);
    expect(listed.reports.map((r) => r.summary)).toEqual(['content/de/privacy.md 2:8 notLinked', 'content/ta/contact.md 2:8 notLinked']);
    expect(listed.reports[1]!.message).toContain('“தொடர்பு கொள்ள”');
    expect(listed.reports[1]!.message).toContain('/ta/contact/');

    // Without settings.footer the theme partial is found, but the privacy link lives in i18n/en.toml.
    const defaults = await run(cwd, ['content/en/privacy.md']);
    expect(defaults.reports.map((r) => r.summary)).toEqual(['content/en/privacy.md 2:8 notLinked']);
    expect(defaults.reports[0]!.message).toContain('(themes/le-2021/layouts/partials/footer.html)');
  });

  it('settings.defaultLanguage overrides the site config', async () => {
    const dir = site({ 'content/fr/privacy.md': '# Confidentialité\n', 'footer.html': '<footer><a href="/privacy/">x</a></footer>' });
    expect((await run(dir, ['content/fr/privacy.md'], { footer: ['footer.html'] })).reports).toHaveLength(1);
    expect((await run(dir, ['content/fr/privacy.md'], { footer: ['footer.html'], defaultLanguage: 'fr' })).reports).toEqual([]);
  });

  it('matches absolute footer links to the base URL', async () => {
    const files = { 'refunds.md': '# Refunds\n', 'footer.html': '<footer><a href="https://shop.example/refunds/index.html">Refunds</a></footer>' };
    const withBase = site(files);
    expect((await run(withBase, ['refunds.md'], { footer: ['footer.html'], baseUrl: 'https://shop.example/' })).reports).toEqual([]);
    // Without a base URL the link is to another host.
    const withoutBase = site(files);
    expect((await run(withoutBase, ['refunds.md'], { footer: ['footer.html'] })).reports.map((r) => r.descriptor.messageId)).toEqual(['notLinked']);
    // Hugo's baseURL is used when settings.baseUrl is not set.
    const hugo = site({ ...files, 'hugo.toml': 'baseURL = "https://shop.example/"\n' });
    expect((await run(hugo, ['refunds.md'], { footer: ['footer.html'] })).reports).toEqual([]);
    // A base URL with a path prefix.
    const prefixed = site({ 'refunds.md': '# Refunds\n', 'footer.html': '<footer><a href="/shop/refunds/">R</a></footer>' });
    expect((await run(prefixed, ['refunds.md'], { footer: ['footer.html'], baseUrl: 'https://example.org/shop/' })).reports).toEqual([]);
  });

  it('counts pages put in a Hugo menu the footer ranges over', async () => {
    const dir = site({
      'content/privacy.md': '---\ntitle: Privacy\nmenu: footer\n---\nText.\n',
      'content/refunds.md': '---\ntitle: Refunds\nmenu:\n  main: {}\n---\nText.\n',
      'layouts/partials/footer.html': '<footer>{{ range .Site.Menus.footer }}<a href="{{ .URL }}">{{ .Name }}</a>{{ end }}</footer>',
    });
    const { reports } = await run(dir, ['content/privacy.md', 'content/refunds.md']);
    expect(reports.map((r) => r.summary)).toEqual(['content/refunds.md 2:8 notLinked']);
  });

  it('checks only the documents in `include`', async () => {
    const dir = site({ 'policies/refunds.md': '# Refunds\n', 'blog/post.md': '# Post\n', 'footer.html': '<footer></footer>' });
    const { reports } = await run(dir, ['policies/refunds.md', 'blog/post.md'], { footer: ['footer.html'] }, { include: ['policies/**'] });
    expect(reports.map((r) => r.summary)).toEqual(['policies/refunds.md 1:1 notLinked']);
  });

  it('reports noFooter exactly once for the run, on the first file', async () => {
    const dir = site({ 'privacy.md': '# Privacy\n', 'refunds.md': '# Refunds\n', 'complaints.md': '# Complaints\n' });
    const { reports } = await run(dir, ['privacy.md', 'refunds.md', 'complaints.md']);
    expect(reports.map((r) => r.summary)).toEqual(['privacy.md 1:1 noFooter']);
    expect(reports[0]!.message).toContain('settings');
    expect(reports[0]!.message).toContain('footer');
    expect(reports[0]!.message).toContain('policylint.config.yaml');
    expect(reports[0]!.message).toBe(
      'No site footer was found, so policylint cannot check that your policies are linked from every page (looked for _includes/footer.html, layouts/partials/footer.html, themes/*/layouts/partials/footer.html, _data/footer.yml, src/components/Footer.* and ' +
        `${DEFAULT_FOOTER_PATTERNS.length - 5} more usual places). ` +
        'List your footer partial, built page or footer data file under `settings.footer` in policylint.config.yaml (for example `settings: { footer: [layouts/partials/footer.html] }`), or turn off policy-linked-from-footer.',
    );
  });

  it('reports noFooter on the config file when there is one', async () => {
    const dir = site({ 'privacy.md': '# Privacy\n', 'refunds.md': '# Refunds\n', 'policylint.config.yaml': 'rules: {}\n' });
    const { reports } = await run(dir, ['privacy.md', 'refunds.md'], {}, {}, path.join(dir, 'policylint.config.yaml'));
    expect(reports.map((r) => r.summary)).toEqual(['policylint.config.yaml 1:1 noFooter']);
  });

  it('reports an unreadable footer once, and no documents when nothing could be read', async () => {
    const dir = site({ 'privacy.md': '# Privacy\n', 'refunds.md': '# Refunds\n' });
    const { reports } = await run(dir, ['privacy.md', 'refunds.md'], { footer: ['_includes/footer.html'] });
    expect(reports.map((r) => r.summary)).toEqual(['privacy.md 1:1 footerUnreadable']);
    expect(reports[0]!.message).toBe(
      'The footer source _includes/footer.html could not be used: file not found. Fix the file, or its path in `settings.footer` in policylint.config.yaml, so that policies can be checked against the footer.',
    );
  });

  it('still checks documents against the footer sources that could be read', async () => {
    const dir = site({ 'privacy.md': '# Privacy\n', 'refunds.md': '# Refunds\n', 'footer.html': '<footer><a href="/privacy">P</a></footer>' });
    const { reports } = await run(dir, ['privacy.md', 'refunds.md'], { footer: ['footer.html', 'gone.yml'] });
    expect(reports.map((r) => r.summary)).toEqual(['privacy.md 1:1 footerUnreadable', 'refunds.md 1:1 notLinked']);
  });

  it('reports a built page without a footer element', async () => {
    const dir = site({ 'privacy.md': '# Privacy\n', '_site/index.html': '<!DOCTYPE html><html><body><a href="/privacy/">P</a></body></html>' });
    const { reports } = await run(dir, ['privacy.md'], { footer: ['_site/index.html'] });
    expect(reports.map((r) => r.summary)).toEqual(['privacy.md 1:1 footerUnreadable']);
    expect(reports[0]!.message).toContain('no <footer> element');
  });

  it('works for documents in any language: Tamil, Thai, Urdu, Armenian', async () => {
    const dir = site({
      'ta/தனியுரிமை.md': '# தனியுரிமைக் கொள்கை\n',
      'th/privacy.md': '---\nslug: ความเป็นส่วนตัว\n---\n# นโยบายความเป็นส่วนตัว\n',
      'ur/complaints.md': '# شکایات کی پالیسی\n',
      'hy/privacy.md': '---\npermalink: /hy/Գաղտնիություն/\n---\n# Գաղտնիության քաղաքականություն\n',
      '_data/footer.yml': [
        'links:',
        `  - url: /ta/${encodeURIComponent('தனியுரிமை')}/`,
        '  - url: /th/ความเป็นส่วนตัว.html',
        `  - url: /hy/${encodeURIComponent('գաղտնիություն')}/`,
        '',
      ].join('\n'),
    });
    const { reports } = await run(dir, ['ta/தனியுரிமை.md', 'th/privacy.md', 'ur/complaints.md', 'hy/privacy.md']);
    expect(reports.map((r) => r.summary)).toEqual(['ur/complaints.md 1:1 notLinked']);
    expect(reports[0]!.message).toContain('“شکایات کی پالیسی”');
  });
});

describe('policy-linked-from-footer through lint()', () => {
  it('lints the 18F fixture with the footer from settings', async () => {
    const cwd = path.join(FIXTURES, 'eleventy-18f');
    const results = await lint(['content/pages/policies'], {
      cwd,
      config: { rules: { 'policy-linked-from-footer': 'warn' }, settings: { footer: ['templates/footer.html'] } },
    });
    const messages = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === 'policy-linked-from-footer').map((m) => `${path.relative(cwd, r.filePath)} ${m.line}:${m.column} ${m.messageId} ${m.severity}`),
    );
    expect(messages).toEqual(['content/pages/policies/code-of-conduct.md 2:8 notLinked 1']);
  });
});
