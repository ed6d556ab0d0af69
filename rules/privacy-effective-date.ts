/**
 * privacy-effective-date: a privacy notice carries its effective or
 * last-updated date (CalOPPA, Cal. Bus. & Prof. Code 22575(b)(4); CCPA, Cal.
 * Civ. Code 1798.130(a)(5): updated at least once every 12 months), so that
 * readers can tell which version applies.
 */
import type { FileRule, Range, RuleContext } from '../src/types.js';
import { docsUrl, truncate } from '../src/rule-kit.js';
import { documentIsA } from '../src/requirements/document-kind.js';
import { termSpans } from '../src/requirements/evidence.js';
import { toDate } from '../src/clock.js';
import { findDates } from '../src/text/dates.js';
import { primaryTag } from '../src/language/lexicon.js';

type EmptyOptions = Record<string, never>;

/** Frontmatter keys that hold the notice's effective or last-updated date. */
const DATE_KEYS = ['effective_date', 'effective', 'last_updated', 'updated', 'date'];

/** A year of the Common Era or, in Thai notices, of the Buddhist Era (2568 = 2025). */
const YEAR = /(?<![\d.,])(?:19|20|25)\d{2}(?![\d.,]\d)/g;

/** A YAML date, an ISO string, or a date written out in the document's language ("1 March 2025"). */
function readsAsDate(context: RuleContext<EmptyOptions>, value: unknown): boolean {
  if (toDate(value) !== null) return true;
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  const { text } = context;
  return findDates(text.normalize(String(value)), primaryTag(text.language)).length > 0;
}

const rule: FileRule<EmptyOptions> = {
  meta: {
    id: 'privacy-effective-date',
    type: 'problem',
    description: 'Require a privacy notice to state its effective or last-updated date (Cal. Bus. & Prof. Code 22575(b)(4)).',
    url: docsUrl('privacy-effective-date'),
    fixable: false,
    concepts: ['privacyPolicy', 'privacy.effectiveDate'],
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      missing:
        'No effective date: this privacy notice does not say when it took effect or was last updated. Cal. Bus. & Prof. Code 22575(b)(4) requires the effective date, and Cal. Civ. Code 1798.130(a)(5) an update every 12 months. Add "Last updated: 1 March 2025" near the title, or an `effective_date` frontmatter field.',
      invalidDate:
        'The frontmatter field "{{key}}" holds "{{value}}", which is not a date. Cal. Bus. & Prof. Code 22575(b)(4) requires the notice\'s effective date. Write it as a date, e.g. `{{key}}: 2025-03-01`.',
    },
  },

  check(context) {
    const { document } = context;
    if (!documentIsA(context, ['privacyPolicy'])) return;
    const data = document.frontmatter?.data ?? {};
    let invalid: { key: string; value: string; at: Range | undefined } | null = null;
    for (const key of DATE_KEYS) {
      const value = data[key];
      if (value === undefined || value === null || String(value).trim() === '') continue;
      if (readsAsDate(context, value)) return;
      invalid ??= { key, value: String(value), at: document.frontmatter?.rangeOf(key) };
    }
    // "Last updated: 1 March 2025" in a block, or a dated line under an "Effective date" heading;
    // notices often give only the month ("Last revised April 2024"), so a year counts too.
    const dated = termSpans(context, 'privacy.effectiveDate', { start: 0, end: document.source.length }).some(
      (span) => context.text.dates(span).length > 0 || context.text.findPattern(YEAR, span).length > 0,
    );
    if (dated) return;
    const title = document.title;
    if (invalid !== null) {
      const at = invalid.at ?? title?.range;
      context.report({ messageId: 'invalidDate', data: { key: invalid.key, value: truncate(invalid.value) }, ...(at === undefined ? {} : { at }) });
      return;
    }
    context.report({ messageId: 'missing', ...(title === null ? {} : { at: title.range }) });
  },
};

export default rule;
