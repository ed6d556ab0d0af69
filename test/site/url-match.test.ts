import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_ROOTS, displaySiteUrl, documentUrls, normalizeSiteUrl, siteUrlSet } from '../../src/site/url-match.js';

describe('normalizeSiteUrl', () => {
  it('treats /privacy, /privacy/, /privacy.html and /privacy/index.html alike', () => {
    for (const url of ['/privacy', '/privacy/', '/privacy.html', '/privacy.htm', '/privacy/index.html', '/privacy/index.htm', '/privacy.md', '/privacy/index.md']) {
      expect(normalizeSiteUrl(url), url).toBe('/privacy');
    }
  });

  it('drops the fragment and the query', () => {
    expect(normalizeSiteUrl('/privacy/#cookies')).toBe('/privacy');
    expect(normalizeSiteUrl('/privacy?lang=en#x')).toBe('/privacy');
    expect(normalizeSiteUrl('#top')).toBeNull();
    expect(normalizeSiteUrl('?page=2')).toBeNull();
  });

  it('lower-cases and reads relative targets as site-root relative', () => {
    expect(normalizeSiteUrl('/Legal/Privacy-Policy/')).toBe('/legal/privacy-policy');
    expect(normalizeSiteUrl('privacy/')).toBe('/privacy');
    expect(normalizeSiteUrl('./legal/../privacy.html')).toBe('/privacy');
  });

  it('maps the home page to /', () => {
    expect(normalizeSiteUrl('/')).toBe('/');
    expect(normalizeSiteUrl('/index.html')).toBe('/');
    expect(normalizeSiteUrl('https://example.org', 'https://example.org/')).toBe('/');
  });

  it('strips the base URL: scheme and host when they are the site’s, and its path prefix', () => {
    expect(normalizeSiteUrl('https://example.org/privacy/', 'https://example.org')).toBe('/privacy');
    expect(normalizeSiteUrl('http://www.example.org/privacy/', 'https://example.org/')).toBe('/privacy');
    expect(normalizeSiteUrl('//example.org/privacy', 'https://example.org')).toBe('/privacy');
    expect(normalizeSiteUrl('https://example.org/docs/privacy/', 'https://example.org/docs/')).toBe('/privacy');
    expect(normalizeSiteUrl('/docs/privacy/', 'https://example.org/docs/')).toBe('/privacy');
    expect(normalizeSiteUrl('/privacy/', 'https://example.org/docs/')).toBe('/privacy');
    expect(normalizeSiteUrl('/docs/privacy/', '/docs/')).toBe('/privacy');
    expect(normalizeSiteUrl('HTTPS://EXAMPLE.ORG:443/Privacy', 'https://example.org')).toBe('/privacy');
  });

  it('never matches another host, or links that are not pages', () => {
    expect(normalizeSiteUrl('https://www.abetterinternet.org/terms-of-service')).toBeNull();
    expect(normalizeSiteUrl('https://other.example/privacy/', 'https://example.org')).toBeNull();
    expect(normalizeSiteUrl('https://example.org.evil.test/privacy/', 'https://example.org')).toBeNull();
    expect(normalizeSiteUrl('mailto:privacy@example.org')).toBeNull();
    expect(normalizeSiteUrl('tel:+441234567')).toBeNull();
    expect(normalizeSiteUrl('javascript:void(0)')).toBeNull();
    expect(normalizeSiteUrl('')).toBeNull();
  });

  it('decodes percent-escapes and composes to NFC, whatever the script', () => {
    const tamil = 'தனியுரிமை';
    expect(normalizeSiteUrl(`/ta/${encodeURIComponent(tamil)}/`)).toBe(`/ta/${tamil}`);
    expect(normalizeSiteUrl(`/ta/${tamil.normalize('NFD')}`)).toBe(`/ta/${tamil}`);
    expect(normalizeSiteUrl(`/th/${encodeURIComponent('นโยบายความเป็นส่วนตัว')}.html`)).toBe('/th/นโยบายความเป็นส่วนตัว');
    expect(normalizeSiteUrl('/hy/Գաղտնիություն/')).toBe('/hy/գաղտնիություն');
    expect(normalizeSiteUrl(`https://example.org/ur/${encodeURIComponent('رازداری')}`, 'https://example.org')).toBe('/ur/رازداری');
    // A broken escape is kept as written rather than throwing.
    expect(normalizeSiteUrl('/100%/')).toBe('/100%');
  });

  it('builds a set of local URLs', () => {
    expect([...siteUrlSet(['/privacy/', 'https://x.test/a', '/refunds.html'])]).toEqual(['/privacy', '/refunds']);
  });

  it('shows normalised URLs with a trailing slash', () => {
    expect(displaySiteUrl('/privacy')).toBe('/privacy/');
    expect(displaySiteUrl('/')).toBe('/');
  });
});

