/**
 * policy-linked-from-footer: every policy must be linked from the site footer,
 * so customers find it from every page (the seeds: policies must be stated
 * clearly on the website, not buried deep in it).
 *
 * `collect` computes each document's URLs; `checkRun` reads the footer once
 * (`settings.footer`, or the usual partials) and compares.
 */
import path from 'node:path';
import ignore from 'ignore';
import type { Range, RunRule } from '../src/types.js';
import { docsUrl, truncate } from '../src/rule-kit.js';
import { findDefaultFooters, readFooterLinks, DEFAULT_FOOTER_PATTERNS, type FooterProblem } from '../src/site/footer-links.js';
import { readSiteConfig } from '../src/site/site-config.js';
import { displaySiteUrl, documentUrls, normalizeSiteUrl } from '../src/site/url-match.js';

// A type alias (not an interface) so it is assignable to `Record<string, unknown>`.
export type PolicyLinkedFromFooterOptions = {
  /** Globs (`.gitignore` syntax, relative to the working directory) of the documents that must be linked; default every linted document. */
  include?: string[];
};

/** What `collect` keeps of each document (plain data). */
export interface FooterDocumentData {
  title: string;
  /** Normalised candidate URLs, preferred first. */
  urls: string[];
  /** The URL to suggest in the message. */
  displayUrl: string;
  titleRange: Range | null;
  /** Hugo menus the document puts itself in (frontmatter `menu`/`menus`). */
  menus: string[];
}

/** The default footer places named in the `noFooter` message (all of `DEFAULT_FOOTER_PATTERNS` are searched). */
const LOOKED_FOR = ['_includes/footer.html', 'layouts/partials/footer.html', 'themes/*/layouts/partials/footer.html', '_data/footer.yml', 'src/components/Footer.*'];

const FILE_START: Range = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function baseUrlOf(settings: { baseUrl?: unknown }, siteRoot: string): string | undefined {
  if (typeof settings.baseUrl === 'string' && settings.baseUrl.trim()) return settings.baseUrl.trim();
  return readSiteConfig(siteRoot).baseUrl;
}

function menusOf(frontmatter: Record<string, unknown> | undefined): string[] {
  const out = new Set<string>();
  for (const key of ['menu', 'menus']) {
    const value = frontmatter?.[key];
    if (typeof value === 'string') out.add(value);
    else if (Array.isArray(value)) for (const v of value) typeof v === 'string' && out.add(v);
    else if (value && typeof value === 'object') for (const k of Object.keys(value)) out.add(k);
  }
  return [...out];
}

function footerList(files: string[], cwd: string): string {
  const shown = files.slice(0, 3).map((f) => {
    const rel = path.relative(cwd, f);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : f;
  });
  return files.length > 3 ? `${shown.join(', ')} and ${files.length - 3} more` : shown.join(', ');
}

