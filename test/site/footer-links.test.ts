import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProjects } from '../support/temp-project.js';
import { DEFAULT_FOOTER_PATTERNS, findDefaultFooters, readFooterLinks, type FooterLinks } from '../../src/site/footer-links.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const FIXTURES = path.join(ROOT, 'fixtures/footer');
const LE = path.join(CORPUS, 'letsencrypt__website');
const GSA = path.join(CORPUS, '18F__18f.gsa.gov');
const OSG = path.join(CORPUS, 'github__opensource.guide');


const site = tempProjects('footer');

const local = (result: FooterLinks) => [...new Set(result.links.map((l) => l.normalized).filter((u) => u !== null))].sort();
const base = (file: string) => path.basename(file);

describe('readFooterLinks on the corpus footers', () => {
  it('letsencrypt le-2025: finds /privacy/ in the Hugo partial', async () => {
    const result = await readFooterLinks(['themes/le-2025/layouts/partials/footer.html'], { cwd: LE, baseUrl: 'https://letsencrypt.org/' });
    const privacy = result.links.find((l) => l.normalized === '/privacy');
    expect(privacy).toMatchObject({ href: '/privacy/', line: 83, column: 11, source: 'template', via: [] });
    expect(base(privacy!.file)).toBe('footer.html');
    // Terms and trademarks live on another host: found, but never local.
    expect(result.links.find((l) => l.href.endsWith('/terms-of-service'))?.normalized).toBeNull();
    expect(local(result)).toEqual(['/privacy']);
    // `{{ partial "newsletter-form" . }}` is not in the corpus: reported, not fatal.
    expect(result.problems.every((p) => !p.fatal)).toBe(true);
    expect(result.problems.map((p) => p.kind)).toContain('include-not-found');
  });

  it('letsencrypt le-2021: the privacy link only appears through i18n/en.toml when it is listed', async () => {
    const alone = await readFooterLinks(['themes/le-2021/layouts/partials/footer.html'], { cwd: LE });
    expect(local(alone)).toEqual(['/donate']);
    expect(alone.links.some((l) => l.href.startsWith('https://github.com/'))).toBe(false); // `https://github.com/{{ . }}` is dynamic

    const withI18n = await readFooterLinks(['themes/le-2021/layouts/partials/footer.html', 'i18n/en.toml'], { cwd: LE });
    const privacy = withI18n.links.find((l) => l.normalized === '/privacy');
    expect(privacy).toMatchObject({ href: '/privacy/', line: 44, source: 'i18n' });
    expect(base(privacy!.file)).toBe('en.toml');
    // Only the key the footer uses (`footer_policies`) is read, not every translated string.
    const fromToml = withI18n.links.filter((l) => l.file.endsWith('en.toml'));
    expect(fromToml.map((l) => l.line)).toEqual([44, 45, 46]);
    expect(local(withI18n)).toEqual(['/donate', '/privacy']);
  });

  it('letsencrypt i18n/en.toml listed alone: reads the footer keys', async () => {
    const result = await readFooterLinks(['i18n/en.toml'], { cwd: LE });
    expect(local(result)).toEqual(['/privacy']);
    expect(result.links.filter((l) => l.normalized === '/privacy').map((l) => l.line)).toEqual([44, 51]);
  });

  it('18F: follows {% include "usa_identifier.html" %} to the privacy link and the navigation data loop', async () => {
    const result = await readFooterLinks(['templates/footer.html'], { cwd: GSA, baseUrl: 'https://18f.gsa.gov' });
    const privacy = result.links.find((l) => l.href === 'https://www.gsa.gov/website-information/website-policies');
    expect(privacy).toBeDefined();
    expect(base(privacy!.file)).toBe('usa_identifier.html');
    expect(privacy!.via.map(base)).toEqual(['footer.html']);
    expect(privacy!.line).toBe(53);
    expect(privacy!.normalized).toBeNull(); // on gsa.gov, not on 18f.gsa.gov

    // `{{ "/contact/" | url }}` yields the quoted path.
    expect(result.links.find((l) => l.file.endsWith('footer.html'))).toMatchObject({ href: '/contact/', line: 13 });
    // `{% for item in navigation.policies %}` reads data/navigation.yml.
    const linking = result.links.find((l) => l.normalized === '/linking-policy');
    expect(linking).toMatchObject({ source: 'data', line: 29 });
    expect(base(linking!.file)).toBe('navigation.yml');
    expect(local(result)).toEqual(
      expect.arrayContaining(['/linking-policy', '/open-source-policy', '/vulnerability-disclosure-policy', '/code-of-conduct', '/our-work', '/join']),
    );
    expect(result.problems).toEqual([]);
  });

  it('18F without data loops: only the template’s own links and the include', async () => {
    const result = await readFooterLinks(['templates/footer.html'], { cwd: GSA, followData: false });
    expect(local(result)).toEqual(['/contact']);
    expect(result.links.some((l) => l.href.includes('website-policies'))).toBe(true);
  });

  it('opensource.guide: no privacy or terms link, only /notices/', async () => {
    const result = await readFooterLinks(['_includes/footer.html', '_data/locales/en.yml'], { cwd: OSG, baseUrl: 'https://opensource.guide' });
    expect(local(result)).toEqual(['/notices']);
    expect(result.links.find((l) => l.normalized === '/notices')).toMatchObject({ href: '/notices/', line: 57 });
    expect(result.links.some((l) => /privacy|terms/i.test(l.href))).toBe(false);
    expect(result.problems).toEqual([]);
  });

  it('findDefaultFooters finds the usual partials of the corpus sites', () => {
    expect(findDefaultFooters(LE).map((f) => path.relative(LE, f))).toEqual([
      'themes/le-2021/layouts/partials/footer.html',
      'themes/le-2025/layouts/partials/footer.html',
    ]);
    expect(findDefaultFooters(GSA).map((f) => path.relative(GSA, f))).toEqual(['templates/footer.html']);
    expect(findDefaultFooters(OSG).map((f) => path.relative(OSG, f))).toEqual(['_includes/footer.html']);
    expect(findDefaultFooters(site({ 'README.md': '# x' }))).toEqual([]);
    expect(DEFAULT_FOOTER_PATTERNS).toContain('_data/footer.yml');
  });
});

