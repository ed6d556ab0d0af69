/**
 * What a static-site generator's own config says about URLs: the base URL
 * (Hugo `baseURL`, Jekyll `url` + `baseurl`) and the language published
 * without a prefix (Hugo `defaultContentLanguage`, Jekyll Polyglot
 * `default_lang`). Read synchronously and cached per site root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

export interface SiteConfig {
  generator: 'hugo' | 'jekyll' | null;
  /** The file the values came from. */
  file: string | null;
  baseUrl?: string;
  /** Language whose pages have no language prefix; undefined when every language has one or it is unknown. */
  defaultLanguage?: string;
}

const HUGO_FILES = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'].flatMap((name) => [
  name,
  `config/_default/${name}`,
]);
const HUGO_KEYS = ['baseURL', 'baseurl', 'defaultContentLanguage', 'languageCode', 'languages', 'theme', 'contentDir'];

const cache = new Map<string, SiteConfig>();

function parseFile(file: string): Record<string, unknown> | null {
  try {
    const text = fs.readFileSync(file, 'utf8');
    const ext = path.extname(file).toLowerCase();
    const data: unknown = ext === '.toml' ? parseToml(text) : ext === '.json' ? JSON.parse(text) : parseYaml(text);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function readHugo(root: string): SiteConfig | null {
  for (const name of HUGO_FILES) {
    const file = path.join(root, name);
    if (!fs.existsSync(file)) continue;
    const data = parseFile(file);
    if (data === null) continue;
    if (!path.basename(name).startsWith('hugo.') && !HUGO_KEYS.some((k) => k in data)) continue;
    const config: SiteConfig = { generator: 'hugo', file };
    const base = data.baseURL ?? data.baseurl;
    if (typeof base === 'string' && /^https?:\/\//i.test(base)) config.baseUrl = base;
    if (data.defaultContentLanguageInSubdir !== true) {
      const lang = data.defaultContentLanguage;
      config.defaultLanguage = typeof lang === 'string' && lang.trim() ? lang.trim().toLowerCase() : 'en';
    }
    return config;
  }
  return null;
}

function readJekyll(root: string): SiteConfig | null {
  const file = path.join(root, '_config.yml');
  if (!fs.existsSync(file)) return null;
  const data = parseFile(file);
  if (data === null) return null;
  const config: SiteConfig = { generator: 'jekyll', file };
  if (typeof data.url === 'string' && /^https?:\/\//i.test(data.url)) {
    const basePath = typeof data.baseurl === 'string' ? data.baseurl : '';
    config.baseUrl = data.url.replace(/\/+$/, '') + (basePath ? `/${basePath.replace(/^\/+/, '')}` : '');
  }
  if (typeof data.default_lang === 'string' && data.default_lang.trim()) config.defaultLanguage = data.default_lang.trim().toLowerCase();
  return config;
}

/** The site generator config under `root` (Hugo or Jekyll), or a config with `generator: null`. */
export function readSiteConfig(root: string): SiteConfig {
  const key = path.resolve(root);
  const known = cache.get(key);
  if (known) return known;
  const config = readHugo(key) ?? readJekyll(key) ?? { generator: null, file: null };
  cache.set(key, config);
  return config;
}
