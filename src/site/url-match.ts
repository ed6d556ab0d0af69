/**
 * Site URLs: normalising link targets and computing the URLs a document is
 * published at, so that a footer link can be compared with a Markdown file.
 *
 * Everything here is pure (no file system) and language-independent: paths in
 * Tamil, Thai, Urdu or Armenian are compared after percent-decoding and NFC.
 */
import path from 'node:path';

/**
 * Folders that static-site generators publish from; a document under one of
 * them is also tried without it (`content/privacy.md` = `/privacy`).
 * Language folders below them (`content/en/`) are not stripped blindly: see
 * `DocumentUrlOptions.defaultLanguage`.
 */
export const CONTENT_ROOTS: readonly string[] = ['src/content', 'src/pages', 'content', 'pages', '_pages', 'docs'];

/** File names that stand for their folder (`privacy/index.md` = `/privacy/`). */
const INDEX_NAMES = new Set(['index', '_index', 'readme']);

/** Extensions dropped from the last path segment before comparing. */
const PAGE_EXTENSION = /\.(?:html?|md|mdx|markdown)$/i;

/** A BCP-47-looking language tag as used in folder or file names (`en`, `pt-br`, `zh-hans`). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_](?:[a-z]{4}|[a-z]{2}|\d{3}))?$/i;

interface ParsedBase {
  /** `host` of the base URL (lower-case, punycode, without default port), or null for a path-only base. */
  host: string | null;
  /** Decoded path segments of the base URL (`/docs/` = `['docs']`). */
  segments: string[];
}

function hostKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