describe('readFooterLinks on the fixture sites', () => {
  it('eleventy-18f: include and data loop', async () => {
    const result = await readFooterLinks(['templates/footer.html'], { cwd: path.join(FIXTURES, 'eleventy-18f') });
    expect(local(result)).toEqual(['/code-of-conduct', '/contact', '/linking-policy', '/open-source-policy', '/vulnerability-disclosure-policy']);
    expect(result.links.some((l) => l.href.includes('website-policies') && l.via.length === 1)).toBe(true);
  });

  it('hugo-letsencrypt: the theme partial and i18n file', async () => {
    const result = await readFooterLinks(['themes/le-2021/layouts/partials/footer.html', 'i18n/en.toml'], { cwd: path.join(FIXTURES, 'hugo-letsencrypt') });
    expect(local(result)).toEqual(['/donate', '/privacy']);
  });
});

describe('readFooterLinks on built HTML pages', () => {
  it('reads only links inside <footer>, resolving relative links against the page', async () => {
    const dir = site({
      '_site/about/index.html': `<!DOCTYPE html>
<html><head><link rel="stylesheet" href="/css/main.css"></head>
<body>
<nav><a href="/refunds/">Refunds</a></nav>
<main><article><footer><a href="/share/">Share</a></footer></article></main>
<footer class="site">
  <a href="/privacy/">Privacy</a>
  <a href="../terms.html">Terms</a>
  <a href="https://example.org/complaints/index.html">Complaints</a>
  <!-- <a href="/commented/">old</a> -->
</footer>
</body></html>`,
    });
    const result = await readFooterLinks(['_site/about/index.html'], { cwd: dir, baseUrl: 'https://example.org' });
    expect(result.links.map((l) => l.normalized)).toEqual(['/privacy', '/terms', '/complaints']);
    expect(result.links[0]).toMatchObject({ line: 7, column: 3, source: 'html-page' });
    expect(result.links[1]).toMatchObject({ href: '../terms.html', url: '/terms.html' });
    expect(result.problems).toEqual([]);
  });

  it('uses role="contentinfo" as the footer', async () => {
    const dir = site({
      'public/index.html': '<!doctype html><html><body><a href="/refunds/">R</a><div role="contentinfo"><a href="/privacy/">P</a></div></body></html>',
    });
    const result = await readFooterLinks(['public/index.html'], { cwd: dir });
    expect(local(result)).toEqual(['/privacy']);
  });

  it('falls back to a sectioning <footer> when the page has no page-level one', async () => {
    const dir = site({ 'index.html': '<!doctype html><html><body><main><footer><a href="/privacy">P</a></footer></main><a href="/x">x</a></body></html>' });
    expect(local(await readFooterLinks(['index.html'], { cwd: dir }))).toEqual(['/privacy']);
  });

  it('says so when a page has neither <footer> nor role=contentinfo', async () => {
    const dir = site({ 'dist/index.html': '<!DOCTYPE html><html><body><div class="footer"><a href="/privacy/">Privacy</a></div></body></html>' });
    const result = await readFooterLinks(['dist/index.html'], { cwd: dir });
    expect(result.links).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ kind: 'no-footer-element', fatal: true });
    expect(result.problems[0]!.message).toContain('<footer>');
  });

  it('follows a footer include of a layout that is a full page', async () => {
    const dir = site({
      '_layouts/default.html': '<!DOCTYPE html>\n<html><body>\n<a href="/home-only/">x</a>\n{% include nav.html %}\n{% include footer.html %}\n</body></html>',
      '_includes/nav.html': '<nav><a href="/nav-only/">n</a></nav>',
      '_includes/footer.html': '<footer><a href="{{ \'/privacy/\' | relative_url }}">Privacy</a></footer>',
    });
    const result = await readFooterLinks(['_layouts/default.html'], { cwd: dir });
    expect(local(result)).toEqual(['/privacy']);
    expect(result.problems).toEqual([]);
  });

  it('expands globs, also absolute ones', async () => {
    const dir = site({
      '_site/a.html': '<!doctype html><footer><a href="/privacy/">P</a></footer>',
      '_site/b/index.html': '<!doctype html><footer><a href="/refunds/">R</a></footer>',
    });
    expect(local(await readFooterLinks(['_site/**/*.html'], { cwd: dir }))).toEqual(['/privacy', '/refunds']);
    expect(local(await readFooterLinks([path.join(dir, '_site/*.html')], { cwd: path.dirname(dir) }))).toEqual(['/privacy']);
    const none = await readFooterLinks(['_site/**/*.htm'], { cwd: dir });
    expect(none.problems).toMatchObject([{ kind: 'missing', fatal: true }]);
  });
});

