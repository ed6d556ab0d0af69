/**
 * withdrawal-refund-14-days: after a withdrawal, the trader refunds the
 * consumer within 14 days (Directive 2011/83/EU Art. 13(1)).
 */
import type { FileRule } from '../src/types.js';
import type { SourceSpan } from '../src/text/text-layer.js';
import { docsUrl, DURATION_CONCEPTS, spanOf } from '../src/rule-kit.js';
import { factSpanAt, headingNames } from '../src/requirements/evidence.js';
import { checkStatedPeriod, periodsNear, type StatedPeriod } from '../src/requirements/section-scopes.js';
import { consumerTerms, withdrawalExcluded } from '../src/requirements/consumer-scope.js';

const MAX_DAYS = 14;

const rule: FileRule<Record<string, never>> = {
  meta: {
    id: 'withdrawal-refund-14-days',
    type: 'problem',
    description: 'Require terms of sale to say that a withdrawal is refunded within 14 days (Directive 2011/83/EU Art. 13).',
    url: docsUrl('withdrawal-refund-14-days'),
    fixable: false,
    concepts: ['terms', 'consumer.withdrawal', 'remedy.refund', ...DURATION_CONCEPTS],
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      missing:
        'No refund deadline: these terms do not say within how long a withdrawal is refunded. Directive 2011/83/EU Art. 13(1) requires the refund without undue delay and within 14 days of the notice of withdrawal. Add to the withdrawal section: "We will refund all payments received from you within 14 days of the day we are informed of your decision to withdraw".',
      tooLate:
        'The refund period "{{period}}" is longer than 14 days. Directive 2011/83/EU Art. 13(1) requires the refund within 14 days of the notice of withdrawal. Shorten it to 14 days at most.',
    },
  },

  check(context) {
    // Terms of sale, not for business customers only: consumer law applies.
    if (!consumerTerms(context)) return;
    const { document, text } = context;
    // Where the refund of a withdrawal is stated: the withdrawal sections, and the blocks naming a withdrawal.
    const spans: SourceSpan[] = document.allSections.filter((section) => headingNames(context, section, 'consumer.withdrawal')).map((section) => spanOf(section.range));
    for (const match of text.find('consumer.withdrawal')) spans.push(factSpanAt(context, match.start));
    const periods = new Map<number, StatedPeriod>();
    for (const span of spans) {
      for (const period of periodsNear(context, ['remedy.refund'], span)) {
        if (periods.get(period.duration.start)?.inSentence !== true) periods.set(period.duration.start, period);
      }
    }
    const stated = [...periods.values()].sort((a, b) => a.duration.start - b.duration.start);
    // "The right of withdrawal does not apply" (Art. 16, Art. 3(3)) and no withdrawal period: there is no withdrawal to refund.
    if (stated.length === 0 && withdrawalExcluded(context)) return;
    checkStatedPeriod(context, stated, (days) => days <= MAX_DAYS, 'tooLate');
  },
};

export default rule;
