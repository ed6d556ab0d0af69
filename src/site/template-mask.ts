/**
 * Template tags (`{{ ... }}`, `{% ... %}`, `<% ... %>`, JSX `={...}`) hidden
 * from the HTML parser behind same-length placeholders, so that quotes and
 * `<`/`>` inside them cannot break parsing and every offset and line stays
 * where it was. Attribute values are decoded back with `unmask`.
 */

export interface TemplateToken {
  /** 0-based offsets of the tag in the source; `end` is exclusive. */
  start: number;
  end: number;
  /** The tag as written. */
  text: string;
  /** A template comment (Liquid `{% comment %}`, Hugo comments, Handlebars `{{!-- --}}`, Jinja `{# #}`): never followed. */
  comment: boolean;
  /** `template` for `{{ }}`-style tags, `jsx` for a `{...}` attribute expression. */
  kind: 'template' | 'jsx';
}

export interface MaskedSource {
  /** The source with every token replaced by a placeholder of the same length (line breaks kept). */
  text: string;
  tokens: TemplateToken[];
}

const FIRST = 0xe000; // + (index >> 8): 4096 values
const SECOND = 0xf000; // + (index & 0xff)
const FILL = '\uf8ff';

/** Template syntaxes: Liquid, Nunjucks, Jinja, Twig, Go/Hugo, Handlebars, Mustache, ERB/EJS, PHP. */
const TEMPLATE_TAG = new RegExp(
  [
    /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/.source,
    /\{\{!--[\s\S]*?--\}\}/.source,
    /\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/.source,
    /\{\{\{[\s\S]*?\}\}\}/.source,
    /\{\{[\s\S]*?\}\}/.source,
    /\{%[\s\S]*?%\}/.source,
    /\{#[\s\S]*?#\}/.source,
    /<%[\s\S]*?%>/.source,
    /<\?(?:php|=)[\s\S]*?(?:\?>|$)/.source,
  ].join('|'),
  'g',
);

function isComment(text: string): boolean {
  return (
    /^\{%-?\s*comment\b/.test(text) ||
    text.startsWith('{{!') ||
    /^\{\{-?\s*\/\*/.test(text) ||
    text.startsWith('{#') ||
    text.startsWith('<%#')
  );
}

/** End (exclusive) of a balanced `{...}` starting at `open`, skipping strings and template literals; -1 if unbalanced. */
function balancedBraceEnd(source: string, open: number): number {
  let depth = 0;
  let i = open;
  const stack: string[] = []; // '`' while inside a template literal, '{' for `${` inside one
  while (i < source.length) {
    const c = source[i];
    if (stack[stack.length - 1] === '`') {
      if (c === '\\') i += 2;
      else if (c === '`') {
        stack.pop();
        i += 1;
      } else if (c === '$' && source[i + 1] === '{') {
        stack.push('{');
        depth += 1;
        i += 2;
      } else i += 1;
      continue;
    }
    if (c === '"' || c === "'") {
      i += 1;
      while (i < source.length && source[i] !== c && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
      i += 1;
      continue;
    }
    if (c === '`') {
      stack.push('`');
      i += 1;
      continue;
    }
    if (c === '{') depth += 1;
    else if (c === '}') {
      depth -= 1;
      if (stack[stack.length - 1] === '{') stack.pop();
      if (depth === 0) return i + 1;
    }
    i += 1;
  }
  return -1;
}

/**
 * Replace template tags (and, with `jsx`, `{...}` attribute expressions) by placeholders.
 */
export function maskTemplates(source: string, options: { templates?: boolean; jsx?: boolean } = {}): MaskedSource {
  const found: Array<Omit<TemplateToken, 'text' | 'comment'> & { comment?: boolean }> = [];
  if (options.templates !== false) {
    TEMPLATE_TAG.lastIndex = 0;
    for (let m = TEMPLATE_TAG.exec(source); m; m = TEMPLATE_TAG.exec(source)) {
      if (m[0].length === 0) {
        TEMPLATE_TAG.lastIndex += 1;
        continue;
      }
      found.push({ start: m.index, end: m.index + m[0].length, kind: 'template' });
    }
  }
  if (options.jsx) {
    const attr = /=\s*\{/g;
    for (let m = attr.exec(source); m; m = attr.exec(source)) {
      const open = m.index + m[0].length - 1;
      if (found.some((t) => open >= t.start && open < t.end)) continue;
      const end = balancedBraceEnd(source, open);
      if (end < 0) continue;
      found.push({ start: open, end, kind: 'jsx' });
      attr.lastIndex = end;
    }
    found.sort((a, b) => a.start - b.start);
  }

  const tokens: TemplateToken[] = [];
  let text = '';
  let cursor = 0;
  for (const t of found) {
    if (t.start < cursor) continue; // overlapping (a JSX brace inside a template tag)
    if (tokens.length >= 4096 * 256) break;
    const index = tokens.length;
    const raw = source.slice(t.start, t.end);
    tokens.push({ start: t.start, end: t.end, text: raw, comment: t.kind === 'template' && isComment(raw), kind: t.kind });
    text += source.slice(cursor, t.start);
    let placeholder = String.fromCharCode(FIRST + (index >> 8), SECOND + (index & 0xff));
    for (let i = 2; i < raw.length; i += 1) {
      const c = raw[i];
      placeholder += c === '\n' || c === '\r' ? c : FILL;
    }
    text += placeholder.slice(0, raw.length);
    cursor = t.end;
  }
  text += source.slice(cursor);
  return { text, tokens };
}

/** Put the original template text back into a string taken from the masked text (an attribute value). */
export function unmask(value: string, masked: MaskedSource): string {
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if (c >= FIRST && c < FIRST + 4096 && next >= SECOND && next < SECOND + 256) {
      const token = masked.tokens[((c - FIRST) << 8) + (next - SECOND)];
      if (token) {
        out += token.text;
        i += 1;
        let left = token.text.length - 2;
        while (left > 0 && i + 1 < value.length && /[\uf8ff\r\n]/.test(value[i + 1] ?? '')) {
          i += 1;
          left -= 1;
        }
        continue;
      }
    }
    out += value[i];
  }
  return out;
}

/** Whether a string holds template syntax. */
export function hasTemplateSyntax(value: string): boolean {
  return /\{\{|\{%|<%|\$\{/.test(value);
}

/** Split a value into literal text and template tags (`{{ }}`, `{% %}`, `<% %>`). */
export function splitTemplate(value: string): Array<{ template: boolean; text: string }> {
  const parts: Array<{ template: boolean; text: string }> = [];
  let cursor = 0;
  TEMPLATE_TAG.lastIndex = 0;
  for (let m = TEMPLATE_TAG.exec(value); m; m = TEMPLATE_TAG.exec(value)) {
    if (m[0].length === 0) {
      TEMPLATE_TAG.lastIndex += 1;
      continue;
    }
    if (m.index > cursor) parts.push({ template: false, text: value.slice(cursor, m.index) });
    parts.push({ template: true, text: m[0] });
    cursor = m.index + m[0].length;
  }
  if (cursor < value.length) parts.push({ template: false, text: value.slice(cursor) });
  return parts;
}

/** Functions and tags whose first string argument is a site path (`relURL "x"`, `{% link x.md %}`). */
const URL_FUNCTIONS = /^(?:ref|relref|relURL|absURL|relLangURL|absLangURL|urls\.Ref|urls\.RelRef|url_for|url|path|link|link_to|asset_url|withBase|withPrefix|localePath|href)\b/;

/**
 * The path a template tag stands for, when it is a literal: `{{ "/privacy/" | relURL }}`,
 * `{{ '/privacy' | relative_url }}`, `{{ relref . "privacy.md" }}`, `{% link privacy.md %}`.
 * Null for a dynamic value (`{{ item.href }}`).
 */
export function literalPathOfTag(tag: string): string | null {
  const body = tag
    .replace(/^(?:\{\{\{|\{\{|\{%|<%=?|<%-)-?~?\s*/, '')
    .replace(/\s*-?~?(?:\}\}\}|\}\}|%\}|%>)$/, '')
    .trim();
  const quoted = /^(["'`])([^"'`]*)\1/.exec(body) ?? /^\(\s*(["'`])([^"'`]*)\1/.exec(body);
  if (quoted) return quoted[2] ?? null;
  const fn = URL_FUNCTIONS.exec(body);
  if (fn) {
    const rest = body.slice(fn[0].length).replace(/^\s*\(?\s*(?:(?:\.|\$|page|\$\.Page|\.Page)\s*,?\s+)?/, '');
    const arg = /^(["'`])([^"'`]*)\1/.exec(rest);
    if (arg) return arg[2] ?? null;
    const bare = /^([^\s"'`|}%)]+)/.exec(rest); // `{% link privacy.md %}`
    if (bare && fn[0] === 'link' && tag.startsWith('{%')) return `/${(bare[1] ?? '').replace(/^\/+/, '')}`;
  }
  return null;
}

/**
 * The link target a templated `href` stands for, or null when it is dynamic.
 * Leading template tags that cannot be read (a base URL: `{{ site.baseurl }}/privacy/`)
 * are dropped; a leading literal tag is kept (`{{ "/privacy/" | relURL }}#data`).
 */
export function resolveTemplatedHref(value: string): string | null {
  if (!hasTemplateSyntax(value)) return value.trim();
  const parts = splitTemplate(value.trim());
  let out = '';
  let literalSeen = false;
  for (const part of parts) {
    if (!part.template) {
      out += part.text;
      literalSeen = literalSeen || part.text.trim() !== '';
      continue;
    }
    const literal = literalPathOfTag(part.text);
    if (literal !== null) {
      if (literalSeen) return null;
      out += literal;
      literalSeen = true;
      continue;
    }
    if (literalSeen) return null; // a variable after literal text: `/blog/{{ post.slug }}`
  }
  const result = out.trim();
  if (!result || /\$\{/.test(result)) return null;
  return result;
}