describe('readFooterLinks on template partials', () => {
  it('reads every href of a partial, whatever the template tags around it', async () => {
    const dir = site({
      '_includes/footer.html': `<footer>
{% if site.show %}<a href="/privacy/" {% if a > b %}class="x"{% endif %}>Privacy</a>{% endif %}
{{ if gt (len .Site.Pages) 1 }}<a href='{{ "/refunds/" | relURL }}'>Refunds</a>{{ end }}
<a href="{{ site.baseurl }}/complaints/">Complaints</a>
<a href="{{ link.url }}">dynamic</a>
<a href="mailto:help@example.org">Mail</a>
<!-- <a href="/old/">old</a> -->
{% comment %}<a href="/hidden/">hidden</a>{% endcomment %}
</footer>`,
    });
    const result = await readFooterLinks(['_includes/footer.html'], { cwd: dir });
    expect(local(result)).toEqual(['/complaints', '/privacy', '/refunds']);
    expect(result.links.map((l) => l.line)).toEqual([2, 3, 4, 6]);
    expect(result.sources).toMatchObject([{ kind: 'template', root: true, links: 4 }]);
  });

  it('follows Liquid, Nunjucks, Hugo and Handlebars includes from the usual folders', async () => {
    const dir = site({
      '_includes/footer.html': '<footer>{% include footer-links.html param="x" %}{% include_relative local.html %}</footer>',
      '_includes/footer-links.html': '<a href="/privacy/">P</a>',
      '_includes/local.html': '<a href="/local/">L</a>',
      'src/_includes/footer.njk': "{% include 'partials/legal.njk' %}",
      'src/_includes/partials/legal.njk': '<a href="/refunds/">R</a>',
      'layouts/partials/footer.html': '{{ partial "footer/links.html" . }}{{- partialCached "social" . -}}',
      'layouts/partials/footer/links.html': '<a href="/complaints/">C</a>',
      'layouts/partials/social.html': '<a href="https://social.example/">S</a>',
      'partials/footer.hbs': '{{> legal-links }}',
      'partials/legal-links.hbs': '<a href="/terms/">T</a>',
    });
    const liquid = await readFooterLinks(['_includes/footer.html'], { cwd: dir });
    expect(local(liquid)).toEqual(['/local', '/privacy']);
    expect(liquid.links.find((l) => l.normalized === '/privacy')!.via.map((v) => path.relative(dir, v))).toEqual(['_includes/footer.html']);
    expect(local(await readFooterLinks(['src/_includes/footer.njk'], { cwd: dir }))).toEqual(['/refunds']);
    const hugo = await readFooterLinks(['layouts/partials/footer.html'], { cwd: dir });
    expect(local(hugo)).toEqual(['/complaints']);
    expect(hugo.links).toHaveLength(2);
    expect(local(await readFooterLinks(['partials/footer.hbs'], { cwd: dir }))).toEqual(['/terms']);
  });

  it('stops at include cycles and says so', async () => {
    const dir = site({
      '_includes/footer.html': '<footer><a href="/privacy/">P</a>{% include legal.html %}</footer>',
      '_includes/legal.html': '<a href="/refunds/">R</a>\n{% include footer.html %}',
      '_includes/self.html': '<a href="/self/">S</a>{% include self.html %}',
    });
    const result = await readFooterLinks(['_includes/footer.html', '_includes/self.html'], { cwd: dir });
    expect(local(result)).toEqual(['/privacy', '/refunds', '/self']);
    const cycles = result.problems.filter((p) => p.kind === 'include-cycle');
    expect(cycles.map((p) => [path.basename(p.file), p.line, p.fatal])).toEqual([
      ['legal.html', 2, false],
      ['self.html', 1, false],
    ]);
  });

  it('does not follow includes inside template comments', async () => {
    const dir = site({
      'footer.html': '{% comment %}{% include missing.html %}{% endcomment %}<!-- {% include also-missing.html %} --><a href="/p/">p</a>',
    });
    const result = await readFooterLinks(['footer.html'], { cwd: dir });
    expect(result.problems).toEqual([]);
    expect(local(result)).toEqual(['/p']);
  });

  it('reads the data file a Jekyll loop goes over, only the looped part', async () => {
    const dir = site({
      '_includes/footer.html': '{% assign legal = site.data.footer.legal %}<footer>{% for l in legal %}<a href="{{ l.url | relative_url }}">{{ l.title }}</a>{% endfor %}</footer>',
      '_data/footer.yml': 'social:\n  - url: https://social.example/x\n  - url: /social-page/\nlegal:\n  - title: Privacy\n    url: /privacy/\n  - title: Returns\n    url: /returns/\n',
    });
    const result = await readFooterLinks(['_includes/footer.html'], { cwd: dir });
    expect(local(result)).toEqual(['/privacy', '/returns']);
    expect(result.links.map((l) => [l.line, l.source])).toEqual([
      [6, 'data'],
      [8, 'data'],
    ]);
  });

  it('collects Hugo menus a footer ranges over, and the menu entries of the site config', async () => {
    const dir = site({
      'layouts/partials/footer.html': '<footer>{{ range .Site.Menus.footer }}<a href="{{ .URL }}">{{ .Name }}</a>{{ end }}</footer>',
      'hugo.toml': 'baseURL = "https://example.org/"\n\n[[menus.footer]]\nname = "Privacy"\npageRef = "/privacy"\n\n[[menus.main]]\nname = "Blog"\nurl = "/blog/"\n',
    });
    const result = await readFooterLinks(['layouts/partials/footer.html'], { cwd: dir });
    expect(result.menus).toEqual(['footer']);
    expect(local(result)).toEqual(['/privacy']);
    expect(result.links[0]).toMatchObject({ line: 5, source: 'data' });
  });
});

