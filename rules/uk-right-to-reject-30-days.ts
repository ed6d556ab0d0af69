/**
 * uk-right-to-reject-30-days: UK terms of sale state the short-term right to
 * reject faulty goods within 30 days (Consumer Rights Act 2015 s. 20-22).
 */
import type { FileRule } from '../src/types.js';
import { docsUrl, DURATION_CONCEPTS } from '../src/rule-kit.js';
import { checkStatedPeriod, periodsNear } from '../src/requirements/section-scopes.js';
import { consumerTerms } from '../src/requirements/consumer-scope.js';

const MIN_DAYS = 30;
/** Pounds sterling and UK web addresses: prices or a shop in the UK market, in any language. */
const UK_MARKS = /£|\bGBP\b|\.co\.uk\b/;

const rule: FileRule<Record<string, never>> = {
  meta: {
    id: 'uk-right-to-reject-30-days',
    type: 'problem',
    description: 'Require UK terms of sale to state the 30-day short-term right to reject faulty goods (Consumer Rights Act 2015 s. 22).',
    url: docsUrl('uk-right-to-reject-30-days'),
    fixable: false,
    concepts: ['terms', 'market.uk', 'consumer.reject', ...DURATION_CONCEPTS],
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      missing:
        'No right to reject: these terms do not state the short-term right to reject faulty goods with its period. The UK Consumer Rights Act 2015 s. 22 gives consumers 30 days to reject goods that are faulty, not as described or unfit for purpose, for a full refund. Add: "If the goods are faulty, you can reject them for a full refund within 30 days of delivery".',
      tooShort:
        'The period to reject faulty goods "{{period}}" is shorter than 30 days. The UK Consumer Rights Act 2015 s. 22(3) gives consumers at least 30 days from delivery. State 30 days (or longer).',
    },
  },

  check(context) {
    // Terms of sale, not for business customers only: consumer law applies.
    if (!consumerTerms(context)) return;
    // Only traders selling to consumers in the UK owe this right: skip terms that never name the UK market.
    if (!UK_MARKS.test(context.document.source) && !context.text.has('market.uk')) return;
    const whole = { start: 0, end: context.document.source.length };
    checkStatedPeriod(context, periodsNear(context, ['consumer.reject'], whole), (days) => days >= MIN_DAYS, 'tooShort');
  },
};

export default rule;