describe('documentUrls', () => {
  const root = path.resolve('/site');
  const at = (rel: string) => path.join(root, rel);

  it('uses the path relative to the site root without extension', () => {
    expect(documentUrls(at('privacy.md'), root, null)).toEqual(['/privacy']);
    expect(documentUrls(at('legal/refunds.md'), root, {})).toEqual(['/legal/refunds']);
  });

  it('treats index, _index and README as their folder', () => {
    expect(documentUrls(at('privacy/index.md'), root, null)).toEqual(['/privacy']);
    expect(documentUrls(at('privacy/_index.md'), root, null)).toEqual(['/privacy']);
    expect(documentUrls(at('privacy/README.md'), root, null)).toEqual(['/privacy']);
    expect(documentUrls(at('index.md'), root, null)).toEqual(['/']);
  });

  it('also tries the path with a content root stripped, preferring it', () => {
    expect(documentUrls(at('content/privacy.md'), root, null)).toEqual(['/privacy', '/content/privacy']);
    expect(documentUrls(at('src/pages/privacy.mdx'), root, null)).toEqual(['/privacy', '/src/pages/privacy']);
    expect(documentUrls(at('src/content/legal/privacy.md'), root, null)).toEqual(['/legal/privacy', '/src/content/legal/privacy']);
    expect(documentUrls(at('docs/privacy.md'), root, null)).toEqual(['/privacy', '/docs/privacy']);
    expect(documentUrls(at('_pages/privacy.md'), root, null)).toEqual(['/privacy', '/_pages/privacy']);
    expect(CONTENT_ROOTS).toContain('content');
  });

  it('does not strip a language folder blindly', () => {
    expect(documentUrls(at('content/en/privacy.md'), root, null)).toEqual(['/en/privacy', '/content/en/privacy']);
    expect(documentUrls(at('content/fr/privacy.md'), root, null, { defaultLanguage: 'en' })).toEqual(['/fr/privacy', '/content/fr/privacy']);
  });

  it('strips the default language folder when told which it is (Hugo defaultContentLanguage)', () => {
    expect(documentUrls(at('content/en/privacy.md'), root, null, { defaultLanguage: 'en' })).toEqual([
      '/privacy',
      '/en/privacy',
      '/content/en/privacy',
    ]);
    expect(documentUrls(at('content/pt-br/privacy.md'), root, null, { defaultLanguage: 'pt-BR' })[0]).toBe('/privacy');
  });

  it('reads Hugo file-name languages (privacy.fr.md)', () => {
    expect(documentUrls(at('content/privacy.fr.md'), root, null, { defaultLanguage: 'en' })).toContain('/fr/privacy');
    expect(documentUrls(at('content/privacy.en.md'), root, null, { defaultLanguage: 'en' })[0]).toBe('/privacy');
  });

  it('lets frontmatter permalink or url win', () => {
    expect(documentUrls(at('content/pages/policies/linking-policy.md'), root, { permalink: '/linking-policy/' })).toEqual(['/linking-policy']);
    expect(documentUrls(at('x.md'), root, { url: '/legal/privacy.html' })).toEqual(['/legal/privacy']);
    expect(documentUrls(at('x.md'), root, { permalink: 'privacy/index.html' })).toEqual(['/privacy']);
    expect(documentUrls(at('x.md'), root, { url: 'https://example.org/privacy/' }, { baseUrl: 'https://example.org' })).toEqual(['/privacy']);
  });

  it('adds aliases and redirect_from, which redirect to the page', () => {
    expect(documentUrls(at('x.md'), root, { permalink: '/privacy/', aliases: ['/privacy-policy/'], redirect_from: '/datenschutz/' })).toEqual([
      '/privacy',
      '/privacy-policy',
      '/datenschutz',
    ]);
  });

  it('ignores permalink patterns and templates, falling back to the path', () => {
    expect(documentUrls(at('privacy.md'), root, { permalink: '/:title/' })).toEqual(['/privacy']);
    expect(documentUrls(at('privacy.md'), root, { permalink: '{{ page.fileSlug }}/' })).toEqual(['/privacy']);
    expect(documentUrls(at('privacy.md'), root, { permalink: false })).toEqual(['/privacy']);
    expect(documentUrls(at('privacy.md'), root, { url: 'https://other.example/privacy' })).toEqual(['/privacy']);
  });

  it('replaces the last segment with slug', () => {
    expect(documentUrls(at('content/en/privacy.md'), root, { slug: 'privacy-policy' }, { defaultLanguage: 'en' })[0]).toBe('/privacy-policy');
    expect(documentUrls(at('legal/datenschutz.md'), root, { slug: 'privacy' })).toEqual(['/legal/privacy']);
    expect(documentUrls(at('legal/privacy/index.md'), root, { slug: 'privacy-notice' })).toEqual(['/legal/privacy-notice']);
  });

  it('works for documents named and titled in any script', () => {
    expect(documentUrls(at('ta/தனியுரிமை.md'), root, null)).toEqual(['/ta/தனியுரிமை']);
    expect(documentUrls(at('th/นโยบาย.md'), root, { slug: 'ความเป็นส่วนตัว' })).toEqual(['/th/ความเป็นส่วนตัว']);
    expect(documentUrls(at('hy.md'), root, { permalink: '/hy/Գաղտնիություն/' })).toEqual(['/hy/գաղտնիություն']);
  });

  it('gives no path URL for a document outside the site root', () => {
    expect(documentUrls(path.resolve('/elsewhere/privacy.md'), root, null)).toEqual([]);
    expect(documentUrls(path.resolve('/elsewhere/privacy.md'), root, { permalink: '/privacy/' })).toEqual(['/privacy']);
  });

  it('accepts a path relative to the site root', () => {
    expect(documentUrls('privacy.md', root, null)).toEqual(['/privacy']);
  });
});
