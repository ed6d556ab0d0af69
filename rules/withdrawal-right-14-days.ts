/**
 * withdrawal-right-14-days: terms of sale to consumers state the right of
 * withdrawal and its period of at least 14 days (Directive 2011/83/EU
 * Art. 6(1)(h), Art. 9(1)).
 */
import type { FileRule } from '../src/types.js';
import { docsUrl, DURATION_CONCEPTS } from '../src/rule-kit.js';
import { checkStatedPeriod, periodsNear } from '../src/requirements/section-scopes.js';
import { consumerTerms, withdrawalExcluded } from '../src/requirements/consumer-scope.js';

const MIN_DAYS = 14;

const rule: FileRule<Record<string, never>> = {
  meta: {
    id: 'withdrawal-right-14-days',
    type: 'problem',
    description: 'Require terms of sale to state the 14-day right of withdrawal (Directive 2011/83/EU Art. 9).',
    url: docsUrl('withdrawal-right-14-days'),
    fixable: false,
    concepts: ['terms', 'consumer.withdrawal', ...DURATION_CONCEPTS],
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      missing:
        'No withdrawal period: these terms do not state the right of withdrawal with its period. Directive 2011/83/EU Art. 6(1)(h) and 9 give consumers 14 days to withdraw from a distance or off-premises contract. Add a "Right of withdrawal" section: "You may withdraw from this contract within 14 days without giving any reason".',
      tooShort:
        'The withdrawal period "{{period}}" is shorter than 14 days. Directive 2011/83/EU Art. 9(1) gives consumers at least 14 days to withdraw. State 14 days (or longer).',
    },
  },

  check(context) {
    // Terms of sale, not for business customers only: consumer law applies.
    if (!consumerTerms(context)) return;
    const whole = { start: 0, end: context.document.source.length };
    const periods = periodsNear(context, ['consumer.withdrawal'], whole);
    // "The right of withdrawal does not apply" (Art. 16, Art. 3(3)) states the right: no period is owed.
    if (withdrawalExcluded(context, periods)) return;
    checkStatedPeriod(context, periods, (days) => days >= MIN_DAYS, 'tooShort');
  },
};

export default rule;
