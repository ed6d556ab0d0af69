/**
 * Reading a site's footer: every link target a footer source points at, with
 * the file and line it came from, and what could not be read as data.
 *
 * Sources: built HTML pages (links inside `<footer>` / `[role=contentinfo]`
 * only), template partials (HTML, Liquid, Nunjucks, Handlebars, Go/Hugo, EJS;
 * every `href`; includes and data loops followed), JSX/TSX/Vue/Svelte/Astro
 * components, Markdown footers, YAML/JSON/TOML data and i18n files.
 * HTML is parsed with rehype-parse (parse5); template tags are masked first.
 * Nothing here throws: problems are returned.
 */
import fs from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { parse as parseToml } from 'smol-toml';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { unified } from 'unified';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { maskTemplates, resolveTemplatedHref, unmask, type MaskedSource, type TemplateToken } from './template-mask.js';
import { normalizeSiteUrl } from './url-match.js';

/**
 * The usual places of a site footer, in order of preference (globs relative
 * to the site root). `findDefaultFooters` returns the ones that exist.
 */
export const DEFAULT_FOOTER_PATTERNS: readonly string[] = [
  // Jekyll, Eleventy
  '_includes/footer.html',
  '_includes/footer.njk',
  '_includes/footer.liquid',
  '_includes/partials/footer.html',
  '_includes/partials/footer.njk',
  'src/_includes/footer.*',
  'src/_includes/partials/footer.*',
  // Hugo
  'layouts/partials/footer.html',
  'layouts/_partials/footer.html',
  'themes/*/layouts/partials/footer.html',
  'themes/*/layouts/_partials/footer.html',
  // Other template folders
  'templates/footer.html',
  'templates/partials/footer.html',
  'partials/footer.html',
  'partials/footer.hbs',
  // Footer or navigation data
  '_data/footer.yml',
  '_data/footer.yaml',
  '_data/footer.json',
  'data/footer.yml',
  'data/footer.yaml',
  'data/footer.json',
  'data/footer.toml',
  'src/_data/footer.*',
  // Components
  'components/Footer.jsx',
  'components/Footer.tsx',
  'src/components/Footer.*',
  'app/components/Footer.*',
  // Markdown footers (docsify, GitHub wikis)
  '_footer.md',
  '_Footer.md',
];

export type FooterSourceKind = 'html-page' | 'template' | 'jsx' | 'markdown' | 'data' | 'i18n';

export interface FooterLink {
  /** The target as written; a literal template tag is resolved (`{{ "/privacy/" | relURL }}` = `/privacy/`). */
  href: string;
  /** `href` resolved against the page for relative targets in built pages and Markdown footers. */
  url: string;
  /** `normalizeSiteUrl(url, baseUrl)`; null for another host, `mailto:`, a bare fragment. */
  normalized: string | null;
  /** Absolute path of the file the link is written in. */
  file: string;
  line: number;
  column: number;
  source: FooterSourceKind;
  /** Files that led to `file` (the listed footer first, then includes and data loops). */
  via: string[];
}

export type FooterProblemKind =
  | 'missing'
  | 'unreadable'
  | 'unparsable'
  | 'no-footer-element'
  | 'include-not-found'
  | 'include-cycle';

export interface FooterProblem {
  /** Absolute path (or the pattern, for a glob that matched nothing). */
  file: string;
  kind: FooterProblemKind;
  message: string;
  line?: number;
  /** True when a listed footer source yielded nothing because of it. */
  fatal: boolean;
  via: string[];
}

export interface FooterSourceInfo {
  file: string;
  /** Listed by the caller (not reached through an include, a data loop or a menu). */
  root: boolean;
  kind: FooterSourceKind;
  via: string[];
  /** Links found in this file itself. */
  links: number;
}

export interface FooterLinks {
  links: FooterLink[];
  problems: FooterProblem[];
  /** Every file read, listed sources and what they led to. */
  sources: FooterSourceInfo[];
  /** Hugo menus a footer loops over (`range .Site.Menus.footer`): pages in them are linked. */
  menus: string[];
}

export interface ReadFooterOptions {
  /** Where relative footer paths are resolved. */
  cwd: string;
  /** The site's public URL; links to it count as local. */
  baseUrl?: string;
  /** Site root for page URLs of built pages and Markdown footers (default `cwd`). */
  siteRoot?: string;
  /** Follow template loops over data files (`{% for x in site.data.footer %}`); default true. */
  followData?: boolean;
}

