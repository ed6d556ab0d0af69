import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProjects } from '../support/temp-project.js';
import { readSiteConfig } from '../../src/site/site-config.js';


const site = tempProjects('site-config');

describe('readSiteConfig', () => {
  it('reads Hugo baseURL and defaultContentLanguage (default en)', () => {
    expect(readSiteConfig(site({ 'hugo.toml': 'baseURL = "https://example.org/"\ndefaultContentLanguage = "de"\n' }))).toMatchObject({
      generator: 'hugo',
      baseUrl: 'https://example.org/',
      defaultLanguage: 'de',
    });
    expect(readSiteConfig(site({ 'config/_default/hugo.yaml': 'title: x\n' }))).toMatchObject({ generator: 'hugo', defaultLanguage: 'en' });
    expect(readSiteConfig(path.resolve(import.meta.dirname, '../../fixtures/footer/hugo-letsencrypt'))).toMatchObject({
      baseUrl: 'https://letsencrypt.org/',
      defaultLanguage: 'en',
    });
  });

  it('has no unprefixed language when Hugo puts every language in a folder', () => {
    expect(readSiteConfig(site({ 'hugo.toml': 'defaultContentLanguageInSubdir = true\n' })).defaultLanguage).toBeUndefined();
  });

  it('does not take any config.yaml for a Hugo config', () => {
    expect(readSiteConfig(site({ 'config.yaml': 'rules: {}\n' })).generator).toBeNull();
  });

  it('reads Jekyll url + baseurl and Polyglot default_lang', () => {
    expect(readSiteConfig(site({ '_config.yml': 'url: https://example.org\nbaseurl: /shop\ndefault_lang: fr\n' }))).toMatchObject({
      generator: 'jekyll',
      baseUrl: 'https://example.org/shop',
      defaultLanguage: 'fr',
    });
  });

  it('survives invalid files and sites without a generator config', () => {
    expect(readSiteConfig(site({ 'hugo.toml': 'baseURL = [' })).generator).toBeNull();
    expect(readSiteConfig(site({}))).toEqual({ generator: null, file: null });
  });
});
