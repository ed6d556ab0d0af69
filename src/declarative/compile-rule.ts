/**
 * Turns a declarative rule (data in a config) into an ordinary rule object, so
 * it runs through the same engine, model and text layer as built-in rules.
 *
 *   acme/refund-window:
 *     severity: error
 *     require-section: { heading: { en: [Refunds], ta: [பணத்தைத் திரும்பப் பெறுதல்] } }
 *     within-section: { require-pattern: "\\d+ days", message: "State the refund window" }
 */
import type { DeclarativeRuleDefinition, FileRule, PatternCheck, Range, RuleContext, Severity } from '../types.js';
import type { Section } from '../model/document-types.js';
import { ConfigError } from '../errors.js';
import { describeErrors, validator } from '../engine/ajv.js';
import { normalizeTerm } from '../text/normalize.js';
import { primaryTag } from '../language/lexicon.js';
import { spanOf, truncate } from '../rule-kit.js';
import { ageInDays, toDate } from '../clock.js';
import { DECLARATIVE_RULE_SCHEMA } from './declarative-schema.js';
import { catastrophicReason } from './safe-regex.js';

/** Whether a config's rule entry is a declarative rule (an object, not a severity or `[severity, options]`). */
export function isDeclarativeEntry(entry: unknown): entry is DeclarativeRuleDefinition {
  return entry !== null && typeof entry === 'object' && !Array.isArray(entry);
}

/** Compile a user pattern: case-insensitive, Unicode, and refused when it could hang. */
function compilePattern(pattern: string, where: string, filePath: string | null): RegExp {
  const reason = catastrophicReason(pattern);
  if (reason !== null) throw new ConfigError(`${where}: the pattern "${pattern}" could take forever on some texts: ${reason}. Rewrite it without the nested repetition.`, filePath);
  try {
    return new RegExp(pattern, 'giu');
  } catch (cause) {
    throw new ConfigError(`${where}: invalid pattern "${pattern}": ${(cause as Error).message}`, filePath);
  }
}

/**
 * @param id the rule id (the key under `rules`)
 * @throws {ConfigError} naming the config file and the path of the mistake
 */