/** Where include names are looked up, under the including file's folder and each folder above it. */
const INCLUDE_DIRS = [
  '',
  '_includes',
  '_includes/partials',
  'src/_includes',
  'src/_includes/partials',
  'layouts/partials',
  'layouts/_partials',
  'layouts',
  '_layouts',
  'templates',
  'templates/partials',
  'partials',
  '_partials',
  'includes',
  'src/includes',
  'src/partials',
  'src/templates',
  'views',
  'views/partials',
  'snippets',
];
const INCLUDE_EXTENSIONS = ['.html', '.liquid', '.njk', '.hbs', '.handlebars', '.mustache', '.twig', '.jinja', '.ejs', '.htm'];
const DATA_DIRS = ['_data', 'data', 'src/_data', 'src/data', 'site/_data'];
const DATA_EXTENSIONS = ['.yml', '.yaml', '.json', '.toml'];
const COMPONENT_EXTENSIONS = ['.jsx', '.tsx', '.js', '.mjs', '.ts', '.vue', '.svelte', '.astro'];
/** Build output folders stripped from a built page's path to get its URL. */
const OUTPUT_DIRS = ['.output/public', '_build/html', '_site', 'public', 'dist', 'build', 'out', 'site', 'www'];
/** Keys of data entries that hold link targets. */
const URL_KEYS = new Set(['url', 'href', 'link', 'path', 'permalink', 'to', 'route', 'pageref', 'uri']);
/** Loop variables that are never data files. */
const NOT_DATA = new Set(['page', 'collections', 'include', 'layout', 'forloop', 'paginator', 'content', 'post', 'posts', 'site', 'item', 'loop', 'this', 'eleventy', 'pagination', 'section', 'menu']);
const MAX_DEPTH = 16;

type HtmlParser = { parse: (text: string) => unknown };
// rehype-parse (and parse5) load only when a footer is read: a run without a footer never needs them.
let htmlFragment: HtmlParser;
let htmlDocument: HtmlParser;
async function loadHtmlParsers(): Promise<void> {
  if (htmlDocument !== undefined) return;
  const { default: rehypeParse } = await import('rehype-parse');
  htmlFragment = unified().use(rehypeParse, { fragment: true });
  htmlDocument = unified().use(rehypeParse, { fragment: false });
}
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

interface Walk {
  cwd: string;
  siteRoot: string;
  baseUrl: string | undefined;
  followData: boolean;
  links: FooterLink[];
  problems: FooterProblem[];
  sources: FooterSourceInfo[];
  menus: Set<string>;
  /** Files (with data scope) already read. */
  read: Set<string>;
  /** i18n keys the templates use (`{{ i18n "footer_policies" }}`). */
  i18nKeys: Set<string>;
}

interface SourceRole {
  via: string[];
  root: boolean;
  /** Only this subtree of a data file (`navigation.policies`). */
  scope?: string[];
}