describe('readFooterLinks on components', () => {
  it('reads JSX/TSX hrefs, string literals and imported components', async () => {
    const dir = site({
      'components/Footer.jsx': `import Link from 'next/link';
import LegalLinks from './LegalLinks';
import links from '../data/links.json';
import './footer.css';

const social = [{ href: 'https://social.example/x', label: 'X' }, { to: '/about/', label: 'About' }];

export default function Footer({ year }) {
  return (
    <footer className="footer" style={{ color: 'red' }}>
      <Link href="/privacy">Privacy</Link>
      <a href={"/refunds/"}>Refunds</a>
      <a href={withBase('/terms')}>Terms</a>
      {items.map((item) => <a key={item.href} href={item.href}>{item.label}</a>)}
      <LegalLinks />
      {year > 2000 && <span>©</span>}
    </footer>
  );
}`,
      'components/LegalLinks.tsx': "export const LegalLinks = () => <nav><NavLink to={`/complaints/`}>Complaints</NavLink></nav>;",
      'data/links.json': '{ "footer": [ { "label": "Cookies", "url": "/cookies/" } ] }',
    });
    const result = await readFooterLinks(['components/Footer.jsx'], { cwd: dir });
    expect(local(result)).toEqual(['/about', '/complaints', '/cookies', '/privacy', '/refunds', '/terms']);
    expect(result.links.find((l) => l.normalized === '/privacy')).toMatchObject({ line: 11, column: 7, source: 'jsx' });
    expect(result.links.find((l) => l.normalized === '/cookies')).toMatchObject({ line: 1, source: 'data' });
    expect(result.problems).toEqual([]);
  });

  it('reads Vue bindings', async () => {
    const dir = site({
      'src/components/Footer.vue': `<template>\n  <footer>\n    <router-link :to="'/privacy'">Privacy</router-link>\n    <a :href="url">x</a>\n    <NuxtLink to="/refunds/">{{ t('refunds') }}</NuxtLink>\n  </footer>\n</template>`,
    });
    const result = await readFooterLinks(['src/components/Footer.vue'], { cwd: dir });
    expect(local(result)).toEqual(['/privacy', '/refunds']);
    expect(result.links.map((l) => l.line)).toEqual([3, 5]);
  });
});