export function compileDeclarativeRule(id: string, definition: unknown, filePath: string | null): { rule: FileRule; severity: Severity } {
  const validate = validator(DECLARATIVE_RULE_SCHEMA);
  if (!validate(definition)) throw new ConfigError(describeErrors(validate.errors, `rules.${id}`), filePath);
  const spec = definition as DeclarativeRuleDefinition;
  const where = (key: string) => `rules.${id}.${key}`;
  const pattern = (check: PatternCheck | undefined, key: string) =>
    check === undefined ? undefined : { regex: compilePattern(typeof check === 'string' ? check : check.pattern, where(key), filePath), source: typeof check === 'string' ? check : check.pattern, message: typeof check === 'string' ? undefined : check.message };
  const requirePattern = pattern(spec['require-pattern'], 'require-pattern');
  const forbidPattern = pattern(spec['forbid-pattern'], 'forbid-pattern');
  const within = spec['within-section'];
  const withinRequire = within?.['require-pattern'] === undefined ? undefined : compilePattern(within['require-pattern'], where('within-section.require-pattern'), filePath);
  const withinForbid = within?.['forbid-pattern'] === undefined ? undefined : compilePattern(within['forbid-pattern'], where('within-section.forbid-pattern'), filePath);
  if (within !== undefined && spec['require-section'] === undefined) {
    throw new ConfigError(`${where('within-section')}: needs a "require-section" that says which section`, filePath);
  }
  const frontmatter = spec['require-frontmatter'];
  const fields = frontmatter === undefined ? [] : Array.isArray(frontmatter) ? frontmatter : frontmatter.fields;
  const link = spec['require-link'];
  const linkText = link?.text === undefined ? undefined : compilePattern(link.text, where('require-link.text'), filePath);
  const linkUrl = link?.url === undefined ? undefined : compilePattern(link.url, where('require-link.url'), filePath);
  const maxAge = spec['max-age'];
  const headingTerms = spec['require-section']?.heading;

  const custom = (message: string | undefined, fallback: string) => message ?? fallback;
  const messages: Record<string, string> = {
    missingSection: custom(spec['require-section']?.message, 'Add a section titled like {{terms}}.'),
    withinMissing: custom(within?.message, 'The section "{{section}}" must contain text matching {{pattern}}.'),
    withinForbidden: custom(within?.message, 'The section "{{section}}" must not contain "{{found}}".'),
    withinNotOrdered: custom(within?.message, 'The list in "{{section}}" must be a numbered list.'),
    missingPattern: custom(requirePattern?.message, 'The document must contain text matching {{pattern}}.'),
    forbiddenPattern: custom(forbidPattern?.message, 'The document must not contain "{{found}}".'),
    missingField: custom(Array.isArray(frontmatter) ? undefined : frontmatter?.message, 'Add "{{field}}" to the frontmatter.'),
    missingLink: custom(link?.message, 'Add a link{{what}}.'),
    stale: custom(maxAge?.message, '"{{field}}" is {{age}} days old; review the policy at least every {{days}} days and update the date.'),
    missingDate: custom(maxAge?.message, 'Add "{{field}}" (a date, YYYY-MM-DD) to the frontmatter so the policy\'s age can be checked.'),
  };

  const termsFor = (language: string): string[] => {
    if (headingTerms === undefined) return [];
    if (Array.isArray(headingTerms)) return headingTerms;
    const own = headingTerms[primaryTag(language)] ?? headingTerms[language];
    // A language the rule has no terms for is checked against every listed term.
    return own ?? Object.values(headingTerms).flat();
  };

  const findSection = (context: RuleContext): { section: Section | null; terms: string[] } => {
    const terms = termsFor(context.document.language.tag);
    const wanted = terms.map((term) => normalizeTerm(term, context.text.language));
    const section = context.document.allSections.find((candidate) => {
      const heading = context.text.normalize(candidate.heading.text);
      return wanted.some((term) => heading.includes(term));
    });
    return { section: section ?? null, terms };
  };

  const firstMatch = (context: RuleContext, regex: RegExp, range?: Range) => context.text.findPattern(regex, range === undefined ? undefined : spanOf(range))[0];

  const rule: FileRule = {
    meta: {
      id,
      type: 'problem',
      description: spec.description ?? `Declarative rule ${id}`,
      url: spec.url ?? (filePath === null ? '' : `file://${filePath}`),
      fixable: false,
      schema: { type: 'object', additionalProperties: false },
      defaultOptions: {},
      messages,
    },
    check(context) {
      const { document } = context;
      if (headingTerms !== undefined) {
        const { section, terms } = findSection(context);
        if (section === null) {
          context.report({ messageId: 'missingSection', data: { terms: terms.map((t) => `"${t}"`).join(' or ') } });
        } else {
          const name = truncate(section.heading.text);
          if (withinRequire !== undefined && firstMatch(context, withinRequire, section.range) === undefined) {
            context.report({ messageId: 'withinMissing', data: { section: name, pattern: within!['require-pattern']! }, at: section.heading.range });
          }
          const forbidden = withinForbid === undefined ? undefined : firstMatch(context, withinForbid, section.range);
          if (forbidden !== undefined) {
            context.report({ messageId: 'withinForbidden', data: { section: name, found: truncate(document.source.slice(forbidden.start, forbidden.end)) }, at: document.rangeOf(forbidden) });
          }
          if (within?.['list-ordered'] === true) {
            const list = document.lists.find((l) => l.depth === 0 && l.range.start.offset >= section.range.start.offset && l.range.start.offset < section.range.end.offset);
            if (list !== undefined && !list.ordered) context.report({ messageId: 'withinNotOrdered', data: { section: name }, at: list.range });
          }
        }
      }
      if (requirePattern !== undefined && firstMatch(context, requirePattern.regex) === undefined) {
        context.report({ messageId: 'missingPattern', data: { pattern: requirePattern.source } });
      }
      const found = forbidPattern === undefined ? undefined : firstMatch(context, forbidPattern.regex);
      if (found !== undefined) context.report({ messageId: 'forbiddenPattern', data: { found: truncate(document.source.slice(found.start, found.end)) }, at: document.rangeOf(found) });
      for (const field of fields) {
        const value = document.frontmatter?.data[field];
        if (value === undefined || value === null || value === '') context.report({ messageId: 'missingField', data: { field } });
      }
      if (link !== undefined) {
        const linked = document.links.some((l) => (linkText === undefined || test(linkText, l.text)) && (linkUrl === undefined || test(linkUrl, l.url)));
        if (!linked) {
          const what = [link.text === undefined ? '' : ` whose text matches ${link.text}`, link.url === undefined ? '' : ` to ${link.url}`].join('');
          context.report({ messageId: 'missingLink', data: { what } });
        }
      }
      if (maxAge !== undefined) {
        const value = document.frontmatter?.data[maxAge.field];
        const date = toDate(value);
        const at = document.frontmatter?.rangeOf(maxAge.field);
        if (date === null) {
          context.report({ messageId: 'missingDate', data: { field: maxAge.field }, ...(at === undefined ? {} : { at }) });
        } else {
          const age = ageInDays(date, context.settings);
          if (age > maxAge.days) context.report({ messageId: 'stale', data: { field: maxAge.field, age, days: maxAge.days }, ...(at === undefined ? {} : { at }) });
        }
      }
    },
  };
  return { rule, severity: spec.severity };
}

function test(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  return regex.test(text);
}