/** 1-based line and column of offsets in a text. */
function locator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function exists(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function kindOf(file: string): 'template' | 'jsx' | 'markdown' | 'structured' {
  const ext = path.extname(file).toLowerCase();
  if (['.yml', '.yaml', '.json', '.toml'].includes(ext)) return 'structured';
  if (['.md', '.markdown', '.mdx'].includes(ext)) return 'markdown';
  if (COMPONENT_EXTENSIONS.includes(ext)) return 'jsx';
  return 'template';
}

function isI18nPath(file: string): boolean {
  return toPosix(file)
    .split('/')
    .slice(0, -1)
    .some((s) => /^(?:i18n|locales?|translations|lang|languages)$/i.test(s));
}

/** Folders from `dir` up to the first of `stops` that contains it (at most 8 levels when none does). */
function ancestors(dir: string, stops: string[]): string[] {
  const out: string[] = [];
  const stop = stops.filter((s) => isInside(s, dir)).sort((a, b) => b.length - a.length)[0];
  let current = dir;
  for (let i = 0; i < 32; i += 1) {
    out.push(current);
    if (stop !== undefined ? current === stop : out.length >= 8) break;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return out;
}

function pushProblem(walk: Walk, problem: FooterProblem): void {
  if (!walk.problems.some((p) => p.file === problem.file && p.kind === problem.kind && p.line === problem.line)) {
    walk.problems.push(problem);
  }
}

function addLink(
  walk: Walk,
  fields: { href: string; url?: string; file: string; line: number; column: number; source: FooterSourceKind; via: string[] },
): void {
  const href = fields.href.trim();
  if (!href) return;
  const url = fields.url ?? href;
  walk.links.push({ ...fields, href, url, normalized: normalizeSiteUrl(url, walk.baseUrl) });
}

/** Resolve a relative target against a page path (`/about/`); absolute and root-relative targets are kept. */
function resolveAgainst(href: string, pagePath: string | null): string {
  if (pagePath === null || /^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(href)) return href;
  try {
    const resolved = new URL(href, `http://site.invalid${pagePath}`);
    return resolved.pathname + resolved.search + resolved.hash;
  } catch {
    return href;
  }
}

/** URL path of a built page (`_site/about/index.html` = `/about/index.html`), or null outside the site. */
function builtPagePath(walk: Walk, file: string): string | null {
  const root = [walk.siteRoot, walk.cwd].find((r) => isInside(r, file));
  if (root === undefined) return null;
  let rel = toPosix(path.relative(root, file));
  for (const out of OUTPUT_DIRS) {
    if (rel.startsWith(`${out}/`)) {
      rel = rel.slice(out.length + 1);
      break;
    }
  }
  return `/${rel}`;
}

/** URL folder of a Markdown footer (`docs/_footer.md` = `/docs/`), or null outside the site. */
function markdownBasePath(walk: Walk, file: string): string | null {
  if (!isInside(walk.siteRoot, file)) return null;
  const dir = toPosix(path.relative(walk.siteRoot, path.dirname(file)));
  return dir ? `/${dir}/` : '/';
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

/**
 * Read footer sources (paths or globs relative to `options.cwd`) and return
 * every link target found, with per-file problems. Never throws.
 */
export async function readFooterLinks(files: string[], options: ReadFooterOptions): Promise<FooterLinks> {
  await loadHtmlParsers();
  const cwd = path.resolve(options.cwd);
  const walk: Walk = {
    cwd,
    siteRoot: path.resolve(cwd, options.siteRoot ?? '.'),
    baseUrl: options.baseUrl,
    followData: options.followData !== false,
    links: [],
    problems: [],
    sources: [],
    menus: new Set(),
    read: new Set(),
    i18nKeys: new Set(),
  };

  const roots: string[] = [];
  for (const entry of files) {
    if (typeof entry !== 'string' || !entry.trim()) continue;
    if (isDynamicPattern(entry)) {
      const matches = expandGlob(entry, cwd);
      if (matches.length === 0) {
        pushProblem(walk, { file: entry, kind: 'missing', message: `no file matches ${entry}`, fatal: true, via: [] });
      }
      for (const m of matches) if (!roots.includes(path.resolve(m))) roots.push(path.resolve(m));
    } else {
      const abs = path.resolve(cwd, entry);
      if (!roots.includes(abs)) roots.push(abs);
    }
  }
  // Templates first: the i18n keys they use select what is read from i18n files.
  const ordered = [...roots.filter((f) => kindOf(f) !== 'structured'), ...roots.filter((f) => kindOf(f) === 'structured')];
  for (const file of ordered) {
    await readSource(walk, file, { via: [], root: true });
  }
  if (walk.menus.size > 0) await readHugoMenus(walk);

  return { links: walk.links, problems: walk.problems, sources: walk.sources, menus: [...walk.menus] };
}

/** Files matching a glob; an absolute glob (settings are resolved against the config folder) is split at its first dynamic segment. */
function expandGlob(pattern: string, cwd: string): string[] {
  const segments = toPosix(path.resolve(cwd, pattern)).split('/');
  const first = segments.findIndex((s) => isDynamicPattern(s));
  const base = first <= 0 ? cwd : segments.slice(0, first).join('/') || '/';
  const rest = first <= 0 ? pattern : segments.slice(first).join('/');
  try {
    return globSync(rest, { cwd: base, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] })
      .map((m) => path.resolve(m))
      .sort();
  } catch {
    return [];
  }
}

/**
 * The usual footer partials and footer data files that exist under `root`
 * (absolute paths, in the order of `DEFAULT_FOOTER_PATTERNS`).
 */
export function findDefaultFooters(root: string): string[] {
  const base = path.resolve(root);
  const found: string[] = [];
  for (const pattern of DEFAULT_FOOTER_PATTERNS) {
    const matches = isDynamicPattern(pattern) ? expandGlob(pattern, base) : exists(path.join(base, pattern)) ? [path.join(base, pattern)] : [];
    for (const m of matches) {
      const abs = path.resolve(m);
      if (!found.includes(abs)) found.push(abs);
    }
  }
  return found;
}

async function readSource(walk: Walk, file: string, role: SourceRole): Promise<void> {
  const key = role.scope ? `${file}#${role.scope.join('.')}` : file;
  if (walk.read.has(key)) return;
  walk.read.add(key);
  const fatal = role.root;

  let text: string;
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      pushProblem(walk, { file, kind: 'unreadable', message: 'is a folder, not a file', fatal, via: role.via });
      return;
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      pushProblem(walk, { file, kind: 'missing', message: 'file not found', fatal, via: role.via });
    } else {
      pushProblem(walk, { file, kind: 'unreadable', message: (error as Error).message, fatal, via: role.via });
    }
    return;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const before = walk.links.length;
  let kind: FooterSourceKind;
  try {
    const detected = kindOf(file);
    if (detected === 'structured') {
      kind = isI18nPath(file) ? 'i18n' : 'data';
      readStructured(walk, file, text, role, kind);
    } else if (detected === 'markdown') {
      kind = 'markdown';
      readMarkdown(walk, file, text, role);
    } else {
      kind = await readMarkup(walk, file, text, role, detected);
    }
  } catch (error) {
    pushProblem(walk, {
      file,
      kind: 'unparsable',
      message: `could not be parsed: ${(error as Error).message.split('\n')[0]}`,
      fatal,
      via: role.via,
    });
    return;
  }
  walk.sources.push({ file, root: role.root, kind, via: role.via, links: walk.links.filter((l, i) => i >= before && l.file === file).length });
}

// ---------------------------------------------------------------------------
// HTML, templates and components
// ---------------------------------------------------------------------------

interface Region {
  start: number;
  end: number;
}

function walkHast(node: HastNodes, visit: (node: HastNodes, ancestors: Element[]) => void, stack: Element[] = []): void {
  visit(node, stack);
  if ('children' in node) {
    const next = node.type === 'element' ? [...stack, node] : stack;
    for (const child of node.children) walkHast(child as HastNodes, visit, next);
    // `<template>` (Vue single-file components) keeps its children in `content`.
    if (node.type === 'element' && node.content) walkHast(node.content, visit, next);
  }
}

function attr(element: Element, name: string): string | null {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return null;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** A string from a JSX/Vue expression: `{"/privacy"}`, `{withBase('/privacy')}`, `'/privacy'`, `{ path: '/privacy' }`. */
function expressionLiteral(expression: string): string | null {
  let inner = expression.trim();
  if (inner.startsWith('{') && inner.endsWith('}')) inner = inner.slice(1, -1).trim();
  const literal = /^(["'`])([^"'`]*)\1$/.exec(inner);
  if (literal) return literal[1] === '`' && literal[2]?.includes('${') ? null : (literal[2] ?? null);
  const call = /^[\w.$]+\(\s*(["'`])([^"'`$]*)\1\s*(?:,[^)]*)?\)$/.exec(inner);
  if (call) return call[2] ?? null;
  const object = /^\{[^{}]*\b(?:path|pathname|href)\s*:\s*(["'`])([^"'`$]*)\1[^{}]*\}$/.exec(inner);
  if (object) return object[2] ?? null;
  return null;
}

const INCLUDE_PATTERNS: Array<{ re: RegExp; name: (m: RegExpExecArray) => string | undefined; relative?: (m: RegExpExecArray) => boolean; hugo?: boolean }> = [
  {
    re: /^\{%-?\s*(include_relative|include|render|embed)\s+(?:(["'])([^"']+)\2|([^\s%"'{}]+))/,
    name: (m) => m[3] ?? m[4],
    relative: (m) => m[1] === 'include_relative',
  },
  { re: /^\{\{-?\s*(?:partial|partialCached|template)\s+\(?\s*"([^"]+)"/, name: (m) => m[1], hugo: true },
  { re: /^\{\{>\s*(?:(["'])([^"']+)\1|([^\s}]+))/, name: (m) => m[2] ?? m[3] },
  { re: /^<%[-=_]?\s*include\s*\(?\s*(["'])([^"']+)\1/, name: (m) => m[2] },
];

const LOOP_PATTERNS: RegExp[] = [
  /^\{%-?\s*for\s+[\w$]+(?:\s*,\s*[\w$]+)?\s+in\s+([^\s%|]+)/,
  /^\{\{-?\s*range\s+(?:\$\w+\s*(?:,\s*\$\w+\s*)?:?=\s*)?([^\s}|()]+)/,
  /^\{\{#each\s+([^\s}]+)/,
];
const ALIAS_PATTERNS: RegExp[] = [/^\{%-?\s*(?:assign|set)\s+([\w]+)\s*=\s*([^\s%|]+)\s*-?%\}$/, /^\{\{-?\s*(\$\w+)\s*:?=\s*([^\s}|()]+)\s*-?\}\}$/];

/** Parse one template or component file; returns the kind it was read as. */
async function readMarkup(walk: Walk, file: string, text: string, role: SourceRole, detected: 'template' | 'jsx'): Promise<FooterSourceKind> {
  const ext = path.extname(file).toLowerCase();
  const isComponent = detected === 'jsx';
  const templateLike = !isComponent || ['.vue', '.svelte', '.astro'].includes(ext);
  const masked: MaskedSource = maskTemplates(text, { templates: templateLike, jsx: isComponent });
  const isPage = !isComponent && (/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html)\b/i.test(masked.text) || /<body[\s>]/i.test(masked.text));
  const tree = (isPage ? htmlDocument : htmlFragment).parse(masked.text) as HastRoot;
  const at = locator(text);
  const kind: FooterSourceKind = isComponent ? 'jsx' : isPage ? 'html-page' : 'template';

  // Regions of a full page that count: the page footer landmark(s).
  const comments: Region[] = [];
  const footers: Array<{ region: Region; landmark: boolean }> = [];
  walkHast(tree, (node, stack) => {
    const pos = node.position;
    if (!pos?.start || pos.start.offset === undefined) return;
    const region = { start: pos.start.offset, end: pos.end?.offset ?? masked.text.length };
    if (node.type === 'comment') comments.push(region);
    if (node.type !== 'element') return;
    const role = attr(node, 'role')?.toLowerCase().split(/\s+/) ?? [];
    if (role.includes('contentinfo')) footers.push({ region, landmark: true });
    else if (node.tagName === 'footer') {
      const scoped = stack.some((a) => ['article', 'aside', 'main', 'nav', 'section'].includes(a.tagName));
      footers.push({ region, landmark: !scoped });
    }
  });
  const regions = isPage ? (footers.some((f) => f.landmark) ? footers.filter((f) => f.landmark) : footers).map((f) => f.region) : null;
  const inRegion = (offset: number): boolean => regions === null || regions.some((r) => offset >= r.start && offset < r.end);
  const inComment = (offset: number): boolean => comments.some((r) => offset >= r.start && offset < r.end);
  const pagePath = isPage ? builtPagePath(walk, file) : null;

  // Links.
  walkHast(tree, (node) => {
    if (node.type !== 'element' || !node.position?.start) return;
    const offset = node.position.start.offset ?? 0;
    if (!inRegion(offset)) return;
    const names = isComponent ? ['href', 'to', ':href', 'v-bind:href', ':to', 'v-bind:to'] : ['a', 'area'].includes(node.tagName) ? ['href'] : [];
    if (isComponent && node.tagName === 'link' && attr(node, 'rel') !== null) return;
    for (const name of names) {
      const raw = attr(node, name);
      if (raw === null) continue;
      const value = unmask(raw, masked);
      let target: string | null;
      if (name.includes(':')) target = expressionLiteral(value);
      else if (isComponent && value.trim().startsWith('{')) target = expressionLiteral(value);
      else target = resolveTemplatedHref(value);
      if (target === null || !target.trim()) continue;
      addLink(walk, {
        href: target,
        url: resolveAgainst(target.trim(), pagePath),
        file,
        line: node.position.start.line,
        column: node.position.start.column,
        source: kind,
        via: role.via,
      });
    }
  });

  // Link targets in JavaScript object literals of components (`{ href: '/privacy', label: ... }`).
  if (isComponent) {
    const literal = /\b(?:href|to|url|link|path|pathname)\s*:\s*(["'`])([^"'`\n]*)\1/g;
    for (let m = literal.exec(text); m; m = literal.exec(text)) {
      const value = m[2] ?? '';
      if (!looksLikeSiteUrl(value)) continue;
      const pos = at(m.index);
      addLink(walk, { href: value, file, line: pos.line, column: pos.column, source: kind, via: role.via });
    }
  }

  const via = [...role.via, file];
  if (via.length > MAX_DEPTH) return kind;
  const tokens = masked.tokens.filter((t) => !t.comment && !inComment(t.start));

  // i18n keys used (Hugo `{{ i18n "key" }}`, `{{ T "key" }}`).
  for (const t of tokens) {
    for (const m of t.text.matchAll(/\b(?:i18n|T|lang\.Translate)\s+"([^"]+)"/g)) if (m[1]) walk.i18nKeys.add(m[1]);
  }

  // Includes.
  let followedFooterInclude = false;
  for (const t of tokens) {
    const include = parseInclude(t);
    if (!include) continue;
    const footerNamed = /footer/i.test(include.name);
    if (!inRegion(t.start) && !footerNamed) continue;
    if (!inRegion(t.start)) followedFooterInclude = true;
    await followInclude(walk, file, t, include, via, at);
  }

  // Components imported by a component (`import FooterLinks from './FooterLinks'`).
  if (isComponent) {
    for (const m of text.matchAll(/\bimport\s+(?:[\w$]+|\{[^}]*\}|\*\s+as\s+[\w$]+)(?:\s*,\s*(?:\{[^}]*\}|[\w$]+))?\s+from\s+(["'])(\.{1,2}\/[^"']+)\1/g)) {
      const spec = m[2] ?? '';
      if (/\.(?:css|scss|sass|less|svg|png|jpe?g|gif|webp)$/i.test(spec)) continue;
      const target = resolveImport(path.dirname(file), spec);
      const pos = at(m.index ?? 0);
      if (!target) continue; // packages and assets are not footers: say nothing
      if (via.includes(target)) {
        pushProblem(walk, { file, kind: 'include-cycle', message: `import of ${spec} leads back to a file that imports it`, line: pos.line, fatal: false, via });
        continue;
      }
      await readSource(walk, target, { via, root: false });
    }
  }

  // Data loops (`{% for item in navigation.policies %}`, `{{ range .Site.Data.footer }}`, `{{ range .Site.Menus.footer }}`).
  if (walk.followData && templateLike) {
    const aliases = new Map<string, string>();
    for (const t of tokens) {
      for (const re of ALIAS_PATTERNS) {
        const m = re.exec(t.text.trim());
        if (m?.[1] && m[2]) aliases.set(m[1], m[2]);
      }
    }
    for (const t of tokens) {
      if (!inRegion(t.start)) continue;
      for (const re of LOOP_PATTERNS) {
        const m = re.exec(t.text);
        if (!m?.[1]) continue;
        let expr = m[1];
        const head = expr.split('.')[0] ?? '';
        const alias = aliases.get(head);
        if (alias && alias !== expr) expr = alias + expr.slice(head.length);
        const reference = dataReference(expr);
        if (!reference) continue;
        if (reference.menu) {
          walk.menus.add(reference.menu);
          continue;
        }
        const found = resolveData(walk, file, reference.segments);
        if (found) await readSource(walk, found.file, { via, root: false, scope: found.scope });
      }
    }
  }

  if (isPage && regions !== null && regions.length === 0 && !followedFooterInclude) {
    pushProblem(walk, {
      file,
      kind: 'no-footer-element',
      message: 'the page has no <footer> element and no role="contentinfo" landmark, so no footer link could be read from it',
      fatal: role.root,
      via: role.via,
    });
  }
  return kind;
}

function parseInclude(token: TemplateToken): { name: string; relative: boolean; hugo: boolean } | null {
  if (token.kind !== 'template') return null;
  for (const pattern of INCLUDE_PATTERNS) {
    const m = pattern.re.exec(token.text);
    if (!m) continue;
    const name = pattern.name(m);
    if (!name || name.startsWith('_internal/') || /[{}$]/.test(name)) return null;
    return { name, relative: pattern.relative?.(m) ?? false, hugo: pattern.hugo ?? false };
  }
  return null;
}

async function followInclude(
  walk: Walk,
  file: string,
  token: TemplateToken,
  include: { name: string; relative: boolean; hugo: boolean },
  via: string[],
  at: (offset: number) => { line: number; column: number },
): Promise<void> {
  const line = at(token.start).line;
  const target = resolveInclude(walk, file, include);
  if (!target) {
    pushProblem(walk, {
      file,
      kind: 'include-not-found',
      message: `the include ${include.name} was not found next to the file or in the usual include folders`,
      line,
      fatal: false,
      via: via.slice(0, -1),
    });
    return;
  }
  if (via.includes(target)) {
    pushProblem(walk, {
      file,
      kind: 'include-cycle',
      message: `the include ${include.name} leads back to a file that includes it; not followed again`,
      line,
      fatal: false,
      via: via.slice(0, -1),
    });
    return;
  }
  await readSource(walk, target, { via, root: false });
}

function resolveInclude(walk: Walk, from: string, include: { name: string; relative: boolean; hugo: boolean }): string | null {
  const dir = path.dirname(from);
  const name = include.name.replace(/^\/+/, '');
  const ownExt = path.extname(from);
  const names = path.extname(name)
    ? [name]
    : [...new Set([ownExt, ...INCLUDE_EXTENSIONS].filter(Boolean).map((e) => name + e)), name];
  if (include.relative) {
    for (const n of names) if (exists(path.resolve(dir, n))) return path.resolve(dir, n);
    return null;
  }
  for (const n of names) if (exists(path.resolve(dir, n))) return path.resolve(dir, n);
  for (const base of ancestors(dir, [walk.cwd, walk.siteRoot])) {
    const roots = [...INCLUDE_DIRS.map((d) => path.join(base, d))];
    const themes = path.join(base, 'themes');
    if (isDirectory(themes)) {
      for (const theme of safeReaddir(themes)) {
        roots.push(path.join(themes, theme, 'layouts/partials'), path.join(themes, theme, 'layouts/_partials'), path.join(themes, theme, 'layouts'));
      }
    }
    for (const r of roots) for (const n of names) if (exists(path.join(r, n))) return path.join(r, n);
  }
  return null;
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function resolveImport(dir: string, spec: string): string | null {
  const base = path.resolve(dir, spec);
  if (path.extname(base) && exists(base)) return base;
  for (const ext of [...COMPONENT_EXTENSIONS, ...DATA_EXTENSIONS]) if (exists(base + ext)) return base + ext;
  for (const ext of COMPONENT_EXTENSIONS) if (exists(path.join(base, `index${ext}`))) return path.join(base, `index${ext}`);
  return null;
}

/** What a loop expression refers to: a data file path (`['navigation', 'policies']`) or a Hugo menu. */
function dataReference(expression: string): { segments: string[]; menu?: string } | null {
  const expr = expression.trim().replace(/^\(+|\)+$/g, '');
  const menu = /^(?:\$?\.?Site|site)\.Menus\.([\w-]+)/.exec(expr);
  if (menu?.[1]) return { segments: [], menu: menu[1] };
  const cut = (s: string): string[] => (s.split(/[[|\s]/)[0] ?? '').split('.').filter(Boolean);
  const hugo = /^(?:\$?\.?Site|site|\$)\.Data\.(.+)$/.exec(expr);
  if (hugo?.[1]) return { segments: cut(hugo[1]) };
  if (expr.startsWith('.') || expr.startsWith('$')) return null;
  const jekyll = /^site\.data\.(.+)$/.exec(expr);
  if (jekyll?.[1]) return { segments: cut(jekyll[1]) };
  const segments = cut(expr);
  const first = segments[0];
  if (!first || NOT_DATA.has(first) || !/^[A-Za-z_][\w-]*$/.test(first)) return null;
  return { segments };
}

function resolveData(walk: Walk, from: string, segments: string[]): { file: string; scope: string[] } | null {
  if (segments.length === 0) return null;
  for (const base of ancestors(path.dirname(from), [walk.cwd, walk.siteRoot])) {
    for (const dataDir of DATA_DIRS) {
      const root = path.join(base, dataDir);
      if (!isDirectory(root)) continue;
      for (let i = segments.length; i >= 1; i -= 1) {
        for (const ext of DATA_EXTENSIONS) {
          const candidate = path.join(root, ...segments.slice(0, i)) + ext;
          if (exists(candidate)) return { file: candidate, scope: segments.slice(i) };
        }
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------

function readMarkdown(walk: Walk, file: string, text: string, role: SourceRole): void {
  const tree = markdown.parse(text) as MdastNodes;
  const base = markdownBasePath(walk, file);
  const at = locator(text);
  const visit = (node: MdastNodes): void => {
    const start = node.position?.start;
    if ((node.type === 'link' || node.type === 'definition') && start) {
      const target = resolveTemplatedHref(node.url);
      if (target) {
        addLink(walk, { href: target, url: resolveAgainst(target, base), file, line: start.line, column: start.column, source: 'markdown', via: role.via });
      }
    } else if (node.type === 'html' && start && start.offset !== undefined) {
      for (const link of htmlStringLinks(node.value)) {
        const pos = at(start.offset + link.offset);
        addLink(walk, { href: link.href, url: resolveAgainst(link.href, base), file, line: pos.line, column: pos.column, source: 'markdown', via: role.via });
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as MdastNodes);
  };
  visit(tree);
}

/** `href`s of `<a>`/`<area>` in an HTML string (template tags masked), with their offsets in it. */
function htmlStringLinks(html: string): Array<{ href: string; offset: number }> {
  const masked = maskTemplates(html, { templates: true });
  const tree = htmlFragment.parse(masked.text) as HastRoot;
  const out: Array<{ href: string; offset: number }> = [];
  walkHast(tree, (node) => {
    if (node.type !== 'element' || !['a', 'area'].includes(node.tagName)) return;
    const raw = attr(node, 'href');
    if (raw === null) return;
    const href = resolveTemplatedHref(unmask(raw, masked));
    if (href) out.push({ href, offset: node.position?.start.offset ?? 0 });
  });
  return out;
}

// ---------------------------------------------------------------------------
// YAML, JSON, TOML data and i18n files
// ---------------------------------------------------------------------------

interface Entry {
  keyPath: string[];
  value: string;
  /** Offset of the value in the file, when known. */
  offset: number | null;
}

function looksLikeSiteUrl(value: string): boolean {
  const v = value.trim();
  return /^(?:https?:)?\/\/[^\s/]+\S*$/i.test(v) || /^\/(?!\/)\S*$/.test(v);
}

function yamlEntries(node: YamlNode | null | undefined, keyPath: string[], out: Entry[]): void {
  if (!node) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      yamlEntries(pair.value as YamlNode | null, [...keyPath, key], out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => yamlEntries(item as YamlNode | null, [...keyPath, String(i)], out));
  } else if (isScalar(node) && typeof node.value === 'string') {
    out.push({ keyPath, value: node.value, offset: node.range?.[0] ?? null });
  }
}

function plainEntries(value: unknown, keyPath: string[], out: Entry[]): void {
  if (typeof value === 'string') out.push({ keyPath, value, offset: null });
  else if (Array.isArray(value)) value.forEach((v, i) => plainEntries(v, [...keyPath, String(i)], out));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) plainEntries(v, [...keyPath, k], out);
  }
}

function readStructured(walk: Walk, file: string, text: string, role: SourceRole, kind: 'data' | 'i18n'): void {
  const ext = path.extname(file).toLowerCase();
  let entries: Entry[] = [];
  if (ext === '.yml' || ext === '.yaml') {
    const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: false });
    if (doc.errors.length > 0) throw new Error(doc.errors[0]?.message ?? 'invalid YAML');
    yamlEntries(doc.contents as YamlNode | null, [], entries);
  } else if (ext === '.json') {
    plainEntries(JSON.parse(text) as unknown, [], entries);
  } else {
    plainEntries(parseToml(text), [], entries);
  }

  if (role.scope && role.scope.length > 0) {
    const scope = role.scope;
    entries = entries.filter((e) => scope.every((s, i) => e.keyPath[i] === s));
  }
  if (kind === 'i18n') {
    const referenced = entries.filter((e) => e.keyPath.some((k) => walk.i18nKeys.has(k)));
    const footerish = entries.filter((e) => e.keyPath.some((k) => /footer/i.test(k)));
    if (referenced.length > 0) entries = referenced;
    else if (footerish.length > 0) entries = footerish;
  }

  const at = locator(text);
  let cursor = 0;
  /** Find where a value is written when the parser gave no offset (JSON, TOML). */
  const locate = (entry: Entry, needle: string): number => {
    if (entry.offset !== null) {
      const near = text.indexOf(needle, entry.offset);
      return near >= 0 ? near : entry.offset;
    }
    const key = entry.keyPath[entry.keyPath.length - 1] ?? '';
    const candidates = [needle, JSON.stringify(needle).slice(1, -1), key];
    for (const c of candidates) {
      if (!c) continue;
      const found = text.indexOf(c, cursor);
      if (found >= 0) {
        cursor = found;
        return found;
      }
    }
    return cursor;
  };

  for (const entry of entries) {
    const value = entry.value;
    const key = [...entry.keyPath].reverse().find((k) => !/^\d+$/.test(k))?.toLowerCase() ?? '';
    if (/<a[\s>]|href\s*=/i.test(value)) {
      for (const link of htmlStringLinks(value)) {
        const pos = at(locate(entry, link.href));
        addLink(walk, { href: link.href, file, line: pos.line, column: pos.column, source: kind, via: role.via });
      }
      continue;
    }
    const isUrlKey = URL_KEYS.has(key) && value.trim() !== '' && (!/\s/.test(value.trim()) || looksLikeSiteUrl(value));
    if (!isUrlKey && !looksLikeSiteUrl(value)) continue;
    const target = resolveTemplatedHref(value);
    if (!target) continue;
    const pos = at(locate(entry, value));
    addLink(walk, { href: target, file, line: pos.line, column: pos.column, source: kind, via: role.via });
  }
}

/** Hugo menus defined in the site config (`[[menus.footer]]`), for menus a footer loops over. */
async function readHugoMenus(walk: Walk): Promise<void> {
  const roots = [...new Set([walk.siteRoot, walk.cwd])];
  const configs = ['hugo', 'config'].flatMap((n) => DATA_EXTENSIONS.map((e) => n + e));
  for (const root of roots) {
    for (const name of configs) {
      const file = path.join(root, name);
      if (!exists(file)) continue;
      for (const menu of walk.menus) {
        await readSource(walk, file, { via: [], root: false, scope: ['menus', menu] });
        await readSource(walk, file, { via: [], root: false, scope: ['menu', menu] });
      }
    }
    for (const ext of DATA_EXTENSIONS) {
      for (const dir of ['config/_default', 'config/production']) {
        for (const base of ['hugo', 'config']) {
          const file = path.join(root, dir, base + ext);
          if (!exists(file)) continue;
          for (const menu of walk.menus) {
            await readSource(walk, file, { via: [], root: false, scope: ['menus', menu] });
            await readSource(walk, file, { via: [], root: false, scope: ['menu', menu] });
          }
        }
        const menus = path.join(root, dir, `menus${ext}`);
        if (exists(menus)) for (const menu of walk.menus) await readSource(walk, menus, { via: [], root: false, scope: [menu] });
      }
    }
  }
}