describe('readFooterLinks on data and Markdown footers', () => {
  it('reads YAML nav data: URL keys and path-like strings, with their lines', async () => {
    const dir = site({
      '_data/footer.yml': `# Footer columns
columns:
  - title: Legal
    links:
      - label: Privacy policy
        url: /privacy/
      - label: Returns
        href: "/returns.html"
      - label: Read more
        link: Read more about us
  - title: Help
    items: [/help/, "https://help.example.org/"]
note: Follow us
`,
    });
    const result = await readFooterLinks(['_data/footer.yml'], { cwd: dir });
    expect(result.links.map((l) => [l.href, l.line, l.column])).toEqual([
      ['/privacy/', 6, 14],
      ['/returns.html', 8, 16],
      ['/help/', 12, 13],
      ['https://help.example.org/', 12, 22],
    ]);
    expect(local(result)).toEqual(['/help', '/privacy', '/returns']);
  });

  it('reads JSON nav data', async () => {
    const dir = site({
      'data/footer.json': '{\n  "links": [\n    { "text": "Privacy", "path": "/privacy/" },\n    { "text": "Complaints", "permalink": "/complaints/" }\n  ]\n}\n',
    });
    const result = await readFooterLinks(['data/footer.json'], { cwd: dir });
    expect(result.links.map((l) => [l.normalized, l.line])).toEqual([
      ['/privacy', 3],
      ['/complaints', 4],
    ]);
  });

  it('reads Markdown footers, relative to their folder', async () => {
    const dir = site({
      'docs/_footer.md': '[Privacy](privacy.md) · [Refunds][r] · <a href="/complaints/">Complaints</a> · [Mail](mailto:x@example.org)\n\n[r]: ../refunds/\n',
    });
    const result = await readFooterLinks(['docs/_footer.md'], { cwd: dir });
    expect(local(result)).toEqual(['/complaints', '/docs/privacy', '/refunds']);
    expect(result.links.every((l) => l.source === 'markdown')).toBe(true);
  });

  it('reports missing, unreadable and unparsable footers as data, never throwing', async () => {
    const dir = site({ 'bad.yml': 'a: [1, 2\nb: c: d\n', 'bad.json': '{ nope', 'folder/x.txt': 'x' });
    const result = await readFooterLinks(['missing/footer.html', 'bad.yml', 'bad.json', 'folder'], { cwd: dir });
    expect(result.links).toEqual([]);
    expect(result.problems.map((p) => [path.relative(dir, p.file), p.kind, p.fatal])).toEqual([
      ['missing/footer.html', 'missing', true],
      ['folder', 'unreadable', true],
      ['bad.yml', 'unparsable', true],
      ['bad.json', 'unparsable', true],
    ]);
    expect(result.sources).toEqual([]);
  });

  it('reports a missing include as a non-fatal problem', async () => {
    const dir = site({ 'footer.html': '<a href="/p/">p</a>\n{% include nowhere.html %}' });
    const result = await readFooterLinks(['footer.html'], { cwd: dir });
    expect(result.problems).toMatchObject([{ kind: 'include-not-found', line: 2, fatal: false }]);
    expect(local(result)).toEqual(['/p']);
  });
});
