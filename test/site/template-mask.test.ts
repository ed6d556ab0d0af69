import { describe, expect, it } from 'vitest';
import { literalPathOfTag, maskTemplates, resolveTemplatedHref, unmask } from '../../src/site/template-mask.js';

describe('maskTemplates', () => {
  it('keeps the length and the line breaks of the source', () => {
    const source = '<a href="{{ "/contact/" | url }}">x</a>\n{% for item in\n navigation.policies %}\n<p>{{ i18n "footer" }}</p>';
    const masked = maskTemplates(source);
    expect(masked.text.length).toBe(source.length);
    expect(masked.text.split('\n').length).toBe(source.split('\n').length);
    expect(masked.text).not.toContain('{{');
    expect(masked.text).not.toContain('"/contact/"');
    expect(masked.tokens.map((t) => t.text)).toEqual(['{{ "/contact/" | url }}', '{% for item in\n navigation.policies %}', '{{ i18n "footer" }}']);
  });

  it('puts the template text back into an attribute value', () => {
    const source = '<a href="{{ site.baseurl }}/privacy/">x</a>';
    const masked = maskTemplates(source);
    const value = masked.text.slice(masked.text.indexOf('"') + 1, masked.text.lastIndexOf('"'));
    expect(unmask(value, masked)).toBe('{{ site.baseurl }}/privacy/');
  });

  it('marks template comments', () => {
    const masked = maskTemplates('{% comment %}{% include x.html %}{% endcomment %}{{/* partial "y" */}}{{!-- z --}}{# n #}{% include a.html %}');
    expect(masked.tokens.map((t) => t.comment)).toEqual([true, true, true, true, false]);
  });

  it('masks JSX attribute expressions with strings and nested braces', () => {
    const source = '<Link href={"/privacy"} style={{ a: "}" }}>Privacy</Link><a href={`/t/${x}`}>t</a>';
    const masked = maskTemplates(source, { templates: false, jsx: true });
    expect(masked.tokens.map((t) => t.text)).toEqual(['{"/privacy"}', '{{ a: "}" }}', '{`/t/${x}`}']);
    expect(masked.text.length).toBe(source.length);
  });
});

describe('templated hrefs', () => {
  it('yields the quoted path of URL filters and functions', () => {
    expect(resolveTemplatedHref('{{ "/privacy/" | relURL }}')).toBe('/privacy/');
    expect(resolveTemplatedHref("{{ '/privacy' | relative_url }}")).toBe('/privacy');
    expect(resolveTemplatedHref('{{ "/contact/" | url }}')).toBe('/contact/');
    expect(resolveTemplatedHref('{{ "donate/" | relLangURL }}')).toBe('donate/');
    expect(resolveTemplatedHref('{{ relref . "privacy.md" }}')).toBe('privacy.md');
    expect(resolveTemplatedHref('{{- "/refunds/" | absURL -}}')).toBe('/refunds/');
    expect(resolveTemplatedHref('{% link legal/privacy.md %}')).toBe('/legal/privacy.md');
    expect(resolveTemplatedHref("<%= url_for('/privacy') %>")).toBe('/privacy');
  });

  it('drops leading base-URL variables and keeps the literal rest', () => {
    expect(resolveTemplatedHref('{{ site.baseurl }}/privacy/')).toBe('/privacy/');
    expect(resolveTemplatedHref('{{ site.url }}{{ site.baseurl }}/privacy/')).toBe('/privacy/');
    expect(resolveTemplatedHref('{{ .Site.BaseURL }}privacy/')).toBe('privacy/');
    expect(resolveTemplatedHref('{{ "/privacy/" | relURL }}#cookies')).toBe('/privacy/#cookies');
  });

  it('returns null for dynamic values', () => {
    expect(resolveTemplatedHref('{{ item.href | url }}')).toBeNull();
    expect(resolveTemplatedHref('{{ . }}')).toBeNull();
    expect(resolveTemplatedHref('https://github.com/{{ . }}')).toBeNull();
    expect(resolveTemplatedHref('/blog/{{ post.slug }}/')).toBeNull();
    expect(resolveTemplatedHref('{{ item.href | default: "/" }}')).toBeNull();
    expect(resolveTemplatedHref('{{ i18n "privacy_url" }}')).toBeNull();
  });

  it('leaves plain values alone', () => {
    expect(resolveTemplatedHref(' /privacy/ ')).toBe('/privacy/');
    expect(literalPathOfTag('{{ item.href }}')).toBeNull();
  });
});
