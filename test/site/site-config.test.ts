import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSiteConfig } from '../../src/site/site-config.js';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-site-config-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));
let counter = 0;

function site(files: Record<string, string>): string {
  const dir = path.join(temp, `site-${counter++}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

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