const rule: RunRule<PolicyLinkedFromFooterOptions, FooterDocumentData> = {
  meta: {
    id: 'policy-linked-from-footer',
    type: 'problem',
    description: 'Require every policy to be linked from the site footer, so customers can find it from every page.',
    url: docsUrl('policy-linked-from-footer'),
    fixable: false,
    scope: 'run',
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: {
        include: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: 'Globs of the documents that must be linked from the footer (default: every linted document).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {},
    messages: {
      notLinked:
        '“{{title}}” is not linked from the site footer ({{footer}}). Add a footer link to {{url}} so customers can find it from every page.',
      noFooter:
        'No site footer was found, so policylint cannot check that your policies are linked from every page (looked for {{looked}}). List your footer partial, built page or footer data file under `settings.footer` in policylint.config.yaml (for example `settings: { footer: [layouts/partials/footer.html] }`), or turn off policy-linked-from-footer.',
      footerUnreadable:
        'The footer source {{file}} could not be used: {{reason}}. Fix the file, or its path in `settings.footer` in policylint.config.yaml, so that policies can be checked against the footer.',
    },
  },

  collect(context) {
    const { document, settings, cwd, root: siteRoot } = context;
    const filePath = path.resolve(cwd, document.filePath);
    const site = readSiteConfig(siteRoot);
    const defaultLanguage = typeof settings.defaultLanguage === 'string' ? settings.defaultLanguage : site.defaultLanguage;
    const baseUrl = baseUrlOf(settings, siteRoot);
    const frontmatter = document.frontmatter?.data;
    const urls = documentUrls(filePath, siteRoot, frontmatter, {
      ...(defaultLanguage === undefined ? {} : { defaultLanguage }),
      ...(baseUrl === undefined ? {} : { baseUrl }),
    });
    // Show a frontmatter URL as written when it is the one matched (not a pattern such as `/:title/`).
    const explicit = [frontmatter?.permalink, frontmatter?.url].find(
      (v): v is string => typeof v === 'string' && /^(?:\/|https?:\/\/)/i.test(v.trim()) && urls[0] !== undefined && normalizeSiteUrl(v, baseUrl) === urls[0],
    );
    const fallback = `/${path.basename(filePath).replace(/\.[^.]+$/, '')}/`;
    return {
      title: document.title?.text ?? path.basename(filePath),
      urls,
      displayUrl: explicit ?? (urls[0] === undefined ? fallback : displaySiteUrl(urls[0])),
      titleRange: document.title?.range ?? null,
      menus: menusOf(frontmatter),
    };
  },

  async checkRun(context) {
    const { files, settings, cwd, root: siteRoot, configFile, options } = context;
    if (files.length === 0) return;
    const reportTarget = configFile ?? files[0]!.filePath;
    const baseUrl = baseUrlOf(settings, siteRoot);

    const configured = (Array.isArray(settings.footer) ? settings.footer : typeof settings.footer === 'string' ? [settings.footer] : []).filter(
      (f): f is string => typeof f === 'string' && f.trim() !== '',
    );
    let sources = configured;
    if (sources.length === 0) {
      const roots = [...new Set([siteRoot, path.resolve(cwd)])];
      sources = [...new Set(roots.flatMap((root) => findDefaultFooters(root)))];
      if (sources.length === 0) {
        const looked = `${LOOKED_FOR.join(', ')} and ${DEFAULT_FOOTER_PATTERNS.length - LOOKED_FOR.length} more usual places`;
        // Advice about the setup, not a problem in a policy: a warning whatever the rule's severity.
        context.report(reportTarget, { messageId: 'noFooter', data: { looked }, at: FILE_START, severity: 'warn' });
        return;
      }
    }

    const footer = await readFooterLinks(sources, { cwd, siteRoot, ...(baseUrl === undefined ? {} : { baseUrl }) });
    const fatal = footer.problems.filter((p: FooterProblem) => p.fatal);
    for (const problem of fatal) {
      context.report(reportTarget, {
        messageId: 'footerUnreadable',
        data: { file: footerList([problem.file], cwd), reason: problem.message },
        at: FILE_START,
      });
    }
    // No listed source could be used: saying every policy is unlinked would only add noise.
    const usable = footer.sources.filter((s) => s.root && !fatal.some((p) => p.file === s.file));
    if (usable.length === 0) return;

    const linked = new Set(footer.links.map((l) => l.normalized).filter((u): u is string => u !== null));
    const menus = new Set(footer.menus);
    const include = options.include && options.include.length > 0 ? ignore().add(options.include) : null;
    const label = footerList(
      sources.map((s) => path.resolve(cwd, s)),
      cwd,
    );

    for (const file of files) {
      if (include !== null) {
        const rel = path.relative(cwd, path.resolve(cwd, file.filePath)).split(path.sep).join('/');
        if (!rel || rel.startsWith('..') || path.isAbsolute(rel) || !include.ignores(rel)) continue;
      }
      const data = file.data;
      if (data.urls.some((u) => linked.has(u))) continue;
      if (data.menus.some((m) => menus.has(m))) continue;
      context.report(file.filePath, {
        messageId: 'notLinked',
        data: { title: truncate(data.title), footer: label, url: data.displayUrl },
        at: data.titleRange ?? FILE_START,
      });
    }
  },
};

export default rule;