function parseBase(baseUrl: string | undefined): ParsedBase | null {
  if (!baseUrl || !baseUrl.trim()) return null;
  let raw = baseUrl.trim();
  if (raw.startsWith('//')) raw = `https:${raw}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(raw) && !raw.startsWith('/')) raw = `https://${raw}`;
  if (raw.startsWith('/')) return { host: null, segments: pathSegments(raw) ?? [] };
  try {
    const url = new URL(raw);
    return { host: hostKey(url.host), segments: pathSegments(url.pathname) ?? [] };
  } catch {
    return null;
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Decoded, dot-resolved, NFC path segments; null when the path is empty. */
function pathSegments(rawPath: string): string[] | null {
  const out: string[] = [];
  for (const part of rawPath.split('/')) {
    const segment = decodeSegment(part).normalize('NFC');
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      out.pop();
      continue;
    }
    out.push(segment);
  }
  return out;
}

/**
 * Normalise a link target for comparison, or return null when it cannot point
 * at a page of this site (another host, `mailto:`, `tel:`, a bare `#fragment`).
 *
 * Strips the base URL (its scheme and host, and its path prefix), the query,
 * the fragment, a trailing `index.html`/`index.htm`, a `.html`/`.htm`/`.md`
 * extension and the trailing slash; decodes percent-escapes; composes to NFC;
 * lower-cases. Relative targets are read as relative to the site root.
 *
 * `normalizeSiteUrl('https://example.org/Privacy/index.html#x', 'https://example.org')` = `/privacy`.
 */
export function normalizeSiteUrl(url: string, baseUrl?: string): string | null {
  let value = url.trim();
  if (!value) return null;
  const hash = value.indexOf('#');
  if (hash >= 0) value = value.slice(0, hash);
  const query = value.indexOf('?');
  if (query >= 0) value = value.slice(0, query);
  if (!value) return null;

  const base = parseBase(baseUrl);
  let rawPath: string;
  if (value.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(value)) {
    if (!/^(?:https?:)?\/\//i.test(value)) return null; // mailto:, tel:, javascript:, data:, ftp:
    let parsed: URL;
    try {
      parsed = new URL(value.startsWith('//') ? `https:${value}` : value);
    } catch {
      return null;
    }
    if (!base || base.host === null || hostKey(parsed.host) !== base.host) return null;
    rawPath = parsed.pathname;
  } else {
    rawPath = value;
  }

  const segments = pathSegments(rawPath.replace(/\\/g, '/')) ?? [];
  if (base && base.segments.length > 0) {
    const prefix = base.segments.map((s) => s.toLowerCase());
    const head = segments.slice(0, prefix.length).map((s) => s.toLowerCase());
    if (head.length === prefix.length && head.every((s, i) => s === prefix[i])) segments.splice(0, prefix.length);
  }
  const last = segments[segments.length - 1];
  if (last !== undefined) {
    if (/^index\.html?$/i.test(last)) segments.pop();
    else {
      const stripped = last.replace(PAGE_EXTENSION, '');
      if (stripped !== last && INDEX_NAMES.has(stripped.toLowerCase())) segments.pop();
      else if (stripped) segments[segments.length - 1] = stripped;
    }
  }
  return `/${segments.join('/')}`.toLowerCase();
}

/** A normalised URL as shown to people: `/privacy` = `/privacy/`. */
export function displaySiteUrl(normalized: string): string {
  return normalized === '/' ? '/' : `${normalized}/`;
}

export interface DocumentUrlOptions {
  /**
   * The language whose pages are published without a language prefix (Hugo's
   * `defaultContentLanguage`). Only a first folder (after a content root) or
   * a file-name suffix (`privacy.en.md`) equal to it is dropped.
   */
  defaultLanguage?: string;
  /** The site's base URL, for frontmatter `url`s written as absolute URLs. */
  baseUrl?: string;
  /** Folders the site is published from (default `CONTENT_ROOTS`). */
  contentRoots?: readonly string[];
}

/** Whether a frontmatter URL is a literal (not a template or a permalink pattern such as `/:title/`). */
function isLiteralUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !value.trim()) return false;
  if (/\{\{|\{%|\$\{/.test(value)) return false;
  return !/(?:^|\/):[a-z_]+/i.test(value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''));
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function pushUnique(list: string[], value: string | null): void {
  if (value !== null && !list.includes(value)) list.push(value);
}

/**
 * Candidate URLs (normalised with `normalizeSiteUrl`) a document is published
 * at, preferred first.
 *
 * - frontmatter `permalink` or `url` win (with Hugo `aliases` and Jekyll
 *   `redirect_from`, which redirect to the page);
 * - else the path relative to `siteRoot` without extension (`index`,
 *   `_index` and `README` stand for their folder), also with a content root
 *   (`content/`, `src/pages/`, `docs/`, ...) stripped, and with the default
 *   language folder stripped when `options.defaultLanguage` says which it is;
 * - `slug` replaces the last path segment.
 *
 * Returns an empty list for a document outside `siteRoot` without a frontmatter URL.
 */
export function documentUrls(
  filePath: string,
  siteRoot: string,
  frontmatter: Record<string, unknown> | null | undefined,
  options: DocumentUrlOptions = {},
): string[] {
  const fm = frontmatter ?? {};
  const urls: string[] = [];
  const explicit = [fm.permalink, fm.url].find(isLiteralUrl);
  const aliases = [...stringList(fm.aliases), ...stringList(fm.redirect_from)].filter(isLiteralUrl);
  if (explicit !== undefined) {
    pushUnique(urls, normalizeSiteUrl(explicit, options.baseUrl));
    for (const alias of aliases) pushUnique(urls, normalizeSiteUrl(alias, options.baseUrl));
    if (urls.length > 0) return urls;
  }

  const relative = path.relative(path.resolve(siteRoot), path.resolve(siteRoot, filePath)).split(path.sep).join('/');
  if (relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)) {
    for (const alias of aliases) pushUnique(urls, normalizeSiteUrl(alias, options.baseUrl));
    return urls;
  }
  const segments = relative.split('/').filter(Boolean);
  const name = (segments.pop() ?? '').replace(/\.[^.]+$/, '');
  const defaultLanguage = options.defaultLanguage?.toLowerCase().replace(/_/g, '-');

  // Hugo's multilingual-by-file-name: `privacy.fr.md` is `/fr/privacy/`.
  let fileLanguage: string | null = null;
  const suffix = /^(.+)\.([^.]+)$/.exec(name);
  if (suffix?.[1] && suffix[2] && LANGUAGE_TAG.test(suffix[2])) {
    fileLanguage = suffix[2].toLowerCase().replace(/_/g, '-');
  }
  const isIndex = (n: string): boolean => INDEX_NAMES.has(n.toLowerCase());

  const slug = typeof fm.slug === 'string' && fm.slug.trim() && !/[{}%]/.test(fm.slug) ? fm.slug.trim().replace(/^\/+|\/+$/g, '') : null;

  const build = (folders: string[], base: string, language: string | null): string | null => {
    const parts = [...folders];
    if (language) parts.unshift(language);
    if (!isIndex(base)) parts.push(base);
    if (slug) {
      if (parts.length > (language ? 1 : 0)) parts[parts.length - 1] = slug;
      else parts.push(slug);
    }
    return normalizeSiteUrl(`/${parts.map(encodeURIComponent).join('/')}`, undefined);
  };

  const roots = (options.contentRoots ?? CONTENT_ROOTS).map((r) => r.split('/').filter(Boolean));
  const variants: string[][] = [];
  for (const root of [...roots].sort((a, b) => b.length - a.length)) {
    if (root.length > 0 && root.length <= segments.length && root.every((s, i) => s === segments[i])) {
      variants.push(segments.slice(root.length));
      break;
    }
  }
  variants.push(segments);

  const candidates: string[] = [];
  for (const folders of variants) {
    // Default-language folder (`content/en/privacy.md` = `/privacy/` when `en` is the default).
    if (defaultLanguage && folders[0]?.toLowerCase().replace(/_/g, '-') === defaultLanguage) {
      pushUnique(candidates, build(folders.slice(1), name, null));
    }
    if (fileLanguage && suffix?.[1]) {
      const base = suffix[1];
      if (fileLanguage === defaultLanguage) pushUnique(candidates, build(folders, base, null));
      pushUnique(candidates, build(folders, base, fileLanguage));
    }
    pushUnique(candidates, build(folders, name, null));
  }
  for (const candidate of candidates) pushUnique(urls, candidate);
  for (const alias of aliases) pushUnique(urls, normalizeSiteUrl(alias, options.baseUrl));
  return urls;
}

/** The set of normalised site URLs of a list of link targets (external links dropped). */
export function siteUrlSet(targets: Iterable<string>, baseUrl?: string): Set<string> {
  const set = new Set<string>();
  for (const target of targets) {
    const normalized = normalizeSiteUrl(target, baseUrl);
    if (normalized !== null) set.add(normalized);
  }
  return set;
}
